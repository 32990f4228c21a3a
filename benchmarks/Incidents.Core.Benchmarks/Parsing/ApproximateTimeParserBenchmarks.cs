using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using NodaTime.Text;

namespace Incidents.Core.Benchmarks.Parsing;

/// <summary>Times of day (<see cref="ApproximateTime"/>) against NodaTime's <c>LocalTimePattern</c> with the <c>~</c>
/// handled by hand (the baseline).</summary>
[MemoryDiagnoser]
public class ApproximateTimeParserBenchmarks
{
    private static readonly LocalTimePattern s_time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private string[] _times = [];
    private byte[][] _timesUtf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        _times = BenchmarkInputs.Times;
        _timesUtf8 = BenchmarkInputs.ToUtf8(_times);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkInputs.Count)]
    public int Time_NodaLocalTimePattern()
    {
        int sum = 0;
        foreach (string text in _times)
        {
            bool approximate = text.StartsWith('~');
            ParseResult<LocalTime> result = s_time.Parse(approximate ? text[1..] : text);
            sum += result.Success ? result.Value.Minute + (approximate ? 1 : 0) : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    public int Time_Incidents_Utf16()
    {
        int sum = 0;
        foreach (string text in _times)
        {
            sum += ApproximateTime.TryParse(text.AsSpan(), out ApproximateTime time) ? time.Time.Minute + (int)time.Approximation : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    public int Time_Incidents_Utf8()
    {
        int sum = 0;
        foreach (byte[] utf8 in _timesUtf8)
        {
            sum += ApproximateTime.TryParse(utf8, out ApproximateTime time) ? time.Time.Minute + (int)time.Approximation : -1;
        }

        return sum;
    }
}
