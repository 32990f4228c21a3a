using System.Text;
using CsCheck;
using Incidents.Core.Parsing;
using Incidents.Core.Tests.Support;
using NodaTime;

namespace Incidents.Core.Tests.Parsing;

public class DateAndTimeParsingTests
{
    public static TheoryData<string, string> ValidDates => new()
    {
        { "2022", "2022" },
        { "2022-01", "2022-01" },
        { "2022-01-20", "2022-01-20" },
        { " 2022-01-20\t", "2022-01-20" },
        { "0001", "0001" },
        { "9999-12-31", "9999-12-31" },
        { "2024-02-29", "2024-02-29" },
    };

    public static TheoryData<string, ParseErrorKind, int> InvalidDates => new()
    {
        { "", ParseErrorKind.Empty, 0 },
        { "22", ParseErrorKind.UnexpectedEnd, 2 },
        { "0000", ParseErrorKind.OutOfRange, 0 },
        { "20222", ParseErrorKind.TrailingText, 4 },
        { "2022-1", ParseErrorKind.UnexpectedEnd, 6 },
        { "2022-13", ParseErrorKind.OutOfRange, 5 },
        { "2022-00", ParseErrorKind.OutOfRange, 5 },
        { "2022-02-30", ParseErrorKind.OutOfRange, 8 },
        { "2023-02-29", ParseErrorKind.OutOfRange, 8 },
        { "2022-01-20T03:00", ParseErrorKind.TrailingText, 10 },
        { "2022/01/20", ParseErrorKind.UnexpectedCharacter, 4 },
        { "-2022", ParseErrorKind.UnexpectedCharacter, 0 },
        { "２０２２", ParseErrorKind.UnexpectedCharacter, 0 },
        { "2022-01-2x", ParseErrorKind.UnexpectedCharacter, 9 },
    };

    public static TheoryData<string, int, int, int, Approximation> ValidTimes => new()
    {
        { "03:00", 3, 0, 0, Approximation.Exact },
        { "3:00", 3, 0, 0, Approximation.Exact },
        { "~03:00", 3, 0, 0, Approximation.Approximate },
        { "around 3 a.m.", 3, 0, 0, Approximation.Approximate },
        { "around 3 a.m. local time", 3, 0, 0, Approximation.Approximate },
        { "About 3AM", 3, 0, 0, Approximation.Approximate },
        { "approximately 3:30 pm", 15, 30, 0, Approximation.Approximate },
        { "12 a.m.", 0, 0, 0, Approximation.Exact },
        { "12 p.m.", 12, 0, 0, Approximation.Exact },
        { "noon", 12, 0, 0, Approximation.Exact },
        { "midnight", 0, 0, 0, Approximation.Exact },
        { "not before 23:59:07", 23, 59, 7, Approximation.AtLeast },
        { "after 22:00", 22, 0, 0, Approximation.AtLeast },
        { "not after 06:00", 6, 0, 0, Approximation.AtMost },
    };

    public static TheoryData<string, ParseErrorKind, int> InvalidTimes => new()
    {
        { "", ParseErrorKind.Empty, 0 },
        { "3", ParseErrorKind.UnexpectedEnd, 1 },
        { "24:00", ParseErrorKind.OutOfRange, 0 },
        { "03:60", ParseErrorKind.OutOfRange, 3 },
        { "03:5", ParseErrorKind.OutOfRange, 3 },
        { "03:00:61", ParseErrorKind.OutOfRange, 6 },
        { "13 p.m.", ParseErrorKind.OutOfRange, 0 },
        { "0 a.m.", ParseErrorKind.OutOfRange, 0 },
        { "03:00 GMT", ParseErrorKind.TrailingText, 5 },
        { "before dawn", ParseErrorKind.UnexpectedCharacter, 7 },
        { "03:00:00.1234567890", ParseErrorKind.OutOfRange, 9 },
        { "١٢:٠٠", ParseErrorKind.UnexpectedCharacter, 0 },
    };

    public static TheoryData<string, string> ValidDurations => new()
    {
        { "PT24H", "PT24H" },
        { "~PT24H", "~PT24H" },
        { "almost PT24H", "~PT24H" },
        { "at least P1DT2H", "at least PT26H" },
        { "up to pt45m", "at most PT45M" },
        { "PT1H30M", "PT1H30M" },
        { "PT0S", "PT0S" },
        { "PT1.5S", "PT1.5S" },
        { "P2D", "PT48H" },
        { "PT90M", "PT1H30M" },

        // in words, as reports give them (issue [8])
        { "some 13 hours", "~PT13H" },
        { "about 60 hours", "~PT60H" },
        { "four days", "PT96H" },
        { "one day", "PT24H" },
        { "at least two days and three hours", "at least PT51H" },
        { "2 days, 3 hours and 30 minutes", "PT51H30M" },
        { "ninety Minutes", "PT1H30M" },
        { "45 seconds", "PT45S" },
    };

    public static TheoryData<string, ParseErrorKind, int> InvalidDurations => new()
    {
        { "", ParseErrorKind.Empty, 0 },
        { "24H", ParseErrorKind.UnexpectedCharacter, 2 },
        { "four", ParseErrorKind.UnexpectedEnd, 4 },
        { "four weeks", ParseErrorKind.UnexpectedCharacter, 5 },
        { "three hours two days", ParseErrorKind.UnexpectedCharacter, 16 },
        { "three hours later", ParseErrorKind.TrailingText, 12 },
        { "P", ParseErrorKind.UnexpectedEnd, 1 },
        { "PT", ParseErrorKind.UnexpectedEnd, 2 },
        { "P1Y", ParseErrorKind.UnknownWord, 2 },
        { "P1M", ParseErrorKind.UnknownWord, 2 },
        { "P1W", ParseErrorKind.UnknownWord, 2 },
        { "PT1H2H", ParseErrorKind.UnexpectedCharacter, 5 },
        { "PT1M1H", ParseErrorKind.UnexpectedCharacter, 5 },
        { "PT1.5H", ParseErrorKind.UnexpectedCharacter, 5 },
        { "PT1X", ParseErrorKind.UnexpectedCharacter, 3 },
        { "PT9999999999999H", ParseErrorKind.Overflow, 2 },
        { "P999999999999D", ParseErrorKind.Overflow, 1 },
        { "-PT1H", ParseErrorKind.UnexpectedCharacter, 0 },
    };

    [Theory]
    [MemberData(nameof(ValidDates))]
    public void PartialDate_Parse_ValidText(string text, string canonical)
    {
        PartialDate expected = PartialDate.Parse(canonical);

        TextAssert.Parses(text, expected, PartialDate.ParseExact, PartialDate.ParseExact);
        TextAssert.Formats(expected).Should().Be(canonical);
    }

    [Theory]
    [MemberData(nameof(InvalidDates))]
    public void PartialDate_Parse_InvalidText(string text, ParseErrorKind kind, int position)
    {
        TextAssert.Fails<PartialDate>(text, kind, position, PartialDate.ParseExact, PartialDate.ParseExact);
    }

    [Theory]
    [MemberData(nameof(ValidTimes))]
    public void ApproximateTime_Parse_ValidText(string text, int hour, int minute, int second, Approximation approximation)
    {
        var expected = new ApproximateTime(new LocalTime(hour, minute, second), approximation);
        TextAssert.Parses(text, expected, ApproximateTime.ParseExact, ApproximateTime.ParseExact);
    }

    [Theory]
    [MemberData(nameof(InvalidTimes))]
    public void ApproximateTime_Parse_InvalidText(string text, ParseErrorKind kind, int position)
    {
        TextAssert.Fails<ApproximateTime>(text, kind, position, ApproximateTime.ParseExact, ApproximateTime.ParseExact);
    }

    [Fact]
    public void ApproximateTime_Parse_KeepsNanoseconds()
    {
        ApproximateTime.Parse("01:02:03.000000007").Time.Should().Be(LocalTime.FromHourMinuteSecondNanosecond(1, 2, 3, 7));
        ApproximateTime.Parse("01:02:03.5").Time.Should().Be(LocalTime.FromHourMinuteSecondMillisecondTick(1, 2, 3, 500, 0));
    }

    [Theory]
    [MemberData(nameof(ValidDurations))]
    public void DurationEstimate_Parse_ValidText(string text, string canonical)
    {
        DurationEstimate parsed = DurationEstimate.Parse(text);

        TextAssert.Parses(text, parsed, DurationEstimate.ParseExact, DurationEstimate.ParseExact);
        TextAssert.Formats(parsed).Should().Be(canonical);
        DurationEstimate.Parse(canonical).Should().Be(parsed);
    }

    [Theory]
    [MemberData(nameof(InvalidDurations))]
    public void DurationEstimate_Parse_InvalidText(string text, ParseErrorKind kind, int position)
    {
        TextAssert.Fails<DurationEstimate>(text, kind, position, DurationEstimate.ParseExact, DurationEstimate.ParseExact);
    }

    [Fact]
    public void DurationEstimate_Parse_SeedPhrase()
    {
        DurationEstimate.Parse("almost PT24H").Should().Be(new DurationEstimate(Duration.FromHours(24), Approximation.Approximate));
    }

    [Fact]
    public void Property_PartialDate_FormatThenParse_RoundTrips()
    {
        Generators.PartialDate.Sample(date =>
        {
            string text = date.ToString();
            return PartialDate.Parse(text) == date && PartialDate.Parse(Encoding.UTF8.GetBytes(text)) == date;
        });
    }

    [Fact]
    public void Property_ApproximateTime_FormatThenParse_RoundTrips()
    {
        Generators.ApproximateTime.Sample(time => ApproximateTime.Parse(time.ToString()) == time && ApproximateTime.Parse(Encoding.UTF8.GetBytes(time.ToString())) == time);
    }

    [Fact]
    public void Property_DurationEstimate_FormatThenParse_RoundTrips()
    {
        Generators.DurationEstimate.Sample(duration => DurationEstimate.Parse(duration.ToString()) == duration);
    }

    [Fact]
    public void Property_Utf16AndUtf8Agree_AndNeverThrow()
    {
        Gen.String.Sample(text =>
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            bool dates = PartialDate.TryParse(text, out PartialDate d16) == PartialDate.TryParse(utf8, out PartialDate d8) && d16 == d8;
            bool times = ApproximateTime.TryParse(text, out ApproximateTime t16) == ApproximateTime.TryParse(utf8, out ApproximateTime t8) && t16 == t8;
            bool durations = DurationEstimate.TryParse(text, out DurationEstimate u16) == DurationEstimate.TryParse(utf8, out DurationEstimate u8) && u16 == u8;
            return dates && times && durations;
        });
        Gen.Byte.Array[0, 40].Sample(bytes =>
            (PartialDate.TryParse(bytes, out _) | ApproximateTime.TryParse(bytes, out _) | DurationEstimate.TryParse(bytes, out _)) || true);
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void Parse_UnderAnyCulture_IsInvariant(string culture)
    {
        using var scope = new CultureScope(culture);

        PartialDate.Parse("2022-01-20").Should().Be(new PartialDate(2022, 1, 20));
        ApproximateTime.Parse("AROUND 3 A.M.").Should().Be(ApproximateTime.Around(3));
        ApproximateTime.Parse("not before 15:30").ToString().Should().Be("not before 15:30");
        DurationEstimate.Parse("PT1.5S").ToString().Should().Be("PT1.5S");
    }
}
