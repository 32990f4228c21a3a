using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using NodaTime.Text;

namespace Incidents.Core.Benchmarks.Parsing;

/// <summary>
/// <see cref="PartialDate"/> against NodaTime's <c>LocalDatePattern.Iso</c> (the baseline) and
/// <c>DateTime.TryParseExact</c>, on full dates (which all of them read), and on a mix of full, year-month and
/// year-only dates (which NodaTime and the BCL need three patterns for).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PartialDateParserBenchmarks
{
    private static readonly string[] s_formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
    private static readonly LocalDatePattern s_yearMonth = LocalDatePattern.CreateWithInvariantCulture("uuuu-MM");
    private static readonly LocalDatePattern s_year = LocalDatePattern.CreateWithInvariantCulture("uuuu");

    private string[] _full = [];
    private byte[][] _fullUtf8 = [];
    private string[] _mixed = [];

    [GlobalSetup]
    public void Setup()
    {
        _full = BenchmarkInputs.FullDates;
        _fullUtf8 = BenchmarkInputs.ToUtf8(_full);
        _mixed = BenchmarkInputs.Dates;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("FullDates")]
    public int Full_NodaLocalDatePatternIso()
    {
        int sum = 0;
        foreach (string text in _full)
        {
            ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
            sum += result.Success ? result.Value.Day : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("FullDates")]
    public int Full_DateTimeTryParseExact()
    {
        int sum = 0;
        foreach (string text in _full)
        {
            sum += DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date) ? date.Day : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("FullDates")]
    public int Full_Incidents_Utf16()
    {
        int sum = 0;
        foreach (string text in _full)
        {
            sum += PartialDate.TryParse(text.AsSpan(), out PartialDate date) ? date.Day ?? 0 : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("FullDates")]
    public int Full_Incidents_Utf8()
    {
        int sum = 0;
        foreach (byte[] utf8 in _fullUtf8)
        {
            sum += PartialDate.TryParse(utf8, out PartialDate date) ? date.Day ?? 0 : -1;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("PartialDates")]
    public int Mixed_NodaThreePatterns()
    {
        int sum = 0;
        foreach (string text in _mixed)
        {
            ParseResult<LocalDate> result = text.Length switch
            {
                10 => LocalDatePattern.Iso.Parse(text),
                7 => s_yearMonth.Parse(text),
                _ => s_year.Parse(text),
            };
            sum += result.Success ? result.Value.Month : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("PartialDates")]
    public int Mixed_DateTimeTryParseExactFormats()
    {
        int sum = 0;
        foreach (string text in _mixed)
        {
            sum += DateTime.TryParseExact(text, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date) ? date.Month : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("PartialDates")]
    public int Mixed_Incidents_Utf16()
    {
        int sum = 0;
        foreach (string text in _mixed)
        {
            sum += PartialDate.TryParse(text.AsSpan(), out PartialDate date) ? date.Month ?? 0 : -1;
        }

        return sum;
    }
}
