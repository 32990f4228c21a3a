using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>
/// A security incident: an attack with its time, place, methods, phases, actors and their roles, casualty figures
/// attributed to their sources, claims, and links to campaigns and related incidents.
/// </summary>
/// <remarks>
/// <para>
/// Immutable: every property is <c>init</c>-only and checks its own value, so a <c>with</c> expression cannot produce
/// what the constructor would reject. Two incidents built from the same facts are equal and hash alike, collections
/// included (they are <see cref="EquatableArray{T}"/>).
/// </para>
/// <para>
/// Construction rejects what is structurally impossible (a blank title, two actors with the same identifier). Rules
/// that depend on context — references that do not resolve, a date in the future, a claim before the attack — belong
/// to the validators.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WireFormatJsonConverter<Incident>))]
[WireRecord("an incident", VersionIn = nameof(Metadata))]
public sealed record Incident
{
    /// <summary>Gets the stable identifier of the incident.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public required IncidentId Id { get; init => field = Guard.NotDefault(value, nameof(Id)); }

    /// <summary>Gets a short title ("IS assault on al-Sina'a prison, Hasakah").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">On <c>init</c>: the value is <see langword="null"/>.</exception>
    public required string Title { get; init => field = Guard.NotBlank(value, nameof(Title)); }

    /// <summary>Gets a summary in prose.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Summary { get; init => field = Guard.NullOrNotBlank(value, nameof(Summary)); }

    /// <summary>Gets when the incident happened.</summary>
    /// <exception cref="ArgumentNullException">On <c>init</c>: the value is <see langword="null"/>.</exception>
    public required Timing Timing { get; init => field = value ?? throw new ArgumentNullException(nameof(Timing)); }

    /// <summary>Gets where the incident happened.</summary>
    /// <exception cref="ArgumentNullException">On <c>init</c>: the value is <see langword="null"/>.</exception>
    public required Location Location { get; init => field = value ?? throw new ArgumentNullException(nameof(Location)); }

    /// <summary>Gets the methods used, in the order they were used.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is <see langword="null"/>.</exception>
    public EquatableArray<AttackMethod> Methods { get; init => field = Guard.NoNullItems(value, nameof(Methods)); }

    /// <summary>Gets the phases of the operation, in order.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is <see langword="null"/>.</exception>
    public EquatableArray<IncidentPhase> Phases { get; init => field = Guard.NoNullItems(value, nameof(Phases)); }

    /// <summary>Gets the actors named in the incident; identifiers are unique.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is <see langword="null"/>, or two share an identifier.</exception>
    public EquatableArray<Actor> Actors { get; init => field = Guard.UniqueKeys(value, static a => a.Id, nameof(Actors)); }

    /// <summary>Gets the actors in their roles.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is <see langword="null"/>.</exception>
    public EquatableArray<Party> Parties { get; init => field = Guard.NoNullItems(value, nameof(Parties)); }

    /// <summary>Gets the casualty figures, each attributed to its sources.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is <see langword="null"/>.</exception>
    public EquatableArray<CasualtyFigure> Casualties { get; init => field = Guard.NoNullItems(value, nameof(Casualties)); }

    /// <summary>Gets the claims about the incident.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is <see langword="null"/>.</exception>
    public EquatableArray<Claim> Claims { get; init => field = Guard.NoNullItems(value, nameof(Claims)); }

    /// <summary>Gets the sources of information; identifiers are unique.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is <see langword="null"/>, or two share an identifier.</exception>
    public EquatableArray<Source> Sources { get; init => field = Guard.UniqueKeys(value, static s => s.Id, nameof(Sources)); }

    /// <summary>Gets the campaigns the incident belongs to.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is <see langword="null"/>.</exception>
    public EquatableArray<Campaign> Campaigns { get; init => field = Guard.NoNullItems(value, nameof(Campaigns)); }

    /// <summary>Gets references to related incidents.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the uninitialised default.</exception>
    public EquatableArray<RelatedIncident> Related { get; init => field = Guard.NoNullItems(value, nameof(Related)); }

    /// <summary>Gets the record's schema version, revision and record times.</summary>
    /// <exception cref="ArgumentNullException">On <c>init</c>: the value is <see langword="null"/>.</exception>
    public required RecordMetadata Metadata { get; init => field = value ?? throw new ArgumentNullException(nameof(Metadata)); }

    /// <summary>Gets or initializes the properties the model has no place for, kept so that nothing is lost: those a
    /// newer minor version of the wire format added, or an imported dataset's columns (see
    /// <see cref="ExtensionProperty"/>). The JSON writer emits them after the record's own properties.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the default, two elements share a name, or a
    /// name is one of the record's own JSON property names.</exception>
    public EquatableArray<ExtensionProperty> Extensions { get; init => field = Guard.Extensions(value, WireNames.Incident, nameof(Extensions)); }
}
