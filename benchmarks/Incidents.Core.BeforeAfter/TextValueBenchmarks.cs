using System.Text;
using BenchmarkDotNet.Attributes;

namespace Incidents.Core.BeforeAfter;

/// <summary>Every text value's parser (UTF-16 and UTF-8) and formatter, before and after a change: the generated
/// surface of issue [7] must cost nothing. Each benchmark runs one family over a mixed set of valid and invalid
/// texts, so that both paths count.</summary>
[MemoryDiagnoser]
public class TextValueBenchmarks
{
    private static readonly string[] s_ranges = ["39", "at least 11", "dozens", "~3,500", "10-15", "between 5 and 8", "10–15 (best 12)", "umpteen", "15-10"];
    private static readonly string[] s_dates = ["2022-01-20", "2022-01", "2022", "2022-02-30", "x"];
    private static readonly string[] s_times = ["~03:00", "03:00:30", "not before 22:00", "25:00", "x"];
    private static readonly string[] s_durations = ["~PT24H", "PT1H30M", "at least PT96H", "P1Y", "x"];
    private static readonly string[] s_coordinates = ["36.5024,40.7477", "-33.9,151.2", "91,0", "x"];
    private static readonly string[] s_codes = ["vbied", "VBIED", "car bomb", "armed-assault", "vehicle-ramming", "bad!"];
    private static readonly string[] s_other = ["B2", "G7", "SY", "ZZ", "is", "iraqi-army", "bad id"];

    private readonly byte[][] _rangesUtf8 = Utf8(s_ranges);
    private readonly byte[][] _datesUtf8 = Utf8(s_dates);
    private readonly byte[][] _codesUtf8 = Utf8(s_codes);
    private readonly char[] _buffer = new char[128];
    private readonly byte[] _utf8Buffer = new byte[128];
    private readonly CasualtyRange[] _rangeValues = [CasualtyRange.Exactly(39), CasualtyRange.AtLeast(11), CasualtyRange.Parse("10-15 (best 12)")];
    private readonly PartialDate[] _dateValues = [PartialDate.Parse("2022-01-20"), PartialDate.Parse("2022-01"), PartialDate.Parse("2022")];

    private static byte[][] Utf8(string[] texts) => [.. texts.Select(Encoding.UTF8.GetBytes)];

    [Benchmark(Description = "CasualtyRange.TryParse, UTF-16 and UTF-8")]
    public int CasualtyRanges()
    {
        int ok = 0;
        foreach (string text in s_ranges)
        {
            ok += CasualtyRange.TryParse(text.AsSpan(), out _) ? 1 : 0;
        }

        foreach (byte[] utf8 in _rangesUtf8)
        {
            ok += CasualtyRange.TryParse(utf8, out _) ? 1 : 0;
        }

        return ok;
    }

    [Benchmark(Description = "PartialDate, ApproximateTime, DurationEstimate, GeoCoordinate .TryParse")]
    public int DatesTimesPlaces()
    {
        int ok = 0;
        foreach (string text in s_dates)
        {
            ok += PartialDate.TryParse(text.AsSpan(), out _) ? 1 : 0;
        }

        foreach (byte[] utf8 in _datesUtf8)
        {
            ok += PartialDate.TryParse(utf8, out _) ? 1 : 0;
        }

        foreach (string text in s_times)
        {
            ok += ApproximateTime.TryParse(text.AsSpan(), out _) ? 1 : 0;
        }

        foreach (string text in s_durations)
        {
            ok += DurationEstimate.TryParse(text.AsSpan(), out _) ? 1 : 0;
        }

        foreach (string text in s_coordinates)
        {
            ok += GeoCoordinate.TryParse(text.AsSpan(), out _) ? 1 : 0;
        }

        return ok;
    }

    [Benchmark(Description = "AttackMethodKind, AdmiraltyRating, CountryCode, ActorId .TryParse")]
    public int CodesAndIds()
    {
        int ok = 0;
        foreach (string text in s_codes)
        {
            ok += AttackMethodKind.TryParse(text.AsSpan(), out _) ? 1 : 0;
        }

        foreach (byte[] utf8 in _codesUtf8)
        {
            ok += AttackMethodKind.TryParse(utf8, out _) ? 1 : 0;
        }

        foreach (string text in s_other)
        {
            ok += AdmiraltyRating.TryParse(text.AsSpan(), out _) ? 1 : 0;
            ok += CountryCode.TryParse(text.AsSpan(), out _) ? 1 : 0;
            ok += ActorId.TryParse(text.AsSpan(), out _) ? 1 : 0;
        }

        return ok;
    }

    [Benchmark(Description = "TryFormat (UTF-16 and UTF-8) of ranges and dates")]
    public int Format()
    {
        int total = 0;
        foreach (CasualtyRange value in _rangeValues)
        {
            value.TryFormat(_buffer, out int chars);
            value.TryFormat(_utf8Buffer, out int bytes);
            total += chars + bytes;
        }

        foreach (PartialDate value in _dateValues)
        {
            value.TryFormat(_buffer, out int chars);
            value.TryFormat(_utf8Buffer, out int bytes);
            total += chars + bytes;
        }

        return total;
    }
}
