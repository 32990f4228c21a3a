using System.Text;
using Incidents.Core.Parsing;
using Incidents.Core.Tests.Support;
using Incidents.Core.Utility;
using NodaTime;

namespace Incidents.Core.Tests.Parsing;

/// <summary>Boundaries that mutation testing (Stryker.NET) showed were not pinned by the other tests.</summary>
public class EdgeCaseTests
{
    public static TheoryData<string, int?, int?, int?> ValidRanges => new()
    {
        { "100,000", 100000, 100000, 100000 },
        { "999 999", 999999, 999999, 999999 },
        { "39\u00A0", 39, 39, 39 },
        { "39\u202F", 39, 39, 39 },
        { "\u00A039", 39, 39, 39 },
    };

    public static TheoryData<string, ParseErrorKind, int> InvalidRanges => new()
    {
        { "~99999999999", ParseErrorKind.Overflow, 1 },
        { "at least 99999999999", ParseErrorKind.Overflow, 9 },
        { "up to 99999999999", ParseErrorKind.Overflow, 6 },
        { "fewer than 99999999999", ParseErrorKind.Overflow, 11 },
        { "between 99999999999 and 5", ParseErrorKind.Overflow, 8 },
        { "between 5 and 99999999999", ParseErrorKind.Overflow, 14 },
        { "from 5 to 99999999999", ParseErrorKind.Overflow, 10 },
        { "5-99999999999", ParseErrorKind.Overflow, 2 },
        { "10-15 (best 99999999999)", ParseErrorKind.Overflow, 12 },
        { "1,000,000,000,000", ParseErrorKind.Overflow, 0 },
        { "3\t500", ParseErrorKind.TrailingText, 2 },
        { "39😀", ParseErrorKind.TrailingText, 2 },
        { "between 10and 15", ParseErrorKind.UnexpectedCharacter, 10 },
    };

    [Theory]
    [MemberData(nameof(ValidRanges))]
    public void CasualtyRange_Parse_Boundaries(string text, int? low, int? best, int? high)
    {
        TextAssert.Parses(text, new CasualtyRange(low, best, high), CasualtyRange.ParseExact, CasualtyRange.ParseExact);
    }

    [Theory]
    [MemberData(nameof(InvalidRanges))]
    public void CasualtyRange_Parse_BoundaryFailures(string text, ParseErrorKind kind, int position)
    {
        TextAssert.Fails<CasualtyRange>(text, kind, position, CasualtyRange.ParseExact, CasualtyRange.ParseExact);
    }

    [Theory]
    [InlineData("23:59:59", 23, 59, 59)]
    [InlineData("1 a.m.", 1, 0, 0)]
    [InlineData("12:59 pm", 12, 59, 0)]
    [InlineData("11:59 p.m. local time", 23, 59, 0)]
    public void ApproximateTime_Parse_Boundaries(string text, int hour, int minute, int second)
    {
        TextAssert.Parses(text, new ApproximateTime(new LocalTime(hour, minute, second)), ApproximateTime.ParseExact, ApproximateTime.ParseExact);
    }

    [Theory]
    [InlineData("123:00", ParseErrorKind.OutOfRange, 0)]
    [InlineData("03:00local time", ParseErrorKind.TrailingText, 5)]
    [InlineData("about03:00", ParseErrorKind.UnexpectedCharacter, 0)]
    [InlineData("03:", ParseErrorKind.UnexpectedEnd, 3)]
    [InlineData("03:00:", ParseErrorKind.UnexpectedEnd, 6)]
    [InlineData("03:00:00.", ParseErrorKind.UnexpectedEnd, 9)]
    [InlineData("3:00:30 am", ParseErrorKind.OutOfRange, 0)]
    public void ApproximateTime_Parse_BoundaryFailures(string text, ParseErrorKind kind, int position)
    {
        TextAssert.Fails<ApproximateTime>(text, kind, position, ApproximateTime.ParseExact, ApproximateTime.ParseExact);
    }

    [Fact]
    public void PartialDate_Operators_AreStrictOrNotOnEqualValues()
    {
        var a = new PartialDate(2022, 1);
        var same = new PartialDate(2022, 1);

        (a < same).Should().BeFalse();
        (a > same).Should().BeFalse();
        (a <= same).Should().BeTrue();
        (a >= same).Should().BeTrue();
        (a >= new PartialDate(2022)).Should().BeFalse();
    }

    [Fact]
    public void PartialDate_Contains_IncludesBothEnds()
    {
        var month = new PartialDate(2022, 2);

        month.Contains(new LocalDate(2022, 2, 1)).Should().BeTrue();
        month.Contains(new LocalDate(2022, 2, 28)).Should().BeTrue();
        month.Contains(new LocalDate(2022, 1, 31)).Should().BeFalse();
        month.Contains(new LocalDate(2022, 3, 1)).Should().BeFalse();
    }

    [Fact]
    public void CasualtyRange_Sum_FallbackPastIntMaxValue_ThrowsOverflowException()
    {
        Action act = () => CasualtyRange.Sum([CasualtyRange.AtLeast(int.MaxValue), CasualtyRange.AtMost(1), CasualtyRange.AtLeast(1)]);

        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void ParseError_InvalidEncoding_NamesTheEncoding()
    {
        CasualtyRange.TryParse(new byte[] { 0xFF }, out _, out ParseError utf8).Should().BeFalse();
        CasualtyRange.TryParse("\uD800".AsSpan(), out _, out ParseError utf16).Should().BeFalse();

        utf8.Expected.Should().Be("well-formed UTF-8");
        utf16.Expected.Should().Be("well-formed UTF-16");
    }

    [Fact]
    public void CodeTable_DuplicateKey_IsRejectedWhenBuilt()
    {
        Action act = () => _ = new CodeTable<AttackMethodKind>(
            [AttackMethodKind.Raid], static k => k.Code, static c => new AttackMethodKind(c), "a code", ("raid", AttackMethodKind.Raid));

        act.Should().Throw<InvalidOperationException>().WithMessage("*'raid' twice*");
    }

    [Fact]
    public void Codes_SeparatorsAtTheEdgesOrDoubled_AreNormalisedByTheExactPath()
    {
        AttackMethodKind.Parse("-raid-").Should().Be(AttackMethodKind.Raid);
        AttackMethodKind.Parse("car  bomb").Should().Be(AttackMethodKind.VehicleBorneIed);
        AttackMethodKind.Parse("car_-_bomb"u8).Should().Be(AttackMethodKind.VehicleBorneIed);
        AttackMethodKind.Parse("CAR\u00A0BOMB").Should().Be(AttackMethodKind.VehicleBorneIed);
        AttackMethodKind.Parse("Z9").Code.Should().Be("z9");
        AttackMethodKind.Parse("9").Code.Should().Be("9");
        AttackMethodKind.Parse(Encoding.UTF8.GetBytes(new string('q', 64))).Code.Should().HaveLength(64);
    }
}
