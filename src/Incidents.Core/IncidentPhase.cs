using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>One phase of an operation, in order: VBIED detonations → siege → riot inside → escapes → recaptures.</summary>
/// <remarks>The order of <see cref="Incident.Phases"/> is the order of the phases. A phase can have a place and a
/// time of its own: an operation of coordinated assaults on several facilities in one night, or bombs at two sites an
/// hour apart, is one incident whose phases are its sites.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WireFormatJsonConverter<IncidentPhase>))]
[WireRecord("a phase")]
public sealed record IncidentPhase
{
    /// <summary>Gets the phase's identifier within the incident, for a casualty figure to name in
    /// <see cref="CasualtyFigure.Phase"/>; <see langword="null"/> when nothing refers to it.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public PhaseId? Id { get; init => field = value is { } id ? Guard.NotDefault(id, nameof(Id)) : null; }

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

    /// <summary>Gets where this phase happened, when it is a site of its own; <see langword="null"/> at the incident's
    /// <see cref="Incident.Location"/>.</summary>
    public Location? Location { get; init; }

    /// <summary>Gets when this phase happened (a date, a time of day, a zone); <see langword="null"/> when not reported.
    /// It lies within the incident's <see cref="Incident.Timing"/> (validation code <c>INC-TIME-006</c>).</summary>
    public Timing? Timing { get; init; }

    /// <summary>Gets or initializes the properties the model has no place for, kept so that nothing is lost: those a
    /// newer minor version of the wire format added, or an imported dataset's columns (see
    /// <see cref="ExtensionProperty"/>). The JSON writer emits them after the record's own properties.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the default, two elements share a name, or a
    /// name is one of the record's own JSON property names.</exception>
    public EquatableArray<ExtensionProperty> Extensions { get; init => field = Guard.Extensions(value, WireNames.IncidentPhase, nameof(Extensions)); }
}
