using System.Globalization;
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
    public int CasualtyRanges() => Parse<CasualtyRange>(s_ranges) + Parse<CasualtyRange>(_rangesUtf8);

    [Benchmark(Description = "PartialDate, ApproximateTime, DurationEstimate, GeoCoordinate .TryParse")]
    public int DatesTimesPlaces() =>
        Parse<PartialDate>(s_dates) + Parse<PartialDate>(_datesUtf8) + Parse<ApproximateTime>(s_times) + Parse<DurationEstimate>(s_durations)
        + Parse<GeoCoordinate>(s_coordinates);

    [Benchmark(Description = "AttackMethodKind, AdmiraltyRating, CountryCode, ActorId .TryParse")]
    public int CodesAndIds() =>
        Parse<AttackMethodKind>(s_codes) + Parse<AttackMethodKind>(_codesUtf8) + Parse<AdmiraltyRating>(s_other) + Parse<CountryCode>(s_other)
        + Parse<ActorId>(s_other);

    /// <summary>Parses each text through the BCL interface the generated surface implements (a constrained call:
    /// no boxing, no delegate).</summary>
    private static int Parse<T>(string[] texts)
        where T : ISpanParsable<T>
    {
        int ok = 0;
        foreach (string text in texts)
        {
            ok += T.TryParse(text.AsSpan(), CultureInfo.InvariantCulture, out _) ? 1 : 0;
        }

        return ok;
    }

    private static int Parse<T>(byte[][] texts)
        where T : IUtf8SpanParsable<T>
    {
        int ok = 0;
        foreach (byte[] text in texts)
        {
            ok += T.TryParse(text, CultureInfo.InvariantCulture, out _) ? 1 : 0;
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
