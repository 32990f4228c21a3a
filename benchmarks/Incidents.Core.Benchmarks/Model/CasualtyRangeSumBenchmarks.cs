using BenchmarkDotNet.Attributes;

namespace Incidents.Core.Benchmarks.Model;

/// <summary>
/// Summing the per-party figures of an incident: <see cref="CasualtyRange.Sum(ReadOnlySpan{CasualtyRange})"/> against
/// the naive nullable-int loop a user would write. The parser benchmarks of issue [2] follow this shape.
/// </summary>
[MemoryDiagnoser]
public class CasualtyRangeSumBenchmarks
{
    private CasualtyRange[] _ranges = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20220120);
        _ranges = new CasualtyRange[64];
        for (int i = 0; i < _ranges.Length; i++)
        {
            int low = random.Next(0, 100);
            int spread = random.Next(0, 50);
            _ranges[i] = CasualtyRange.Between(low, low + spread, best: low + (spread / 2));
        }
    }

    [Benchmark(Baseline = true)]
    public (int? Low, int? Best, int? High) NaiveNullableSum()
    {
        int? low = 0, best = 0, high = 0;
        foreach (CasualtyRange range in _ranges)
        {
            low += range.Low;
            best += range.Best;
            high += range.High;
        }

        return (low, best, high);
    }

    [Benchmark]
    public CasualtyRange Sum() => CasualtyRange.Sum(_ranges);
}
