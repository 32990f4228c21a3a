using System.Text.Json;
using Incidents.Cli;
using Incidents.Core;
using Incidents.Core.Json;

// Exercises every JSON path a user has, natively compiled: the entry points, JsonSerializer with the library's
// options (source-generated metadata), the value converters on their own, NDJSON streaming, and the schema.
int failures = 0;
void Check(bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
    failures += ok ? 0 : 1;
}

foreach (Incident incident in SeedIncidents.All)
{
    byte[] json = IncidentJson.SerializeToUtf8Bytes(incident);
    Incident read = IncidentJson.Deserialize(json);
    Check(read.Equals(incident) && IncidentJson.SerializeToUtf8Bytes(read).AsSpan().SequenceEqual(json), $"IncidentJson round trip of {incident.Id}");
    Check(JsonSerializer.Serialize(incident, IncidentJson.IncidentTypeInfo) == IncidentJson.Serialize(incident), "JsonSerializer with IncidentJson.Options writes the same bytes");
    Check(JsonSerializer.Deserialize(json, IncidentJson.IncidentTypeInfo)!.Equals(incident), "JsonSerializer with IncidentJson.Options reads it back");
}

var rangeInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<CasualtyRange>)IncidentJson.Options.GetTypeInfo(typeof(CasualtyRange));
Check(JsonSerializer.Serialize(CasualtyRange.AtLeast(11), rangeInfo) == """{"low":11}""", "a value type on its own");

using (var stream = new MemoryStream())
{
    await IncidentJson.WriteNdjsonAsync(stream, SeedIncidents.All);
    stream.Position = 0;
    int count = 0;
    await foreach (Incident incident in IncidentJson.ReadNdjsonAsync(stream))
    {
        count += SeedIncidents.All.AsSpan().Contains(incident) ? 1 : 0;
    }

    Check(count == SeedIncidents.All.Count, "NDJSON streaming");
}

try
{
    IncidentJson.Deserialize("""{"schemaVersion":"2.0"}""");
    Check(false, "a 2.0 document is rejected");
}
catch (JsonException e)
{
    Check(e.Message.Contains("2.0", StringComparison.Ordinal), "a 2.0 document is rejected");
}

string loose = IncidentJson.Serialize(SeedIncidents.BarracksRaid)
    .Replace("\"created\":\"2022-01-24T12:00:00Z\"", "\"created\":\"2022-01-24T15:00:00.000+03:00\"", StringComparison.Ordinal)
    .Replace("\"timeOfDay\":\"~03:00\"", "\"timeOfDay\":\"~03:00:00\"", StringComparison.Ordinal);
Check(IncidentJson.Deserialize(loose).Equals(SeedIncidents.BarracksRaid), "liberal reading (RFC 3339 offsets, times with seconds: the wire patterns' regular expressions)");

Check(IncidentJsonSchema.GetText().Contains("2020-12", StringComparison.Ordinal), "the shipped schema is readable");
Check(IncidentJsonSchema.GenerateText() == IncidentJsonSchema.GetText(), "the schema generates the same under AOT");
Console.WriteLine(failures == 0 ? "Native AOT smoke test passed." : $"{failures} checks failed.");
return failures == 0 ? 0 : 1;
