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
        new RecordJsonConverter<Incident>(s, IncidentReader.IncidentElement, IncidentWriter.WriteIncident),
        new RecordJsonConverter<Timing>(s, IncidentReader.TimingElement, IncidentWriter.WriteTiming),
        new RecordJsonConverter<Location>(s, IncidentReader.LocationElement, IncidentWriter.WriteLocation),
        new RecordJsonConverter<AttackMethod>(s, IncidentReader.AttackMethodElement, IncidentWriter.WriteAttackMethod),
        new RecordJsonConverter<IncidentPhase>(s, IncidentReader.PhaseElement, IncidentWriter.WritePhase),
        new RecordJsonConverter<Actor>(s, IncidentReader.ActorElement, IncidentWriter.WriteActor),
        new RecordJsonConverter<Party>(s, IncidentReader.PartyElement, IncidentWriter.WriteParty),
        new RecordJsonConverter<CasualtyFigure>(s, IncidentReader.CasualtyFigureElement, IncidentWriter.WriteCasualtyFigure),
        new RecordJsonConverter<SourceAttribution>(s, IncidentReader.AttributionElement, IncidentWriter.WriteAttribution),
        new RecordJsonConverter<Claim>(s, IncidentReader.ClaimElement, IncidentWriter.WriteClaim),
        new RecordJsonConverter<Source>(s, IncidentReader.SourceElement, IncidentWriter.WriteSource),
        new RecordJsonConverter<Campaign>(s, IncidentReader.CampaignElement, IncidentWriter.WriteCampaign),
        new RecordJsonConverter<RelatedIncident>(s, IncidentReader.RelatedElement, IncidentWriter.WriteRelated),
        new RecordJsonConverter<RecordMetadata>(s, IncidentReader.MetadataElement, IncidentWriter.WriteMetadata),
    ];
}
