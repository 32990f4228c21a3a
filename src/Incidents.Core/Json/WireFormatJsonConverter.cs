using System.Text.Json;
using System.Text.Json.Serialization;

namespace Incidents.Core.Json;

/// <summary>Reads and writes one record of the model (<see cref="Incident"/>, <see cref="Timing"/>,
/// <see cref="CasualtyFigure"/> …) in the canonical wire format, with the library's hand-written reader and writer.
/// Every record names this converter in a <see cref="JsonConverterAttribute"/>, so plain
/// <c>JsonSerializer.Serialize(incident)</c> and <c>JsonSerializer.Deserialize&lt;Incident&gt;(json)</c> — default
/// options, your own options, your own source-generated contexts — all speak the wire format.</summary>
/// <typeparam name="T">The record type: one of the model's records.</typeparam>
/// <remarks>With the parameterless constructor the converter uses <see cref="IncidentJsonOptions.Default"/>'s limits;
/// <see cref="IncidentJsonSerializerOptionsExtensions.AddIncidentsConverters"/> adds converters with limits of your
/// choosing. Reading an <see cref="Incident"/> enforces <see cref="IncidentJsonOptions.MaxDocumentLength"/> on the
/// object's length.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class WireFormatJsonConverter<T> : JsonConverter<T>
    where T : class
{
    private readonly IncidentJsonOptions _settings;

    /// <summary>Creates the converter with the default reading limits.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the model's records.</exception>
    public WireFormatJsonConverter()
        : this(IncidentJsonOptions.Default)
    {
    }

    internal WireFormatJsonConverter(IncidentJsonOptions settings)
    {
        _settings = settings;
        _ = RecordFormat<T>.Read ?? throw new NotSupportedException($"{typeof(T).Name} is not a record of the incident model.");
    }

    /// <inheritdoc/>
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        long start = reader.TokenStartIndex;
        IncidentReader incidentReader = IncidentReader.Rent(_settings);
        T? value;
        try
        {
            RecordFormat<T>.Read!(incidentReader, ref reader, out value);
        }
        catch (IncidentReadException e)
        {
            // System.Text.Json adds its own path (of the record) and the line and byte position; the message
            // carries the path inside the record.
            throw e.ToJsonException(typeof(T).Name);
        }

        if (typeof(T) == typeof(Incident) && reader.BytesConsumed - start > _settings.MaxDocumentLength)
        {
            throw new JsonException($"The incident is {reader.BytesConsumed - start} bytes long; the limit (MaxDocumentLength) is {_settings.MaxDocumentLength}.");
        }

        return value;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => RecordFormat<T>.Write!(writer, value);
}

/// <summary>The generated reader and writer of each record, by type (<see cref="WireRecords"/>).</summary>
internal static class RecordFormat<T>
    where T : class
{
    internal static readonly IncidentReader.ElementReader<T>? Read = (IncidentReader.ElementReader<T>?)Find().Read;

    internal static readonly Action<Utf8JsonWriter, T>? Write = (Action<Utf8JsonWriter, T>?)Find().Write;

    private static (Delegate? Read, Delegate? Write) Find() => WireRecords.Find(typeof(T));
}
