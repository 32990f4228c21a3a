using BenchmarkDotNet.Attributes;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Validation;
using NodaTime;

namespace Incidents.Core.Benchmarks.Json;

/// <summary>
/// Payload validation of the 10,000-incident NDJSON file (the same generator as <see cref="NdjsonBenchmarks"/>) with
/// 0%, 1% and 50% invalid documents, against plain deserialization of the same file (the baseline, which stops at
/// the first invalid line, so it reads only the valid file). Invalid documents carry a value error (a non-canonical
/// code) and a reference error (an unknown actor), so both the reader's collecting mode and the object rules work.
/// </summary>
[MemoryDiagnoser]
public class PayloadValidationBenchmarks
{
    private static readonly IClock s_clock = new FixedClock(Instant.FromUtc(2026, 11, 24, 12, 0));

    private readonly IncidentPayloadValidator _validator = new(s_clock);
    private byte[] _valid = [];
    private byte[] _payload = [];

    [Params(0, 1, 50)]
    public int InvalidPercent { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _valid = JsonInputs.Ndjson;
        var random = new Random(7);
        var lines = new List<string>();
        foreach (Incident incident in SampleIncidents.Generate(JsonInputs.NdjsonCount))
        {
            string line = IncidentJson.Serialize(incident);
            if (random.Next(100) < InvalidPercent)
            {
                line = line.Replace("\"kind\":\"killed\"", "\"kind\":\"KILLED\"", StringComparison.Ordinal)
                    .Replace("\"actor\":\"is\"", "\"actor\":\"nobody\"", StringComparison.Ordinal);
            }

            lines.Add(line);
        }

        _payload = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
    }

    [Benchmark(Baseline = true, Description = "IncidentJson.ReadNdjsonAsync, valid file (baseline)")]
    public async Task<int> Deserialize()
    {
        int count = 0;
        await foreach (Incident incident in IncidentJson.ReadNdjsonAsync(new MemoryStream(_valid, writable: false)))
        {
            count += incident.Casualties.Count;
        }

        return count;
    }

    [Benchmark(Description = "IncidentPayloadValidator.ValidateAsync")]
    public async Task<long> Validate()
    {
        PayloadValidationReport report = await _validator.ValidateAsync(new MemoryStream(_payload, writable: false));
        return report.Summary.Valid;
    }

    /// <summary>A clock that never moves, for the validators' "now".</summary>
    internal sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
