using System.Text.Json;
using System.Text.Json.Serialization;

namespace Incidents.Core.Json;

/// <summary>Plugs the hand-written reader and writer of one record type into System.Text.Json, for callers who use
/// <see cref="JsonSerializer"/> with <see cref="IncidentJson.Options"/> or with options of their own
/// (<see cref="IncidentJsonSerializerOptionsExtensions.AddIncidentsConverters"/>).</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class RecordJsonConverter<T> : JsonConverter<T>
    where T : class
{
    private readonly IncidentJsonOptions _settings;
    private readonly IncidentReader.ElementReader<T> _read;
    private readonly Action<Utf8JsonWriter, T> _write;

    internal RecordJsonConverter(IncidentJsonOptions settings, IncidentReader.ElementReader<T> read, Action<Utf8JsonWriter, T> write)
    {
        _settings = settings;
        _read = read;
        _write = write;
    }

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        IncidentReader incidentReader = IncidentReader.Rent(_settings);
        try
        {
            _read(incidentReader, ref reader, out T? value);
            return value;
        }
        catch (IncidentReadException e)
        {
            // System.Text.Json adds its own path (of the record) and the line and byte position; the message
            // carries the path inside the record.
            throw e.ToJsonException(typeof(T).Name);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _write(writer, value);
}
