using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>An actor named in an incident: an armed group, a state force, civilians, detainees, a media outlet, a
/// monitoring group …</summary>
/// <remarks>Parties (<see cref="Party"/>), figures (<see cref="CasualtyFigure"/>), claims (<see cref="Claim"/>) and
/// sources (<see cref="Source"/>) refer to an actor by its <see cref="Id"/>, which is unique within the incident.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WireFormatJsonConverter<Actor>))]
[WireRecord("an actor")]
public sealed record Actor
{
    /// <summary>Gets the identifier of the actor within the incident.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public required ActorId Id { get; init => field = Guard.NotDefault(value, nameof(Id)); }

    /// <summary>Gets the actor's name ("Islamic State").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">On <c>init</c>: the value is <see langword="null"/>.</exception>
    public required string Name { get; init => field = Guard.NotBlank(value, nameof(Name)); }

    /// <summary>Gets the kind of actor; <see cref="ActorKind.Unknown"/> by default.</summary>
    public ActorKind Kind { get; init; }

    /// <summary>Gets other names of the actor ("IS", "ISIS", "Daesh").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is blank.</exception>
    public EquatableArray<string> Aliases { get; init => field = Guard.NoBlankItems(value, nameof(Aliases)); }

    /// <summary>Gets the actor this one belongs to or speaks for (Amaq News Agency → Islamic State), or the group it
    /// is part of (the children among the hostages), when any. A figure of such an actor counts within that group's
    /// figures of the same kind, not beside them: "323 killed, including 156 children" is a figure of the hostages and
    /// one of the children (see <see cref="Validation.ValidationCodes.PartsExceedTotal"/>).</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public ActorId? AffiliatedWith { get; init => field = value is { } id ? Guard.NotDefault(id, nameof(AffiliatedWith)) : null; }

    /// <summary>Gets a description of the actor ("a US-backed Kurdish militia").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Description { get; init => field = Guard.NullOrNotBlank(value, nameof(Description)); }

    /// <summary>Gets or initializes the properties the model has no place for, kept so that nothing is lost: those a
    /// newer minor version of the wire format added, or an imported dataset's columns (see
    /// <see cref="ExtensionProperty"/>). The JSON writer emits them after the record's own properties.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the default, two elements share a name, or a
    /// name is one of the record's own JSON property names.</exception>
    public EquatableArray<ExtensionProperty> Extensions { get; init => field = Guard.Extensions(value, WireNames.Actor, nameof(Extensions)); }
}
