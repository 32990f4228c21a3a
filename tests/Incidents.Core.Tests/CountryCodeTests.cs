using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests;

public class CountryCodeTests
{
    [Theory]
    [InlineData("SY", "SY")]
    [InlineData("iq", "IQ")]
    [InlineData("Iq", "IQ")]
    [InlineData("XK", "XK")]
    [InlineData("ZW", "ZW")]
    [InlineData("AD", "AD")]
    public void Constructor_AssignedCode_NormalisesToUpperCase(string text, string expected)
    {
        var code = new CountryCode(text);

        code.Value.Should().Be(expected);
        code.ToString().Should().Be(expected);
        code.Should().Be(new CountryCode(expected));
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("UK")]
    [InlineData("S")]
    [InlineData("SYR")]
    [InlineData("")]
    [InlineData("1A")]
    [InlineData("ıQ")]
    [InlineData("S ")]
    public void Constructor_UnassignedOrMalformed_ThrowsArgumentException(string text)
    {
        Action act = () => _ = new CountryCode(text);

        act.Should().Throw<ArgumentException>().WithParameterName("value");
    }

    [Fact]
    public void IsAssigned_AcceptsExactly250Codes()
    {
        int accepted = 0;
        for (char a = 'A'; a <= 'Z'; a++)
        {
            for (char b = 'A'; b <= 'Z'; b++)
            {
                if (CountryCode.IsAssigned([a, b]))
                {
                    accepted++;
                }
            }
        }

        accepted.Should().Be(250, "249 assigned ISO 3166-1 alpha-2 codes plus XK");
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void Constructor_UnderAnyCulture_FoldsAsciiOnly(string culture)
    {
        using var scope = new CultureScope(culture);

        new CountryCode("iq").Value.Should().Be("IQ");
        new CountryCode("ir").Value.Should().Be("IR");
    }

    [Fact]
    public void Default_IsDefault()
    {
        default(CountryCode).IsDefault.Should().BeTrue();
        default(CountryCode).Value.Should().BeEmpty();
    }
}

/// <summary>Countries as reports and datasets give them (issue [8]): alpha-3 codes and English names.</summary>
public sealed class CountryCodeFromOtherFormsTests
{
    [Theory]
    [InlineData("SOM", "SO")]
    [InlineData("syr", "SY")]
    [InlineData(" IRQ ", "IQ")]
    [InlineData("ESH", "EH")]
    [InlineData("XKX", "XK")]
    [InlineData("XKK", "XK")]
    [InlineData("GBR", "GB")]
    public void TryParseAlpha3_ReadsTheAlpha3Code(string text, string expected)
    {
        CountryCode.TryParseAlpha3(text, out CountryCode code).Should().BeTrue();
        code.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("SO")]
    [InlineData("ZZZ")]
    [InlineData("SOMA")]
    [InlineData("S0M")]
    [InlineData("")]
    public void TryParseAlpha3_RejectsOtherText(string text) => CountryCode.TryParseAlpha3(text, out _).Should().BeFalse();

    [Fact]
    public void EveryCode_HasAnAlpha3_ThatReadsBackToIt()
    {
        var seen = new HashSet<string>();
        foreach (string value in CountryCode.AllCodes)
        {
            var code = new CountryCode(value);
            code.Alpha3.Should().MatchRegex("^[A-Z]{3}$");
            seen.Add(code.Alpha3).Should().BeTrue($"{code.Alpha3} is the alpha-3 of one country only");
            CountryCode.TryParseAlpha3(code.Alpha3, out CountryCode back).Should().BeTrue();
            back.Should().Be(code);
        }

        default(CountryCode).Alpha3.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Somalia", "SO")]
    [InlineData("Syrian Arab Republic", "SY")]
    [InlineData("syria", "SY")]
    [InlineData("The Gambia", "GM")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("Côte d’Ivoire", "CI")]
    [InlineData("Cote d'Ivoire", "CI")]
    [InlineData("DR  Congo", "CD")]
    [InlineData("Congo", "CG")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("UK", "GB")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Burma", "MM")]
    [InlineData("Kosovo", "XK")]
    public void TryFromEnglishName_FindsTheCountry(string name, string expected)
    {
        CountryCode.TryFromEnglishName(name, out CountryCode code).Should().BeTrue();
        code.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData("Syria Syria")]
    public void TryFromEnglishName_RejectsUnknownNames(string name) => CountryCode.TryFromEnglishName(name, out _).Should().BeFalse();

    [Fact]
    public void EveryCode_HasAnEnglishName()
    {
        foreach (string value in CountryCode.AllCodes)
        {
            string? name = typeof(CountryCode).Assembly.GetManifestResourceStream("Incidents.Core.Data.country-names.tsv") is { } stream
                ? new StreamReader(stream).ReadToEnd().Split('\n').FirstOrDefault(l => l.StartsWith(value + "\t", StringComparison.Ordinal))?.Split('\t')[1].Split('|')[0]
                : null;
            name.Should().NotBeNullOrWhiteSpace(value);
            CountryCode.TryFromEnglishName(name, out CountryCode code).Should().BeTrue(name);
            code.Value.Should().Be(value);
        }
    }

    [Fact]
    public void EnglishName_IsTheShortName_AndReadsBackToTheCode_LikeIcusRegionInfo()
    {
        new CountryCode("GB").EnglishName.Should().Be("United Kingdom");
        new CountryCode("SY").EnglishName.Should().Be("Syria");
        new CountryCode("XK").EnglishName.Should().Be("Kosovo");
        default(CountryCode).EnglishName.Should().BeEmpty();

        // With invariant globalization (a trimmed app; the tool) RegionInfo names every country "Invariant Country";
        // EnglishName does not depend on ICU.
        bool icu = new System.Globalization.RegionInfo("IQ").EnglishName == "Iraq";
        foreach (string value in CountryCode.AllCodes)
        {
            var code = new CountryCode(value);
            CountryCode.TryFromEnglishName(code.EnglishName, out CountryCode back).Should().BeTrue(code.EnglishName);
            back.Should().Be(code);
            if (icu && value is not ("EH" or "XK"))
            {
                // The names are ICU's (CLDR's) English display names, so GTD's country_txt is the same with or
                // without ICU (a trimmed app, or the tool, runs with invariant globalization).
                code.EnglishName.Should().Be(new System.Globalization.RegionInfo(value).EnglishName, value);
            }
        }
    }

    [Fact]
    public void Parse_OfAnAlpha3Code_SaysWhichMethodReadsIt()
    {
        Action parse = () => CountryCode.Parse("SOM");

        parse.Should().Throw<FormatException>().WithMessage("*alpha-3*TryParseAlpha3*");
    }
}
