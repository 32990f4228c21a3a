using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Incidents.Core.Json;

/// <summary>An <see cref="Instant"/> as NodaTime's extended ISO text, for the source-generated metadata (the
/// hand-written record converters write instants themselves).</summary>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        IncidentReader incidentReader = IncidentReader.Rent(IncidentJsonOptions.Default);
        try
        {
            incidentReader.Instant(ref reader, out Instant value);
            return value;
        }
        catch (IncidentReadException e)
        {
            throw e.ToJsonException("value");
        }
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[40];
        NodaJson.TryFormatInstant(value, buffer, out int written);
        writer.WriteStringValue(buffer[..written]);
    }
}

/// <summary>A <see cref="DateTimeZone"/> as its TZDB identifier, for the source-generated metadata.</summary>
internal sealed class DateTimeZoneJsonConverter : JsonConverter<DateTimeZone>
{
    public override DateTimeZone? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        IncidentReader incidentReader = IncidentReader.Rent(IncidentJsonOptions.Default);
        try
        {
            incidentReader.Zone(ref reader, out DateTimeZone? value);
            return value;
        }
        catch (IncidentReadException e)
        {
            throw e.ToJsonException("value");
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeZone value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
}
