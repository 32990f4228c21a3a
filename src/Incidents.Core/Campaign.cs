using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>A campaign an incident belongs to: "Breaking the Walls", the Islamic State's strategy of assaulting prisons.</summary>
/// <remarks>Maps onto the STIX 2.1 <c>campaign</c> object (<c>name</c>, <c>aliases</c>, <c>description</c>,
/// <c>objective</c>, <c>first_seen</c>, <c>last_seen</c>); with an <see cref="Id"/>, its STIX identifier is the same in
/// every incident's bundle.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WireFormatJsonConverter<Campaign>))]
[WireRecord("a campaign")]
public sealed record Campaign
{
    /// <summary>Gets the campaign's identifier, shared by every incident of the campaign, so that they name the same
    /// campaign and an export gives it one identity; <see langword="null"/> when none is assigned.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public CampaignId? Id { get; init => field = value is { } id ? Guard.NotDefault(id, nameof(Id)) : null; }

    /// <summary>Gets the campaign's name.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">On <c>init</c>: the value is <see langword="null"/>.</exception>
    public required string Name { get; init => field = Guard.NotBlank(value, nameof(Name)); }

    /// <summary>Gets other names of the campaign.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is blank.</exception>
    public EquatableArray<string> Aliases { get; init => field = Guard.NoBlankItems(value, nameof(Aliases)); }

    /// <summary>Gets a description of the campaign.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Description { get; init => field = Guard.NullOrNotBlank(value, nameof(Description)); }

    /// <summary>Gets the campaign's objective ("freeing prisoners to bolster the group's ranks").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Objective { get; init => field = Guard.NullOrNotBlank(value, nameof(Objective)); }

    /// <summary>Gets when the campaign was first seen (STIX <c>first_seen</c>); campaigns span years and many
    /// incidents.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public PartialDate? FirstSeen { get; init => field = value is { } date ? Guard.NotDefault(date, nameof(FirstSeen)) : null; }

    /// <summary>Gets when the campaign was last seen (STIX <c>last_seen</c>).</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public PartialDate? LastSeen { get; init => field = value is { } date ? Guard.NotDefault(date, nameof(LastSeen)) : null; }

    /// <summary>Gets or initializes the properties the model has no place for, kept so that nothing is lost: those a
    /// newer minor version of the wire format added, or an imported dataset's columns (see
    /// <see cref="ExtensionProperty"/>). The JSON writer emits them after the record's own properties.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the default, two elements share a name, or a
    /// name is one of the record's own JSON property names.</exception>
    public EquatableArray<ExtensionProperty> Extensions { get; init => field = Guard.Extensions(value, WireNames.Campaign, nameof(Extensions)); }
}
