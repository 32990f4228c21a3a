using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>The attribution of a fact to a source, with the source's stance: "39 IS gunmen killed, according to the
/// Syrian Observatory for Human Rights (independent)".</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WireFormatJsonConverter<SourceAttribution>))]
[WireRecord("an attribution")]
public sealed record SourceAttribution
{
    /// <summary>Creates an attribution.</summary>
    /// <param name="source">The source, by its identifier in <see cref="Incident.Sources"/>.</param>
    /// <param name="stance">The source's stance towards the fact.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> is the uninitialised default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stance"/> is not defined.</exception>
    [SetsRequiredMembers]
    public SourceAttribution(SourceId source, SourceStance stance)
    {
        Source = Guard.NotDefault(source, nameof(source));
        Stance = Guard.Defined(stance, nameof(stance));
    }

    /// <summary>Gets or initializes the source, by its identifier in <see cref="Incident.Sources"/>.</summary>
    public required SourceId Source { get; init => field = Guard.NotDefault(value, nameof(Source)); }

    /// <summary>Gets or initializes the source's stance towards the fact.</summary>
    public SourceStance Stance { get; init => field = Guard.Defined(value, nameof(Stance)); }

    /// <summary>Returns the source and stance, e.g. <c>sohr (Independent)</c>.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => $"{Source} ({Stance})";

    /// <summary>Gets or initializes the properties the model has no place for, kept so that nothing is lost: those a
    /// newer minor version of the wire format added, or an imported dataset's columns (see
    /// <see cref="ExtensionProperty"/>). The JSON writer emits them after the record's own properties.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the default, two elements share a name, or a
    /// name is one of the record's own JSON property names.</exception>
    public EquatableArray<ExtensionProperty> Extensions { get; init => field = Guard.Extensions(value, WireNames.SourceAttribution, nameof(Extensions)); }
}
