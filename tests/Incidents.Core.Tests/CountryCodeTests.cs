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
