using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>An actor in a role: Islamic State as perpetrator, the SDF as defender, Iraqi soldiers as target.</summary>
/// <remarks>An actor that plays several roles appears in several parties.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WireFormatJsonConverter<Party>))]
[WireRecord("a party")]
public sealed record Party
{
    /// <summary>Gets the actor, by its identifier in <see cref="Incident.Actors"/>.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public required ActorId Actor { get; init => field = Guard.NotDefault(value, nameof(Actor)); }

    /// <summary>Gets the role the actor plays.</summary>
    public required PartyRole Role { get; init; }

    /// <summary>Gets how certain the attribution is, for perpetrators; <see langword="null"/> where it does not apply.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: the value is not defined.</exception>
    public AttributionCertainty? Attribution { get; init => field = value is { } v ? Guard.Defined(v, nameof(Attribution)) : null; }

    /// <summary>Gets a description of the actor's part ("IS prisoners rioting inside").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Description { get; init => field = Guard.NullOrNotBlank(value, nameof(Description)); }

    /// <summary>Gets according to whom the actor plays this role: the sources that say so (a government's statement
    /// attributing the attack to a group that denies it), by their identifiers in <see cref="Incident.Sources"/>.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the uninitialised default.</exception>
    public EquatableArray<SourceId> Sources { get; init => field = Guard.NoDefaultItems(value, nameof(Sources)); }

    /// <summary>Gets or initializes the properties the model has no place for, kept so that nothing is lost: those a
    /// newer minor version of the wire format added, or an imported dataset's columns (see
    /// <see cref="ExtensionProperty"/>). The JSON writer emits them after the record's own properties.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the default, two elements share a name, or a
    /// name is one of the record's own JSON property names.</exception>
    public EquatableArray<ExtensionProperty> Extensions { get; init => field = Guard.Extensions(value, WireNames.Party, nameof(Extensions)); }
}
