using System.Text;
using CsCheck;
using Incidents.Core.Parsing;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Parsing;

public class GeoCoordinateParsingTests
{
    public static TheoryData<string, double, double> Valid => new()
    {
        { "36.5024,40.7477", 36.5024, 40.7477 },
        { "36.5024, 40.7477", 36.5024, 40.7477 },
        { " 36.5024 40.7477 ", 36.5024, 40.7477 },
        { "-33.9,-18.4", -33.9, -18.4 },
        { "90,180", 90, 180 },
        { "-90,-180", -90, -180 },
        { "1E-05,2e+1", 0.00001, 20 },
        { "POINT (40.7477 36.5024)", 36.5024, 40.7477 },
        { "point(40.7477 36.5024)", 36.5024, 40.7477 },
        { "-0,-0", 0, 0 },
    };

    public static TheoryData<string, ParseErrorKind, int> Invalid => new()
    {
        { "", ParseErrorKind.Empty, 0 },
        { "91,0", ParseErrorKind.OutOfRange, 0 },
        { "0,180.5", ParseErrorKind.OutOfRange, 2 },
        { "POINT (200 10)", ParseErrorKind.OutOfRange, 7 },
        { "NaN,0", ParseErrorKind.UnexpectedCharacter, 0 },
        { "Infinity,0", ParseErrorKind.UnexpectedCharacter, 0 },
        { "+1,2", ParseErrorKind.UnexpectedCharacter, 0 },
        { "1.,2", ParseErrorKind.UnexpectedCharacter, 2 },
        { "1e,2", ParseErrorKind.UnexpectedCharacter, 2 },
        { "36.5", ParseErrorKind.UnexpectedEnd, 4 },
        { "36.5;40", ParseErrorKind.UnexpectedCharacter, 4 },
        { "36.5,40.7,1", ParseErrorKind.TrailingText, 9 },
        { "1e400,0", ParseErrorKind.Overflow, 0 },
        { "POINT 40 36", ParseErrorKind.UnexpectedCharacter, 6 },
        { "POINT (40 36", ParseErrorKind.UnexpectedEnd, 12 },
        { "36,5,40,7", ParseErrorKind.TrailingText, 4 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_ValidText(string text, double latitude, double longitude)
    {
        TextAssert.Parses(text, new GeoCoordinate(latitude, longitude), GeoCoordinate.ParseExact, GeoCoordinate.ParseExact);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_InvalidText(string text, ParseErrorKind kind, int position)
    {
        TextAssert.Fails<GeoCoordinate>(text, kind, position, GeoCoordinate.ParseExact, GeoCoordinate.ParseExact);
    }

    [Fact]
    public void Property_FormatThenParse_RoundTripsExactly()
    {
        Gen.Select(Gen.Double[-90, 90], Gen.Double[-180, 180]).Sample((latitude, longitude) =>
        {
            var point = new GeoCoordinate(latitude, longitude);
            string text = TextAssert.Formats(point);
            return GeoCoordinate.Parse(text) == point && GeoCoordinate.Parse(Encoding.UTF8.GetBytes(text)) == point;
        });
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void Parse_UnderAnyCulture_UsesTheInvariantDecimalPoint(string culture)
    {
        using var scope = new CultureScope(culture);

        GeoCoordinate.Parse("36.5024,40.7477").Should().Be(new GeoCoordinate(36.5024, 40.7477));
        GeoCoordinate.TryParse("36,5024;40,7477", out _).Should().BeFalse();
    }
}
