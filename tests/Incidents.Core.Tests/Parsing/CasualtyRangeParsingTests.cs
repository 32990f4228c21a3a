using System.Text;
using CsCheck;
using Incidents.Core.Parsing;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Parsing;

public class CasualtyRangeParsingTests
{
    public static TheoryData<string, int?, int?, int?> Valid => new()
    {
        // exact counts and thousands separators
        { "39", 39, 39, 39 },
        { "  11  ", 11, 11, 11 },
        { "0", 0, 0, 0 },
        { "007", 7, 7, 7 },
        { "2147483647", int.MaxValue, int.MaxValue, int.MaxValue },
        { "3,500", 3500, 3500, 3500 },
        { "3 500", 3500, 3500, 3500 },
        { "3\u00A0500", 3500, 3500, 3500 },
        { "3\u202F500", 3500, 3500, 3500 },
        { "3.500", 3500, 3500, 3500 },
        { "3'500", 3500, 3500, 3500 },
        { "1,234,567", 1234567, 1234567, 1234567 },
        { "2,147,483,647", int.MaxValue, int.MaxValue, int.MaxValue },

        // counts in words (issue [8]: reports spell numbers out)
        { "three", 3, 3, 3 },
        { "Eleven", 11, 11, 11 },
        { "twenty-five", 25, 25, 25 },
        { "twenty five", 25, 25, 25 },
        { "zero", 0, 0, 0 },
        { "one hundred", 100, 100, 100 },
        { "two hundred and fifty", 250, 250, 250 },
        { "three thousand five hundred", 3500, 3500, 3500 },
        { "two hundred thousand", 200000, 200000, 200000 },
        { "one million", 1000000, 1000000, 1000000 },
        { "at least eleven", 11, null, null },
        { "some thirteen", null, 13, null },
        { "up to about 1,000", null, null, 1000 },
        { "more than about forty", 41, null, null },
        { "between ten and fifteen", 10, null, 15 },
        { "ten to fifteen", 10, null, 15 },
        { "in the twenties", 20, null, 29 },
        { "In The Teens", 13, null, 19 },

        // approximations
        { "~3,500", null, 3500, null },
        { "~ 3500", null, 3500, null },
        { "about 40", null, 40, null },
        { "Around 40", null, 40, null },
        { "APPROXIMATELY 40", null, 40, null },
        { "approx. 40", null, 40, null },
        { "roughly 40", null, 40, null },
        { "circa 40", null, 40, null },
        { "c. 40", null, 40, null },
        { "some 40", null, 40, null },
        { "an estimated 3,500", null, 3500, null },
        { "estimated 3500", null, 3500, null },
        { "nearly 100", null, 100, null },
        { "almost 24", null, 24, null },

        // lower bounds
        { "at least 11", 11, null, null },
        { "At  Least\t11", 11, null, null },
        { "no fewer than 11", 11, null, null },
        { "no less than 11", 11, null, null },
        { "not less than 11", 11, null, null },
        { "a minimum of 11", 11, null, null },
        { "11+", 11, null, null },
        { "more than 100", 101, null, null },
        { "over 100", 101, null, null },
        { "above 100", 101, null, null },
        { "in excess of 100", 101, null, null },
        { "upwards of 100", 101, null, null },

        // upper bounds
        { "at most 20", null, null, 20 },
        { "up to 20", null, null, 20 },
        { "no more than 20", null, null, 20 },
        { "not more than 20", null, null, 20 },
        { "a maximum of 20", null, null, 20 },
        { "as many as 20", null, null, 20 },
        { "fewer than 5", null, null, 4 },
        { "less than 5", null, null, 4 },
        { "under 5", null, null, 4 },
        { "below 1", null, null, 0 },

        // ranges
        { "10-15", 10, null, 15 },
        { "10 - 15", 10, null, 15 },
        { "10–15", 10, null, 15 },
        { "10 — 15", 10, null, 15 },
        { "10 to 15", 10, null, 15 },
        { "between 10 and 15", 10, null, 15 },
        { "Between 1,000 and 2,000", 1000, null, 2000 },
        { "from 10 to 15", 10, null, 15 },
        { "7-7", 7, null, 7 },

        // best estimates after bounds (the canonical form)
        { "10-15 (best 12)", 10, 12, 15 },
        { "10-15(best 12)", 10, 12, 15 },
        { "10-15 ( best 12 )", 10, 12, 15 },
        { "at least 10 (best 12)", 10, 12, null },
        { "at most 15 (best 12)", null, 12, 15 },
        { "39-45 (best 39)", 39, 39, 45 },

        // vague quantifiers (the default table)
        { "a few", 2, null, 5 },
        { "several", 3, null, 9 },
        { "a number of", 2, null, null },
        { "A  Number  Of", 2, null, null },
        { "dozens", 24, null, 99 },
        { "dozens of", 24, null, 99 },
        { "scores", 40, null, 199 },
        { "hundreds", 200, null, 999 },
        { "thousands", 2000, null, null },
        { "a dozen", null, 12, null },
        { "some", 1, null, null },
        { "none", 0, 0, 0 },
    };

    public static TheoryData<string, ParseErrorKind, int> Invalid => new()
    {
        { "", ParseErrorKind.Empty, 0 },
        { "   ", ParseErrorKind.Empty, 3 },
        { "-5", ParseErrorKind.UnexpectedCharacter, 0 },
        { "+5", ParseErrorKind.UnexpectedCharacter, 0 },
        { "2147483648", ParseErrorKind.Overflow, 0 },
        { "99999999999999999999", ParseErrorKind.Overflow, 0 },
        { "2,147,483,648", ParseErrorKind.Overflow, 0 },
        { "at least 2147483648", ParseErrorKind.Overflow, 9 },
        { "more than 2147483647", ParseErrorKind.Overflow, 10 },
        { "fewer than 0", ParseErrorKind.OutOfRange, 11 },
        { "15-10", ParseErrorKind.BoundsOutOfOrder, 3 },
        { "between 15 and 10", ParseErrorKind.BoundsOutOfOrder, 15 },
        { "10-15 (best 16)", ParseErrorKind.BoundsOutOfOrder, 12 },
        { "at least 10 (best 9)", ParseErrorKind.BoundsOutOfOrder, 18 },
        { "umpteen", ParseErrorKind.UnknownWord, 0 },
        { "many dozens", ParseErrorKind.UnknownWord, 0 },
        { "39 killed", ParseErrorKind.TrailingText, 3 },
        { "39 (best 39)", ParseErrorKind.TrailingText, 3 },
        { "~39 (best 39)", ParseErrorKind.TrailingText, 4 },
        { "3.5", ParseErrorKind.TrailingText, 1 },
        { "1,234.567", ParseErrorKind.TrailingText, 5 },
        { "3,50", ParseErrorKind.TrailingText, 1 },
        { "10-", ParseErrorKind.UnexpectedEnd, 3 },
        { "between 10", ParseErrorKind.UnexpectedEnd, 10 },
        { "between 10 or 15", ParseErrorKind.UnexpectedCharacter, 11 },
        { "10-15 (worst 12)", ParseErrorKind.UnexpectedCharacter, 7 },
        { "10-15 (best 12", ParseErrorKind.UnexpectedEnd, 14 },
        { "at least", ParseErrorKind.UnknownWord, 0 },
        { "eleven hundred", ParseErrorKind.TrailingText, 7 },
        { "five four", ParseErrorKind.TrailingText, 5 },
        { "twenty-something", ParseErrorKind.UnexpectedCharacter, 7 },
        { "at least elevenish", ParseErrorKind.UnknownWord, 0 },
        { "hundred", ParseErrorKind.UnknownWord, 0 },
        { "three billion", ParseErrorKind.TrailingText, 6 },
        { "٣٩", ParseErrorKind.UnexpectedCharacter, 0 },
        { "39\uD800", ParseErrorKind.InvalidEncoding, 2 },
        { "\uDC00", ParseErrorKind.InvalidEncoding, 0 },
        { "tenn", ParseErrorKind.UnknownWord, 0 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_ValidText_GivesRange(string text, int? low, int? best, int? high)
    {
        TextAssert.Parses(text, new CasualtyRange(low, best, high), CasualtyRange.ParseExact, CasualtyRange.ParseExact);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_InvalidText_FailsWithKindAndPosition(string text, ParseErrorKind kind, int position)
    {
        TextAssert.Fails<CasualtyRange>(text, kind, position, CasualtyRange.ParseExact, CasualtyRange.ParseExact);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Action act = () => CasualtyRange.Parse((string)null!);

        act.Should().Throw<ArgumentNullException>();
        CasualtyRange.TryParse((string?)null, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_FormatException_NamesTheTextThePositionAndWhatWasExpected()
    {
        Action act = () => CasualtyRange.Parse("at least 11 or so");

        act.Should().Throw<FormatException>()
            .WithMessage("Cannot parse 'at least 11 or so' as CasualtyRange: TrailingText at position 12: expected the end of the casualty text.");
    }

    [Theory]
    [InlineData(new byte[] { 0x33, 0x39, 0xFF }, 2)]
    [InlineData(new byte[] { 0xC0, 0xAF }, 0)]
    [InlineData(new byte[] { 0x31, 0x30, 0xE2, 0x80 }, 2)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 0)]
    public void TryParse_InvalidUtf8_FailsWithInvalidEncoding(byte[] utf8, int position)
    {
        CasualtyRange.TryParse(utf8, out CasualtyRange result, out ParseError error).Should().BeFalse();

        result.Should().Be(default(CasualtyRange));
        error.Kind.Should().Be(ParseErrorKind.InvalidEncoding);
        error.Position.Should().Be(position);
    }

    [Fact]
    public void Parse_DashesInUtf8_AreReadAsRanges()
    {
        CasualtyRange.Parse("10\u201315"u8).Should().Be(CasualtyRange.Between(10, 15));
        CasualtyRange.Parse("10\u201415"u8).Should().Be(CasualtyRange.Between(10, 15));
    }

    [Fact]
    public void Parse_SeedPhrases_GiveTheSeedRanges()
    {
        CasualtyRange.Parse("39").Should().Be(CasualtyRange.Exactly(39));
        CasualtyRange.Parse("estimated 3,500").Should().Be(CasualtyRange.Approximately(3500));
        CasualtyRange.Parse("dozens").Should().Be(CasualtyRange.Between(24, 99));
        CasualtyRange.Parse("a number of").Should().Be(CasualtyRange.AtLeast(2));
        CasualtyRange.Parse("89").Should().Be(CasualtyRange.Exactly(89));
    }

    [Fact]
    public void TryParse_CustomTable_ExtendsAndOverridesTheDefault()
    {
        VagueQuantifierTable acled = VagueQuantifierTable.Default
            .With("Dozens", CasualtyRange.Exactly(12))
            .With("a good  many", CasualtyRange.AtLeast(20))
            .Without("some");

        CasualtyRange.TryParse("dozens of", acled, out CasualtyRange dozens, out _).Should().BeTrue();
        dozens.Should().Be(CasualtyRange.Exactly(12));
        CasualtyRange.TryParse("A GOOD MANY"u8, acled, out CasualtyRange many, out _).Should().BeTrue();
        many.Should().Be(CasualtyRange.AtLeast(20));
        CasualtyRange.TryParse("some", acled, out _, out ParseError error).Should().BeFalse();
        error.Kind.Should().Be(ParseErrorKind.UnknownWord);
        CasualtyRange.Parse("some 40".AsSpan(), acled).Should().Be(CasualtyRange.Approximately(40));

        CasualtyRange.Parse("dozens").Should().Be(CasualtyRange.Between(24, 99), "the default table is unchanged");
        VagueQuantifierTable.Default.Entries.Should().ContainKey("some");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("dozens2")]
    [InlineData("a-few")]
    public void VagueQuantifierTable_With_InvalidPhrase_ThrowsArgumentException(string phrase)
    {
        Action act = () => VagueQuantifierTable.Default.With(phrase, CasualtyRange.Exactly(1));

        act.Should().Throw<ArgumentException>().WithParameterName("phrase");
    }

    [Fact]
    public void VagueQuantifierTable_TryGetRange_NormalisesCaseSpacesAndOf()
    {
        VagueQuantifierTable.Default.TryGetRange("  SEVERAL  ", out CasualtyRange several).Should().BeTrue();
        several.Should().Be(CasualtyRange.Between(3, 9));
        VagueQuantifierTable.Default.TryGetRange("hundreds  of", out _).Should().BeTrue();
        VagueQuantifierTable.Default.TryGetRange("of", out _).Should().BeFalse();
        VagueQuantifierTable.Default.TryGetRange(new string('a', 200), out _).Should().BeFalse();
    }

    [Fact]
    public void TryParse_NullTable_ThrowsArgumentNullException()
    {
        Action act = () => CasualtyRange.TryParse("39", null!, out _, out _);

        act.Should().Throw<ArgumentNullException>().WithParameterName("quantifiers");
    }

    [Theory]
    [InlineData(39, 39, 39, "39")]
    [InlineData(null, 3500, null, "~3500")]
    [InlineData(11, null, null, "at least 11")]
    [InlineData(null, null, 20, "at most 20")]
    [InlineData(10, null, 15, "10-15")]
    [InlineData(10, 12, 15, "10-15 (best 12)")]
    [InlineData(10, 12, null, "at least 10 (best 12)")]
    [InlineData(null, 12, 15, "at most 15 (best 12)")]
    [InlineData(int.MaxValue, int.MaxValue, int.MaxValue, "2147483647")]
    public void Format_IsCanonicalThroughEveryEntryPoint(int? low, int? best, int? high, string expected)
    {
        TextAssert.Formats(new CasualtyRange(low, best, high)).Should().Be(expected);
    }

    [Fact]
    public void Format_UnsupportedFormat_ThrowsFormatException()
    {
        Action act = () => CasualtyRange.Exactly(1).ToString("N0", null);

        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void Property_FormatThenParse_RoundTrips()
    {
        Generators.CasualtyRange.Sample(range =>
        {
            string text = range.ToString();
            return CasualtyRange.Parse(text) == range && CasualtyRange.Parse(Encoding.UTF8.GetBytes(text)) == range;
        });
    }

    [Fact]
    public void Property_Utf16AndUtf8Agree_OnRandomStrings()
    {
        Generators.CasualtyText.Sample(text =>
        {
            bool ok16 = CasualtyRange.TryParse(text.AsSpan(), out CasualtyRange value16, out ParseError error16);
            bool ok8 = CasualtyRange.TryParse(Encoding.UTF8.GetBytes(text), out CasualtyRange value8, out ParseError error8);
            bool ascii = Ascii.IsValid(text);
            return ok16 == ok8 && value16 == value8 && (ok16 || error16.Kind == error8.Kind || !ascii) && (!ascii || ok16 || error16.Position == error8.Position);
        });
    }

    [Fact]
    public void Property_TryParse_NeverThrows_OnRandomStringsAndBytes()
    {
        Gen.String.Sample(text => CasualtyRange.TryParse(text, out _) | true);
        Gen.Byte.Array[0, 64].Sample(bytes => CasualtyRange.TryParse(bytes, out _, out _) | true);
        Generators.CasualtyText.Sample(text => CasualtyRange.TryParse(text, out _) | true);
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void Parse_UnderAnyCulture_IsInvariant(string culture)
    {
        using var scope = new CultureScope(culture);

        CasualtyRange.Parse("BETWEEN 1,000 AND 2,000").Should().Be(CasualtyRange.Between(1000, 2000));
        CasualtyRange.Parse("at least 11").ToString().Should().Be("at least 11");
        CasualtyRange.Parse("DOZENS").Should().Be(CasualtyRange.Between(24, 99));
        CasualtyRange.Parse("3.500").Should().Be(CasualtyRange.Exactly(3500));
    }
}
