using System.Text;
using Incidents.Core.Parsing;

namespace Incidents.Core.Tests.Parsing;

/// <summary>Absurdly long inputs fail cleanly, with the right kind, in every parser and both encodings.</summary>
public class HostileInputTests
{
    private const int Megabyte = 1 << 20;

    public static TheoryData<string, string> LongTexts => new()
    {
        { "digits", new string('9', Megabyte) },
        { "spaces", new string(' ', Megabyte) },
        { "letters", new string('a', Megabyte) },
        { "separators", string.Concat(Enumerable.Repeat("1,000", Megabyte / 5)) },
        { "dashes", new string('-', Megabyte) },
    };

    [Theory]
    [MemberData(nameof(LongTexts))]
    public void TryParse_MegabyteInput_FailsWithoutThrowing(string shape, string text)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);

        AssertFails<CasualtyRange>(shape, CasualtyRange.ParseExact(text), CasualtyRange.ParseExact(utf8));
        AssertFails<PartialDate>(shape, PartialDate.ParseExact(text), PartialDate.ParseExact(utf8));
        AssertFails<ApproximateTime>(shape, ApproximateTime.ParseExact(text), ApproximateTime.ParseExact(utf8));
        AssertFails<DurationEstimate>(shape, DurationEstimate.ParseExact(text), DurationEstimate.ParseExact(utf8));
        AssertFails<GeoCoordinate>(shape, GeoCoordinate.ParseExact(text), GeoCoordinate.ParseExact(utf8));
        AssertFails<AttackMethodKind>(shape, AttackMethodKind.ParseExact(text), AttackMethodKind.ParseExact(utf8));
        AssertFails<IncidentId>(shape, IncidentId.ParseExact(text), IncidentId.ParseExact(utf8));
        AssertFails<CountryCode>(shape, CountryCode.ParseExact(text), CountryCode.ParseExact(utf8));
        AssertFails<AdmiraltyRating>(shape, AdmiraltyRating.ParseExact(text), AdmiraltyRating.ParseExact(utf8));
        AssertFails<SchemaVersion>(shape, SchemaVersion.ParseExact(text), SchemaVersion.ParseExact(utf8));
    }

    [Fact]
    public void CasualtyRange_MegabyteOfDigits_IsOverflowAtTheStart()
    {
        CasualtyRange.ParseExact(new string('9', Megabyte)).Error.Should().Be(
            new ParseError(ParseErrorKind.Overflow, 0, "a count no greater than 2147483647"));
    }

    [Fact]
    public void CasualtyRange_MegabyteOfSpaces_IsEmpty()
    {
        CasualtyRange.ParseExact(new string(' ', Megabyte)).Error.Kind.Should().Be(ParseErrorKind.Empty);
    }

    private static void AssertFails<T>(string shape, ParseResult<T> utf16, ParseResult<T> utf8)
        where T : struct, IEquatable<T>
    {
        utf16.Success.Should().BeFalse("a megabyte of {0} is not a {1}", shape, typeof(T).Name);
        utf8.Success.Should().BeFalse("a megabyte of {0} is not a {1}", shape, typeof(T).Name);
        utf16.Error.Kind.Should().Be(utf8.Error.Kind, "both encodings agree for {0} as {1}", shape, typeof(T).Name);
        Enum.IsDefined(utf16.Error.Kind).Should().BeTrue();
    }
}
