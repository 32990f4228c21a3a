using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Incidents.Core.Benchmarks.Parsing;

/// <summary>
/// Identifiers and country codes. An <see cref="IncidentId"/> from a UTF-8 payload against a <c>Regex</c> check of the
/// decoded string (the baseline: what a user would write to validate the syntax); a <see cref="CountryCode"/> against a
/// <c>HashSet</c> of the assigned codes after <c>ToUpperInvariant()</c> (the baseline). Parsing an identifier from
/// UTF-8 allocates its string by design (the value holds it); parsing one from a <see cref="string"/> keeps the caller's
/// instance.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public partial class IdentifierParserBenchmarks
{
    private string[] _ids = [];
    private byte[][] _idsUtf8 = [];
    private string[] _countries = [];
    private HashSet<string> _assigned = [];

    [GlobalSetup]
    public void Setup()
    {
        _ids = BenchmarkInputs.Identifiers;
        _idsUtf8 = BenchmarkInputs.ToUtf8(_ids);
        _countries = BenchmarkInputs.Countries;
        _assigned = new HashSet<string>(StringComparer.Ordinal);
        for (char a = 'A'; a <= 'Z'; a++)
        {
            for (char b = 'A'; b <= 'Z'; b++)
            {
                string code = new([a, b]);
                if (CountryCode.IsAssigned(code))
                {
                    _assigned.Add(code);
                }
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("IncidentId")]
    public int Id_DecodeAndRegex()
    {
        int length = 0;
        foreach (byte[] utf8 in _idsUtf8)
        {
            string text = System.Text.Encoding.UTF8.GetString(utf8);
            length += IdPattern().IsMatch(text) ? text.Length : -1;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("IncidentId")]
    public int Id_Incidents_Utf8()
    {
        int length = 0;
        foreach (byte[] utf8 in _idsUtf8)
        {
            length += IncidentId.TryParse(utf8, out IncidentId id) ? id.Value.Length : -1;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("IncidentId")]
    public int Id_Incidents_String()
    {
        int length = 0;
        foreach (string text in _ids)
        {
            length += IncidentId.TryParse(text, out IncidentId id) ? id.Value.Length : -1;
        }

        return length;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("CountryCode")]
    public int Country_HashSetWithToUpperInvariant()
    {
        int found = 0;
        foreach (string text in _countries)
        {
            found += _assigned.Contains(text.ToUpperInvariant()) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    [BenchmarkCategory("CountryCode")]
    public int Country_Incidents_Utf16()
    {
        int found = 0;
        foreach (string text in _countries)
        {
            found += CountryCode.TryParse(text.AsSpan(), out _) ? 1 : 0;
        }

        return found;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")]
    private static partial Regex IdPattern();
}
