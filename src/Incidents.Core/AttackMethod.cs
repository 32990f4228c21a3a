using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>One method used in an incident, with how many times it was used and against what: "two VBIEDs against the
/// outer walls".</summary>
/// <remarks>An incident lists its methods in order (<see cref="Incident.Methods"/>). GTD keeps up to three attack types
/// and four weapon types; this model keeps as many as were reported.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WireFormatJsonConverter<AttackMethod>))]
[WireRecord("an attack method")]
public sealed record AttackMethod
{
    /// <summary>Gets the kind of method.</summary>
    public required AttackMethodKind Kind { get; init; }

    /// <summary>Gets how many times the method was used (two VBIEDs), or <see langword="null"/> when not reported.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: the value is below 1.</exception>
    public int? Count
    {
        get;
        init
        {
            if (value < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(Count), value, "A count of uses must be at least 1.");
            }

            field = value;
        }
    }

    /// <summary>Gets whether the attackers did not intend to survive (GTD's <c>suicide</c>); <see langword="null"/> when
    /// not known.</summary>
    public bool? IsSuicide { get; init; }

    /// <summary>Gets what the method was used against ("the outer walls", "sleeping soldiers").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Target { get; init => field = Guard.NullOrNotBlank(value, nameof(Target)); }

    /// <summary>Gets a description of how the method was used.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Description { get; init => field = Guard.NullOrNotBlank(value, nameof(Description)); }

    /// <summary>Gets how far the use of this method has been checked, or <see langword="null"/> when no one has assessed
    /// it: a second method reported on the day (gunfire after a bombing) and refuted by a later investigation is
    /// <see cref="ClaimVerification.Refuted"/>; one confirmed by independent sources
    /// <see cref="ClaimVerification.Corroborated"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: the value is not defined.</exception>
    public ClaimVerification? Verification { get; init => field = value is { } v ? Guard.Defined(v, nameof(Verification)) : null; }

    /// <summary>Gets or initializes the properties the model has no place for, kept so that nothing is lost: those a
    /// newer minor version of the wire format added, or an imported dataset's columns (see
    /// <see cref="ExtensionProperty"/>). The JSON writer emits them after the record's own properties.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the default, two elements share a name, or a
    /// name is one of the record's own JSON property names.</exception>
    public EquatableArray<ExtensionProperty> Extensions { get; init => field = Guard.Extensions(value, WireNames.AttackMethod, nameof(Extensions)); }
}
