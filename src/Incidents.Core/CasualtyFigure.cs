using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>
/// A reported count of people of one kind, for one party or for all, in the words it was reported in and attributed to
/// the sources that reported it: "39 IS gunmen killed, according to SOHR"; "89 escapees recaptured, according to the SDF".
/// </summary>
/// <remarks>
/// <para>No dataset of the field can say who gave a number; here every figure carries its own attributions.</para>
/// <para>Competing figures for the same party and kind are separate figures with their own sources.</para>
/// <para>
/// Figures change over time: each can carry the date it was reported (<see cref="ReportedOn"/>), its
/// <see cref="Status"/>, and the figure it replaces (<see cref="Revises"/>, by <see cref="Id"/>), so that a toll that rose
/// over weeks to an inquiry's final figure, or fell when double counting was found, is a chain and not a set of
/// contradictions. Events that happen over time — escapes within days, releases in batches years apart — are figures
/// with <see cref="Scope"/> <see cref="CasualtyScope.Event"/> and the date they happened (<see cref="OccurredOn"/>):
/// those add up, where totals compete.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WireFormatJsonConverter<CasualtyFigure>))]
[WireRecord("a casualty figure")]
public sealed record CasualtyFigure
{
    /// <summary>Gets the figure's identifier within the incident, for a later figure to name in
    /// <see cref="Revises"/>; <see langword="null"/> when nothing refers to it.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public FigureId? Id { get; init => field = value is { } id ? Guard.NotDefault(id, nameof(Id)) : null; }

    /// <summary>Gets whose people the figure counts, by actor identifier; <see langword="null"/> for a total over all
    /// parties.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public ActorId? Party { get; init => field = value is { } id ? Guard.NotDefault(id, nameof(Party)) : null; }

    /// <summary>Gets the phase (the site of a coordinated operation) whose casualties the figure counts, by its
    /// <see cref="IncidentPhase.Id"/>; <see langword="null"/> for the incident as a whole.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public PhaseId? Phase { get; init => field = value is { } id ? Guard.NotDefault(id, nameof(Phase)) : null; }

    /// <summary>Gets what the figure counts (killed, wounded, escaped, held …).</summary>
    public required CasualtyKind Kind { get; init; }

    /// <summary>Gets the count; <see langword="null"/> when the report gives no usable number ("casualties were
    /// reported"), which is not the same as zero.</summary>
    public CasualtyRange? Range { get; init; }

    /// <summary>Gets whether the figure estimates the whole quantity or counts one event of several;
    /// <see langword="null"/> when not said, which reads as <see cref="CasualtyScope.Total"/> (format 1.0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: the value is not defined.</exception>
    public CasualtyScope? Scope { get; init => field = value is { } v ? Guard.Defined(v, nameof(Scope)) : null; }

    /// <summary>Gets when what the figure counts happened (the day a group was released), as distinct from when it was
    /// reported; <see langword="null"/> when it is the incident itself.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public PartialDate? OccurredOn { get; init => field = value is { } date ? Guard.NotDefault(date, nameof(OccurredOn)) : null; }

    /// <summary>Gets when the figure was reported: the date it is "as of".</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public PartialDate? ReportedOn { get; init => field = value is { } date ? Guard.NotDefault(date, nameof(ReportedOn)) : null; }

    /// <summary>Gets where the figure stands among those reported over time; <see langword="null"/> when not said.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: the value is not defined.</exception>
    public FigureStatus? Status { get; init => field = value is { } v ? Guard.Defined(v, nameof(Status)) : null; }

    /// <summary>Gets the figure this one replaces, by its <see cref="Id"/> in the same incident.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public FigureId? Revises { get; init => field = value is { } id ? Guard.NotDefault(id, nameof(Revises)) : null; }

    /// <summary>Gets the original wording of the count ("dozens", "a number of", "estimated to house 3,500").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Wording { get; init => field = Guard.NullOrNotBlank(value, nameof(Wording)); }

    /// <summary>Gets who is counted, in words ("IS gunmen", "SDF personnel", "Iraqi soldiers").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Description { get; init => field = Guard.NullOrNotBlank(value, nameof(Description)); }

    /// <summary>Gets the sources the figure is attributed to, with their stance.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the uninitialised default.</exception>
    public EquatableArray<SourceAttribution> Attributions { get; init => field = Guard.NoNullItems(value, nameof(Attributions)); }

    /// <summary>Gets or initializes the properties the model has no place for, kept so that nothing is lost: those a
    /// newer minor version of the wire format added, or an imported dataset's columns (see
    /// <see cref="ExtensionProperty"/>). The JSON writer emits them after the record's own properties.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the default, two elements share a name, or a
    /// name is one of the record's own JSON property names.</exception>
    public EquatableArray<ExtensionProperty> Extensions { get; init => field = Guard.Extensions(value, WireNames.CasualtyFigure, nameof(Extensions)); }
}
