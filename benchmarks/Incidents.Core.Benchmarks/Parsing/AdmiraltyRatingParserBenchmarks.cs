using BenchmarkDotNet.Attributes;

namespace Incidents.Core.Benchmarks.Parsing;

/// <summary>Admiralty ratings (<see cref="AdmiraltyRating"/>) against a dictionary keyed by upper-case text, looked up
/// after <c>ToUpperInvariant()</c> (the baseline).</summary>
[MemoryDiagnoser]
public class AdmiraltyRatingParserBenchmarks
{
    private string[] _ratings = [];
    private byte[][] _ratingsUtf8 = [];
    private Dictionary<string, AdmiraltyRating> _ratingsByText = [];

    [GlobalSetup]
    public void Setup()
    {
        _ratings = BenchmarkInputs.Ratings;
        _ratingsUtf8 = BenchmarkInputs.ToUtf8(_ratings);
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
    public int Admiralty_Incidents_Utf16()
    {
        int sum = 0;
        foreach (string text in _ratings)
        {
            sum += AdmiraltyRating.TryParse(text.AsSpan(), out AdmiraltyRating rating) ? rating.CredibilityDigit : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    public int Admiralty_Incidents_Utf8()
    {
        int sum = 0;
        foreach (byte[] utf8 in _ratingsUtf8)
        {
            sum += AdmiraltyRating.TryParse(utf8, out AdmiraltyRating rating) ? rating.CredibilityDigit : -1;
        }

        return sum;
    }
}
