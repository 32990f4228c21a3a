using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Incidents.Core.Json;

namespace Incidents.Core.Benchmarks.Json;

/// <summary>
/// Reading one incident (the prison-assault seed, compact UTF-8) into objects, against the floor — a raw
/// <see cref="Utf8JsonReader"/> scan of every token — and what a user would do instead: <see cref="JsonDocument"/>,
/// System.Text.Json's reflection serializer and Newtonsoft.Json into naive string-valued DTOs (which parse and check
/// nothing).
/// </summary>
[MemoryDiagnoser]
public class JsonDeserializeBenchmarks
{
    private readonly byte[] _utf8 = JsonInputs.SeedUtf8;
    private readonly string _text = System.Text.Encoding.UTF8.GetString(JsonInputs.SeedUtf8);

    [Benchmark(Baseline = true, Description = "raw Utf8JsonReader scan (floor)")]
    public int RawScan()
    {
        var reader = new Utf8JsonReader(_utf8);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Description = "JsonDocument.Parse")]
    public int JsonDocumentParse()
    {
        using JsonDocument document = JsonDocument.Parse(_utf8);
        return document.RootElement.GetArrayLength_Safe();
    }

    [Benchmark(Description = "IncidentJson.Deserialize (this library)")]
    public Incident Library() => IncidentJson.Deserialize(_utf8);

    [Benchmark(Description = "JsonSerializer + IncidentJson.Options")]
    public Incident? LibraryThroughJsonSerializer() => JsonSerializer.Deserialize<Incident>(_utf8, IncidentJson.Options);

    [Benchmark(Description = "STJ reflection, naive DTOs")]
    public IncidentDto? StjReflection() => JsonSerializer.Deserialize<IncidentDto>(_utf8, JsonInputs.StjReflection);

    [Benchmark(Description = "Newtonsoft.Json, naive DTOs")]
    public IncidentDto? Newtonsoft() => global::Newtonsoft.Json.JsonConvert.DeserializeObject<IncidentDto>(_text, JsonInputs.NewtonsoftSettings);
}

internal static class JsonElementExtensions
{
    // Touch the document so the parse cannot be elided; an object has no array length.
    internal static int GetArrayLength_Safe(this JsonElement element) => element.ValueKind == JsonValueKind.Object ? 1 : 0;
}
