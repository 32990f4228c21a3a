using System.Text.Json;
using System.Text.Json.Serialization;

namespace Incidents.Core.Json;

/// <summary>Adds the incident wire format to <see cref="JsonSerializerOptions"/> of your own.</summary>
public static class IncidentJsonSerializerOptionsExtensions
{
    /// <summary>Adds converters for every record of the model (<see cref="Incident"/>, <see cref="Timing"/>,
    /// <see cref="CasualtyFigure"/> …), so that <see cref="JsonSerializer"/> reads and writes them in the canonical
    /// wire format whatever the other settings of <paramref name="options"/> are (naming policy, ignore conditions
    /// …). The model's value types and enums carry their own converters and need nothing.</summary>
    /// <param name="options">The options to add to; they must not be in use yet (read-only).</param>
    /// <param name="settings">Reading limits; <see langword="null"/> for <see cref="IncidentJsonOptions.Default"/>.
    /// Only the limits that are not System.Text.Json's own (string and array lengths) come from here; depth,
    /// comments and trailing commas follow <paramref name="options"/>.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is read-only.</exception>
    /// <example>
    /// <code>
    /// var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddIncidentsConverters();
    /// Incident incident = JsonSerializer.Deserialize&lt;Incident&gt;(json, options)!;
    /// </code>
    /// </example>
    public static JsonSerializerOptions AddIncidentsConverters(this JsonSerializerOptions options, IncidentJsonOptions? settings = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (JsonConverter converter in CreateRecordConverters(settings ?? IncidentJsonOptions.Default))
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    internal static JsonConverter[] CreateRecordConverters(IncidentJsonOptions s) =>
    [
        new WireFormatJsonConverter<Incident>(s),
        new WireFormatJsonConverter<Timing>(s),
        new WireFormatJsonConverter<Location>(s),
        new WireFormatJsonConverter<AttackMethod>(s),
        new WireFormatJsonConverter<IncidentPhase>(s),
        new WireFormatJsonConverter<Actor>(s),
        new WireFormatJsonConverter<Party>(s),
        new WireFormatJsonConverter<CasualtyFigure>(s),
        new WireFormatJsonConverter<SourceAttribution>(s),
        new WireFormatJsonConverter<Claim>(s),
        new WireFormatJsonConverter<Source>(s),
        new WireFormatJsonConverter<Campaign>(s),
        new WireFormatJsonConverter<RelatedIncident>(s),
        new WireFormatJsonConverter<RecordMetadata>(s),
    ];
}
