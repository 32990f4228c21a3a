using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using NodaTime.Text;

namespace Incidents.Core.Benchmarks.Parsing;

/// <summary>
/// The smaller parsers, each against what a user would write instead: times of day against NodaTime's
/// <c>LocalTimePattern</c> with the <c>~</c> handled by hand; coordinates against <c>string.Split</c> and
/// <c>double.Parse</c>; Admiralty ratings against a dictionary keyed by upper-case text.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ValueParseBenchmarks
{
    private static readonly LocalTimePattern s_time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private string[] _times = [];
    private byte[][] _timesUtf8 = [];
    private string[] _coordinates = [];
    private byte[][] _coordinatesUtf8 = [];
    private string[] _ratings = [];
    private Dictionary<string, AdmiraltyRating> _ratingsByText = [];

    [GlobalSetup]
    public void Setup()
    {
        _times = BenchmarkInputs.Times;
        _timesUtf8 = BenchmarkInputs.ToUtf8(_times);
        _coordinates = BenchmarkInputs.Coordinates;
        _coordinatesUtf8 = BenchmarkInputs.ToUtf8(_coordinates);
        _ratings = BenchmarkInputs.Ratings;
        _ratingsByText = [];
        foreach (SourceReliability reliability in Enum.GetValues<SourceReliability>())
        {
            foreach (InformationCredibility credibility in Enum.GetValues<InformationCredibility>())
            {
                var rating = new AdmiraltyRating(reliability, credibility);
                _ratingsByText[rating.ToString()] = rating;
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("Time")]
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
    [BenchmarkCategory("Time")]
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
    [BenchmarkCategory("Time")]
    public int Time_Incidents_Utf8()
    {
        int sum = 0;
        foreach (byte[] utf8 in _timesUtf8)
        {
            sum += ApproximateTime.TryParse(utf8, out ApproximateTime time) ? time.Time.Minute + (int)time.Approximation : -1;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("Coordinates")]
    public double Coordinates_SplitAndDoubleParse()
    {
        double sum = 0;
        foreach (string text in _coordinates)
        {
            string[] parts = text.Split(',');
            sum += double.Parse(parts[0], CultureInfo.InvariantCulture) + double.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("Coordinates")]
    public double Coordinates_Incidents_Utf16()
    {
        double sum = 0;
        foreach (string text in _coordinates)
        {
            sum += GeoCoordinate.TryParse(text.AsSpan(), out GeoCoordinate point) ? point.Latitude + point.Longitude : double.NaN;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("Coordinates")]
    public double Coordinates_Incidents_Utf8()
    {
        double sum = 0;
        foreach (byte[] utf8 in _coordinatesUtf8)
        {
            sum += GeoCoordinate.TryParse(utf8, out GeoCoordinate point) ? point.Latitude + point.Longitude : double.NaN;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("Admiralty")]
    public int Admiralty_DictionaryWithToUpperInvariant()
    {
        int sum = 0;
        foreach (string text in _ratings)
        {
            sum += _ratingsByText.TryGetValue(text.ToUpperInvariant(), out AdmiraltyRating rating) ? rating.CredibilityDigit : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("Admiralty")]
    public int Admiralty_Incidents_Utf16()
    {
        int sum = 0;
        foreach (string text in _ratings)
        {
            sum += AdmiraltyRating.TryParse(text.AsSpan(), out AdmiraltyRating rating) ? rating.CredibilityDigit : -1;
        }

        return sum;
    }
}
