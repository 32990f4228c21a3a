using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Incidents.Core.Benchmarks.Parsing;

namespace Incidents.Core.Benchmarks.Formatting;

/// <summary>
/// Writing the canonical text: <c>TryFormat</c> into a reused span (UTF-16 and UTF-8) and <c>ToString()</c>, against
/// what a user would write — string interpolation over the range's bounds (the baseline).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ValueFormatBenchmarks
{
    private readonly char[] _chars = new char[64];
    private readonly byte[] _bytes = new byte[64];
    private CasualtyRange[] _ranges = [];
    private PartialDate[] _dates = [];

    [GlobalSetup]
    public void Setup()
    {
        _ranges = [.. BenchmarkInputs.CasualtyMixed.Select(text => CasualtyRange.Parse(text))];
        _dates = [.. BenchmarkInputs.Dates.Select(text => PartialDate.Parse(text))];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("CasualtyRange")]
    public int Range_StringInterpolation()
    {
        int length = 0;
        foreach (CasualtyRange range in _ranges)
        {
            string text = range.IsExact
                ? range.Low!.Value.ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{range.Low}-{range.High} (best {range.Best})");
            length += text.Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("CasualtyRange")]
    public int Range_ToString()
    {
        int length = 0;
        foreach (CasualtyRange range in _ranges)
        {
            length += range.ToString().Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("CasualtyRange")]
    public int Range_TryFormat_Utf16()
    {
        int length = 0;
        foreach (CasualtyRange range in _ranges)
        {
            length += range.TryFormat(_chars, out int written) ? written : -1;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("CasualtyRange")]
    public int Range_TryFormat_Utf8()
    {
        int length = 0;
        foreach (CasualtyRange range in _ranges)
        {
            length += range.TryFormat(_bytes, out int written) ? written : -1;
        }

        return length;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("PartialDate")]
    public int Date_StringInterpolation()
    {
        int length = 0;
        foreach (PartialDate date in _dates)
        {
            string text = date.Day is { } day
                ? string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{day:D2}")
                : string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}");
            length += text.Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("PartialDate")]
    public int Date_TryFormat_Utf8()
    {
        int length = 0;
        foreach (PartialDate date in _dates)
        {
            length += date.TryFormat(_bytes, out int written) ? written : -1;
        }

        return length;
    }
}
