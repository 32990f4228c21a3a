using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>The attribution of a fact to a source, with the source's stance: "39 IS gunmen killed, according to the
/// Syrian Observatory for Human Rights (independent)".</summary>
/// <remarks>The default value refers to no source; the model rejects it.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public readonly record struct SourceAttribution
{
    /// <summary>Creates an attribution.</summary>
    /// <param name="source">The source, by its identifier in <see cref="Incident.Sources"/>.</param>
    /// <param name="stance">The source's stance towards the fact.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> is the uninitialised default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stance"/> is not defined.</exception>
    public SourceAttribution(SourceId source, SourceStance stance)
    {
        Source = Guard.NotDefault(source, nameof(source));
        Stance = Guard.Defined(stance, nameof(stance));
    }

    /// <summary>Gets the source, by its identifier in <see cref="Incident.Sources"/>.</summary>
    public SourceId Source { get; }

    /// <summary>Gets the source's stance towards the fact.</summary>
    public SourceStance Stance { get; }

    /// <summary>Returns the source and stance, e.g. <c>sohr (Independent)</c>.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => $"{Source} ({Stance})";
}
