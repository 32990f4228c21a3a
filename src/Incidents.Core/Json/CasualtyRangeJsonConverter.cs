using System.Text.Json;
using System.Text.Json.Serialization;

namespace Incidents.Core.Json;

/// <summary>Converts a <see cref="CasualtyRange"/> to and from its wire form: the object
/// <c>{"low":35,"best":35,"high":35}</c> with unknown bounds left out. Reading also accepts two short forms: a whole
/// number (<c>35</c>, exactly that many) and the range's text form (<c>"at least 11"</c>, <c>"10-15"</c>,
/// <c>"dozens"</c>, read with <see cref="Parsing.VagueQuantifierTable.Default"/>). Writing always emits the
/// object.</summary>
/// <remarks><see cref="CasualtyRange"/> names this converter in a <see cref="JsonConverterAttribute"/>; you do not
/// normally create one yourself.</remarks>
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
public sealed class CasualtyRangeJsonConverter : JsonConverter<CasualtyRange>
{
    /// <inheritdoc/>
    public override CasualtyRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        IncidentReader incidentReader = IncidentReader.Rent(IncidentJsonOptions.Default);
        try
        {
            incidentReader.Range(ref reader, out CasualtyRange value);
            return value;
        }
        catch (IncidentReadException e)
        {
            throw e.ToJsonException("casualty range");
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CasualtyRange value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        IncidentWriter.WriteRange(writer, value);
    }
}
