using System.Text;
using BenchmarkDotNet.Attributes;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Validation;
using NodaTime;

namespace Incidents.Core.BeforeAfter;

/// <summary>The wire format's hot paths, the same calls before and after a change: deserialize and serialize the
/// prison seed, read a 10,000-incident NDJSON file, validate it. Canonical input only — the liberal reading must cost
/// nothing here.</summary>
[MemoryDiagnoser]
public class WireFormatBenchmarks
{
    private readonly byte[] _seed = IncidentJson.SerializeToUtf8Bytes(SeedIncidents.PrisonAssault);
    private readonly Incident _incident = SeedIncidents.PrisonAssault;
    private readonly IncidentPayloadValidator _validator = new(new FixedClock(Instant.FromUtc(2026, 1, 1, 0, 0)));
    private byte[] _ndjson = [];

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder();
        foreach (Incident incident in SampleIncidents.Generate(10_000))
        {
            text.Append(IncidentJson.Serialize(incident)).Append('\n');
        }

        _ndjson = Encoding.UTF8.GetBytes(text.ToString());
    }

    [Benchmark(Description = "Deserialize the prison seed (5.9 KB)")]
    public object Deserialize() => IncidentJson.Deserialize(_seed); // object: the generated project must not need Incidents.Core

    [Benchmark(Description = "Serialize the prison seed")]
    public byte[] Serialize() => IncidentJson.SerializeToUtf8Bytes(_incident);

    [Benchmark(Description = "ReadNdjsonAsync, 10,000 incidents")]
    public async Task<int> Ndjson()
    {
        using var stream = new MemoryStream(_ndjson, writable: false);
        int count = 0;
        await foreach (Incident _ in IncidentJson.ReadNdjsonAsync(stream))
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "Validate the NDJSON payload")]
    public async Task<long> Validate()
    {
        using var stream = new MemoryStream(_ndjson, writable: false);
        PayloadValidationReport report = await _validator.ValidateAsync(stream);
        return report.Summary.Valid;
    }

    /// <summary>A clock that never moves.</summary>
    internal sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}

/// <summary>A hostile document before and after issue [6]: 20,000 unknown properties in one object (quadratic before,
/// linear after), read and validated.</summary>
[MemoryDiagnoser]
public class HostileDocumentBenchmarks
{
    private readonly IncidentPayloadValidator _validator = new(new WireFormatBenchmarks.FixedClock(Instant.FromUtc(2026, 1, 1, 0, 0)));
    private readonly IncidentJsonOptions _large = new() { MaxDocumentLength = 64 * 1024 * 1024 };
    private byte[] _document = [];

    [GlobalSetup]
    public void Setup()
    {
        string raid = IncidentJson.Serialize(SeedIncidents.BarracksRaid);
        var extra = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            extra.Append('"').Append('u').Append(i).Append("\":").Append(i).Append(',');
        }

        _document = Encoding.UTF8.GetBytes(raid.Insert(raid.IndexOf("\"title\":", StringComparison.Ordinal), extra.ToString()));
    }

    [Benchmark(Description = "Deserialize, 20,000 unknown properties")]
    public int Deserialize() => IncidentJson.Deserialize(_document, _large).Extensions.Count;

    [Benchmark(Description = "Validate, 20,000 unknown properties")]
    public long Validate() => _validator.Validate(_document).Summary.Documents;
}
