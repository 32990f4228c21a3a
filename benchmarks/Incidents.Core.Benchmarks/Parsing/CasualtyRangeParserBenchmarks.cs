using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Incidents.Core.Benchmarks.Parsing;

/// <summary>
/// The casualty-text parser on a mixed set (the seed's phrases plus generated ones), against what a user would write
/// instead — a regular expression for the same grammar, compiled or source-generated, then <c>int.Parse</c> and a
/// dictionary for vague words — and, on bare counts, against the floor: <c>int.TryParse</c> and
/// <c>Utf8Parser.TryParse</c>. Times are per parsed text.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public partial class CasualtyRangeParserBenchmarks
{
    private const string Number = @"\d{1,3}(?:[,. '\u00A0]\d{3})+|\d+";

    private const string Grammar =
        @"^\s*(?:"
        + @"(?:~|about|around|approximately|approx\.|roughly|circa|c\.|some|an estimated|estimated|nearly|almost)\s*(?<best>" + Number + ")"
        + @"|(?:at least|no fewer than|no less than|not less than|a minimum of)\s+(?<low>" + Number + ")"
        + @"|(?:more than|over|above|in excess of|upwards of)\s+(?<gt>" + Number + ")"
        + @"|(?:at most|up to|no more than|not more than|a maximum of|as many as)\s+(?<high>" + Number + ")"
        + @"|(?:fewer than|less than|under|below)\s+(?<lt>" + Number + ")"
        + @"|(?:between\s+(?<a>" + Number + @")\s+and|from\s+(?<a>" + Number + @")\s+to)\s+(?<b>" + Number + ")"
        + @"|(?<a>" + Number + @")\s*(?:-|–|—|to)\s*(?<b>" + Number + ")"
        + @"|(?<plus>" + Number + @")\+"
        + @"|(?<exact>" + Number + ")"
        + @"|(?<vague>[a-z]+(?: [a-z]+)*?)(?: of)?"
        + @")(?:\s*\(best (?<bestAfter>" + Number + @")\))?\s*$";

    // The baseline as a typical app writes it, with the default (no) match timeout made explicit: the inputs are the
    // benchmark's own.
    private static readonly Regex s_compiled = new(Grammar, RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    private static readonly Dictionary<string, CasualtyRange> s_vague = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a few"] = CasualtyRange.Between(2, 5),
        ["several"] = CasualtyRange.Between(3, 9),
        ["a number"] = CasualtyRange.AtLeast(2),
        ["dozens"] = CasualtyRange.Between(24, 99),
        ["hundreds"] = CasualtyRange.Between(200, 999),
        ["thousands"] = CasualtyRange.AtLeast(2000),
    };

    private string[] _mixed = [];
    private byte[][] _mixedUtf8 = [];
    private string[] _plain = [];
    private byte[][] _plainUtf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        _mixed = BenchmarkInputs.CasualtyMixed;
        _mixedUtf8 = BenchmarkInputs.ToUtf8(_mixed);
        _plain = BenchmarkInputs.CasualtyPlain;
        _plainUtf8 = BenchmarkInputs.ToUtf8(_plain);

        // The baselines must agree with the parser on every input, or the comparison means nothing.
        foreach (string text in _mixed)
        {
            if (ParseWithRegex(s_compiled, text) != CasualtyRange.Parse(text) || ParseWithRegex(GeneratedGrammar(), text) != CasualtyRange.Parse(text))
            {
                throw new InvalidOperationException($"The regex baseline disagrees with the parser on '{text}'.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("Mixed")]
    public int Mixed_RegexCompiled()
    {
        int sum = 0;
        foreach (string text in _mixed)
        {
            sum += ParseWithRegex(s_compiled, text).Minimum;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("Mixed")]
    public int Mixed_GeneratedRegex()
    {
        int sum = 0;
        foreach (string text in _mixed)
        {
            sum += ParseWithRegex(GeneratedGrammar(), text).Minimum;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("Mixed")]
    public int Mixed_RegexCompiled_FromUtf8()
    {
        int sum = 0;
        foreach (byte[] utf8 in _mixedUtf8)
        {
            sum += ParseWithRegex(s_compiled, Encoding.UTF8.GetString(utf8)).Minimum;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("Mixed")]
    public int Mixed_Incidents_Utf16()
    {
        int sum = 0;
        foreach (string text in _mixed)
        {
            sum += CasualtyRange.TryParse(text.AsSpan(), out CasualtyRange range) ? range.Minimum : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("Mixed")]
    public int Mixed_Incidents_Utf8()
    {
        int sum = 0;
        foreach (byte[] utf8 in _mixedUtf8)
        {
            sum += CasualtyRange.TryParse(utf8, out CasualtyRange range) ? range.Minimum : -1;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("Plain")]
    public int Plain_IntTryParse_Floor()
    {
        int sum = 0;
        foreach (string text in _plain)
        {
            sum += int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("Plain")]
    public int Plain_Utf8Parser_Floor()
    {
        int sum = 0;
        foreach (byte[] utf8 in _plainUtf8)
        {
            sum += Utf8Parser.TryParse(utf8, out int value, out _) ? value : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("Plain")]
    public int Plain_Incidents_Utf16()
    {
        int sum = 0;
        foreach (string text in _plain)
        {
            sum += CasualtyRange.TryParse(text.AsSpan(), out CasualtyRange range) ? range.Minimum : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("Plain")]
    public int Plain_Incidents_Utf8()
    {
        int sum = 0;
        foreach (byte[] utf8 in _plainUtf8)
        {
            sum += CasualtyRange.TryParse(utf8, out CasualtyRange range) ? range.Minimum : -1;
        }

        return sum;
    }

    // What a user would write: match, strip separators, int.Parse each group, look vague words up.
    private static CasualtyRange ParseWithRegex(Regex regex, string text)
    {
        Match match = regex.Match(text);
        if (!match.Success)
        {
            return default;
        }

        static int N(Group group) => int.Parse(group.Value.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)
            .Replace(" ", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

        GroupCollection g = match.Groups;
        int? bestAfter = g["bestAfter"].Success ? N(g["bestAfter"]) : null;
        if (g["best"].Success)
        {
            return CasualtyRange.Approximately(N(g["best"]));
        }

        if (g["low"].Success)
        {
            return new CasualtyRange(N(g["low"]), bestAfter, null);
        }

        if (g["gt"].Success)
        {
            return CasualtyRange.AtLeast(N(g["gt"]) + 1);
        }

        if (g["high"].Success)
        {
            return new CasualtyRange(null, bestAfter, N(g["high"]));
        }

        if (g["lt"].Success)
        {
            return CasualtyRange.AtMost(N(g["lt"]) - 1);
        }

        if (g["a"].Success)
        {
            return CasualtyRange.Between(N(g["a"]), N(g["b"]), bestAfter);
        }

        if (g["plus"].Success)
        {
            return CasualtyRange.AtLeast(N(g["plus"]));
        }

        if (g["exact"].Success)
        {
            return CasualtyRange.Exactly(N(g["exact"]));
        }

        return s_vague.TryGetValue(g["vague"].Value, out CasualtyRange vague) ? vague : default;
    }

    [GeneratedRegex(Grammar, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedGrammar();
}
