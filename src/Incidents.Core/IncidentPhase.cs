using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>One phase of an operation, in order: VBIED detonations → siege → riot inside → escapes → recaptures.</summary>
/// <remarks>The order of <see cref="Incident.Phases"/> is the order of the phases.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IncidentPhase
{
    /// <summary>Gets the name of the phase ("VBIED detonations").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">On <c>init</c>: the value is <see langword="null"/>.</exception>
    public required string Name { get; init => field = Guard.NotBlank(value, nameof(Name)); }

    /// <summary>Gets a description of the phase.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Description { get; init => field = Guard.NullOrNotBlank(value, nameof(Description)); }

    /// <summary>Gets the kinds of method used in this phase.</summary>
    public EquatableArray<AttackMethodKind> Methods { get; init; }

    /// <summary>Gets the actors active in this phase.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the uninitialised default.</exception>
    public EquatableArray<ActorId> Actors { get; init => field = Guard.NoDefaultItems(value, nameof(Actors)); }
}
