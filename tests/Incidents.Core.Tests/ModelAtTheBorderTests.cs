using System.Text.Json;
using Incidents.Cli;
using Incidents.Core.Json;
using NodaTime;

namespace Incidents.Core.Tests;

/// <summary>The model rejects what the wire format cannot carry, so the writer never emits a document the schema
/// rejects; "blank" and "length" mean what FORMAT.md says.</summary>
public sealed class ModelAtTheBorderTests
{
    [Theory]
    [InlineData("https://example.com/a b")]
    [InlineData("https://例え.jp/パス")]
    [InlineData("https://example.com/%zz")]
    [InlineData("C:\\temp\\x.txt")]
    [InlineData("https://example.com/a#b#c")]
    [InlineData("https://[::1]/")]
    public void SourceUrl_ThatIsNotAnRfc3986Uri_IsRejected(string url)
    {
        Action act = () => _ = new Source { Id = new SourceId("s"), Name = "S", Url = new Uri(url, UriKind.RelativeOrAbsolute) };

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("RFC 3986");
    }

    [Theory]
    [InlineData("https://example.com/a%20b?q=1&r=%C3%A9#frag")]
    [InlineData("https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9")]
    [InlineData("mailto:press@example.org")]
    [InlineData("urn:isbn:0451450523")]
    public void SourceUrl_ThatIsAnRfc3986Uri_IsWrittenAsGiven(string url)
    {
        Incident incident = SeedIncidents.BarracksRaid with { Sources = [new Source { Id = new SourceId("seed-report"), Name = "S", Url = new Uri(url) }, SeedIncidents.BarracksRaid.Sources[1]] };

        string json = IncidentJson.Serialize(incident);

        json.Should().Contain($"\"url\":\"{url}\"");
        IncidentJson.Deserialize(json).Sources[0].Url!.OriginalString.Should().Be(url);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(-9000)]
    public void MetadataInstant_OutsideTheYearsRfc3339Writes_IsRejected(int year)
    {
        Instant instant = Instant.FromUtc(2022, 1, 1, 0, 0).Plus(Duration.FromDays((year - 2022) * 365.2425));

        Action act = () => _ = SeedIncidents.BarracksRaid.Metadata with { Created = instant };

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Contain("0001–9999");
    }

    [Fact]
    public void MetadataInstant_AtTheEndsOfTheYearsRfc3339Writes_IsWritten()
    {
        Instant first = Instant.FromUtc(1, 1, 1, 0, 0);
        Instant last = Instant.FromUtc(9999, 12, 31, 23, 59, 59).PlusNanoseconds(999_999_999);
        Incident incident = SeedIncidents.BarracksRaid with { Metadata = SeedIncidents.BarracksRaid.Metadata with { Created = first, Modified = last } };

        string json = IncidentJson.Serialize(incident);

        json.Should().Contain("\"created\":\"0001-01-01T00:00:00Z\",\"modified\":\"9999-12-31T23:59:59.999999999Z\"");
        IncidentJson.Deserialize(json).Should().Be(incident);
    }

    [Theory]
    [InlineData("\uFEFF")]
    [InlineData("\u200B\u2060")]
    [InlineData(" \u00A0\u3000\u0085")]
    [InlineData("\u180E\t")]
    public void Title_OfInvisibleOrWhiteSpaceCharactersOnly_IsBlank(string title)
    {
        Action act = () => _ = SeedIncidents.BarracksRaid with { Title = title };

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("\u001C")]
    [InlineData("x\uFEFF")]
    [InlineData("💀")]
    public void Title_WithOneVisibleOrControlCharacter_IsNotBlank(string title)
    {
        Incident incident = SeedIncidents.BarracksRaid with { Title = title };

        IncidentJson.Deserialize(IncidentJson.Serialize(incident)).Title.Should().Be(title);
    }

    [Fact]
    public void TextLength_IsCountedInCodePoints()
    {
        string astral = string.Concat(Enumerable.Repeat("💀", 100_000)); // 200,000 UTF-16 units, 100,000 characters

        (SeedIncidents.BarracksRaid with { Summary = astral }).Summary.Should().HaveLength(200_000);
        Action tooLong = () => _ = SeedIncidents.BarracksRaid with { Summary = astral + "x" };
        tooLong.Should().Throw<ArgumentException>().Which.Message.Should().Contain("100001 characters");

        string json = IncidentJson.Serialize(SeedIncidents.BarracksRaid with { Summary = astral });
        IncidentJson.Deserialize(json).Summary.Should().Be(astral);
    }

    [Fact]
    public void ClaimLanguage_HasTheShapeOfABcp47Tag()
    {
        Claim claim = SeedIncidents.BarracksRaid.Claims[0];

        (claim with { Language = "zh-Hant-TW" }).Language.Should().Be("zh-Hant-TW");
        ((Action)(() => _ = claim with { Language = "ar_SY" })).Should().Throw<ArgumentException>();
        ((Action)(() => _ = claim with { Language = "e" })).Should().Throw<ArgumentException>();
        ((Action)(() => _ = claim with { Language = "en-toolongsubtag" })).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void JsonException_IsTheOnlyErrorForAStringThatIsNotUnicode()
    {
        Action act = () => IncidentJson.Deserialize(IncidentJson.Serialize(SeedIncidents.BarracksRaid).Replace("killing 11", "killing \uDC00", StringComparison.Ordinal));

        act.Should().ThrowExactly<JsonException>();
    }
}
