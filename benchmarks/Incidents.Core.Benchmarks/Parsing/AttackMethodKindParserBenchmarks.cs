using BenchmarkDotNet.Attributes;

namespace Incidents.Core.Benchmarks.Parsing;

/// <summary>
/// Looking up attack-method codes and synonyms ("VBIED", "car bomb", "Armed Assault") against what a user would write:
/// a <c>Dictionary&lt;string, AttackMethodKind&gt;</c> keyed by upper-case text, looked up after
/// <c>ToUpperInvariant()</c> (the baseline).
/// </summary>
[MemoryDiagnoser]
public class AttackMethodKindParserBenchmarks
{
    private Dictionary<string, AttackMethodKind> _byUpperCase = [];
    private string[] _texts = [];
    private byte[][] _utf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkInputs.AttackMethods;
        _utf8 = BenchmarkInputs.ToUtf8(_texts);
        _byUpperCase = new Dictionary<string, AttackMethodKind>(StringComparer.Ordinal);
        foreach (AttackMethodKind kind in AttackMethodKind.WellKnown)
        {
            _byUpperCase[kind.Code.ToUpperInvariant()] = kind;
        }

        foreach ((string synonym, AttackMethodKind kind) in new[]
        {
            ("CAR BOMB", AttackMethodKind.VehicleBorneIed), ("ROADSIDE BOMB", AttackMethodKind.Ied), ("SUICIDE VEST", AttackMethodKind.PersonBorneIed),
            ("AIRSTRIKE", AttackMethodKind.AirStrike), ("MORTARS", AttackMethodKind.IndirectFire), ("ARMED ASSAULT", AttackMethodKind.ArmedAssault),
        })
        {
            _byUpperCase[synonym] = kind;
        }

        foreach (string text in _texts)
        {
            if (_byUpperCase[text.ToUpperInvariant()] != AttackMethodKind.Parse(text))
            {
                throw new InvalidOperationException($"The dictionary baseline disagrees with the parser on '{text}'.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkInputs.Count)]
    public int DictionaryWithToUpperInvariant()
    {
        int found = 0;
        foreach (string text in _texts)
        {
            found += _byUpperCase.TryGetValue(text.ToUpperInvariant(), out AttackMethodKind kind) ? kind.Code.Length : -1;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    public int Incidents_Utf16()
    {
        int found = 0;
        foreach (string text in _texts)
        {
            found += AttackMethodKind.TryParse(text.AsSpan(), out AttackMethodKind kind) ? kind.Code.Length : -1;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    public int Incidents_Utf8()
    {
        int found = 0;
        foreach (byte[] utf8 in _utf8)
        {
            found += AttackMethodKind.TryParse(utf8, out AttackMethodKind kind) ? kind.Code.Length : -1;
        }

        return found;
    }
}
