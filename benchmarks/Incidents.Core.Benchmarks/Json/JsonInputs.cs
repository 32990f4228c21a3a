using System.Text;
using System.Text.Json;
using Incidents.Cli;
using Incidents.Core.Json;
using Newtonsoft.Json.Serialization;

namespace Incidents.Core.Benchmarks.Json;

/// <summary>The documents every JSON benchmark reads: the prison-assault seed (the larger of the two) and an NDJSON
/// file of 10,000 generated incidents shaped like the seeds; plus the baselines' settings.</summary>
internal static class JsonInputs
{
    internal const int NdjsonCount = 10_000;

    internal static Incident Seed { get; } = SeedIncidents.PrisonAssault;

    internal static byte[] SeedUtf8 { get; } = IncidentJson.SerializeToUtf8Bytes(Seed);

    internal static byte[] Ndjson { get; } = CreateNdjson();

    internal static JsonSerializerOptions StjReflection { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    internal static global::Newtonsoft.Json.JsonSerializerSettings NewtonsoftSettings { get; } = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = global::Newtonsoft.Json.NullValueHandling.Ignore,
        DateParseHandling = global::Newtonsoft.Json.DateParseHandling.None,
    };

    internal static global::Newtonsoft.Json.JsonSerializer Newtonsoft { get; } = global::Newtonsoft.Json.JsonSerializer.Create(NewtonsoftSettings);

    internal static IncidentDto SeedDto { get; } = JsonSerializer.Deserialize<IncidentDto>(SeedUtf8, StjReflection)!;

    private static byte[] CreateNdjson()
    {
        using var stream = new MemoryStream();
        IncidentJson.WriteNdjsonAsync(stream, SampleIncidents.Generate(NdjsonCount)).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    /// <summary>A description of the inputs for the benchmark README.</summary>
    internal static string Describe() =>
        $"seed: {SeedUtf8.Length:N0} B; NDJSON: {NdjsonCount:N0} incidents, {Ndjson.Length:N0} B ({Encoding.UTF8.GetString(SeedUtf8).Length:N0} chars in the seed)";
}
