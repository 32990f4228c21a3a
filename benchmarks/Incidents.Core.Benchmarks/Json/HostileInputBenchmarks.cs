using System.Text;
using BenchmarkDotNet.Attributes;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Validation;
using NodaTime;

namespace Incidents.Core.Benchmarks.Json;

/// <summary>
/// Hostile payloads of growing size — N unknown properties in one object, N duplicate keys, a list of N elements past
/// its limit — through the reader and the payload validator. Linear cost shows as a time per N that stays flat as N
/// doubles (before issue [6], 20,000 unknown properties took 0.6 s and 80,000 took 11 s: quadratic).
/// </summary>
[MemoryDiagnoser]
public class HostileInputBenchmarks
{
    private readonly IncidentPayloadValidator _validator = new(new PayloadValidationBenchmarks.FixedClock(Instant.FromUtc(2026, 1, 1, 0, 0)));
    private byte[] _unknown = [];
    private byte[] _duplicates = [];
    private byte[] _longList = [];

    [Params(25_000, 50_000, 100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string raid = IncidentJson.Serialize(SeedIncidents.BarracksRaid);
        _unknown = Insert(raid, "\"title\":", i => $"\"u{i}\":{i},");
        _duplicates = Insert(raid, "\"title\":", _ => "\"dup\":1,");
        _longList = Insert(raid, "\"methods\":[", _ => """{"kind":"raid"},""");
    }

    private byte[] Insert(string json, string before, Func<int, string> item)
    {
        var extra = new StringBuilder();
        for (int i = 0; i < N; i++)
        {
            extra.Append(item(i));
        }

        int at = json.IndexOf(before, StringComparison.Ordinal) + (before.EndsWith('[') ? before.Length : 0);
        return Encoding.UTF8.GetBytes(json.Insert(at, extra.ToString()));
    }

    [Benchmark(Description = "Deserialize, N unknown properties")]
    public int ReadUnknown() => IncidentJson.Deserialize(_unknown, Large).Extensions.Count;

    [Benchmark(Description = "Validate, N unknown properties")]
    public long ValidateUnknown() => _validator.Validate(_unknown).Summary.Documents;

    [Benchmark(Description = "Validate, N duplicate keys")]
    public long ValidateDuplicates() => _validator.Validate(_duplicates).Issues.Count;

    [Benchmark(Description = "Validate, N list elements past the limit")]
    public long ValidateLongList() => _validator.Validate(_longList).Issues.Count;

    private static readonly IncidentJsonOptions Large = new() { MaxDocumentLength = 64 * 1024 * 1024 };
}
