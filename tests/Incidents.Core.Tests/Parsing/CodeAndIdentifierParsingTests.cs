using System.Text;
using CsCheck;
using Incidents.Core.Parsing;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Parsing;

public class CodeAndIdentifierParsingTests
{
    public static TheoryData<string, string> AttackMethodTexts => new()
    {
        { "vbied", "vbied" },
        { "VBIED", "vbied" },
        { " SVBIED ", "svbied" },
        { "car bomb", "vbied" },
        { "Car-Bomb", "vbied" },
        { "car_bomb", "vbied" },
        { "suicide car bomb", "svbied" },
        { "vehicle-borne improvised explosive device", "vbied" },
        { "roadside bomb", "ied" },
        { "suicide vest", "pbied" },
        { "raid", "raid" },
        { "armed assault", "armed-assault" },
        { "Armed  Assault", "armed-assault" },
        { "airstrike", "air-strike" },
        { "jailbreak", "prison-break" },
        { "mortars", "indirect-fire" },
        { "targeted killing", "assassination" },
        { "unknown", "unknown" },
        { "drone swarm", "drone-swarm" },
        { "cyber-attack-2", "cyber-attack-2" },
    };

    public static TheoryData<string, ParseErrorKind, int> InvalidCodes => new()
    {
        { "", ParseErrorKind.Empty, 0 },
        { " - ", ParseErrorKind.UnexpectedCharacter, 1 },
        { "car bomb!", ParseErrorKind.UnexpectedCharacter, 8 },
        { "véhicule", ParseErrorKind.UnexpectedCharacter, 1 },
        { "ıed", ParseErrorKind.UnexpectedCharacter, 0 },
        { "a\uD800", ParseErrorKind.InvalidEncoding, 1 },
    };

    [Theory]
    [MemberData(nameof(AttackMethodTexts))]
    public void AttackMethodKind_Parse_CodesAndSynonyms(string text, string code)
    {
        TextAssert.Parses(text, new AttackMethodKind(code), AttackMethodKind.ParseExact, AttackMethodKind.ParseExact);
    }

    [Theory]
    [MemberData(nameof(InvalidCodes))]
    public void AttackMethodKind_Parse_InvalidText(string text, ParseErrorKind kind, int position)
    {
        TextAssert.Fails<AttackMethodKind>(text, kind, position, AttackMethodKind.ParseExact, AttackMethodKind.ParseExact);
    }

    [Fact]
    public void AttackMethodKind_Parse_TooLongCode_IsOutOfRange()
    {
        AttackMethodKind.ParseExact(new string('x', 65)).Error.Kind.Should().Be(ParseErrorKind.OutOfRange);
        AttackMethodKind.ParseExact(new string('x', 65)).Error.Expected.Should().Contain(
            Core.Utility.CodeSyntax.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), "the message names the real limit");
        AttackMethodKind.Parse(new string('x', 64)).Code.Should().HaveLength(64);
        AttackMethodKind.ParseExact(new string('x', 5000)).Error.Kind.Should().Be(ParseErrorKind.OutOfRange);
    }

    [Fact]
    public void AttackMethodKind_Parse_WellKnownCode_ReturnsTheSameInstanceOfTheCode()
    {
        ReferenceEquals(AttackMethodKind.Parse("VBIED").Code, AttackMethodKind.VehicleBorneIed.Code).Should().BeTrue();
    }

    [Fact]
    public void OtherTaxonomies_Parse_TheirCodes()
    {
        ActorKind.Parse("STATE-FORCE").Should().Be(ActorKind.StateForce);
        PartyRole.Parse("reporting source").Should().Be(PartyRole.ReportingSource);
        CasualtyKind.Parse("recaptured"u8).Should().Be(CasualtyKind.Recaptured);
        ClaimMode.Parse("call after incident").Should().Be(ClaimMode.CallAfterIncident);
        SourceKind.Parse("monitoring-group").Should().Be(SourceKind.MonitoringGroup);
        SourceKind.Parse("newsletter").Code.Should().Be("newsletter");
        ActorKind.TryParse("car bomb", out ActorKind notAnActorKind).Should().BeTrue("any well-formed code is kept");
        notAnActorKind.IsWellKnown.Should().BeFalse();
    }

    [Fact]
    public void Taxonomies_FormatTheirCode()
    {
        TextAssert.Formats(AttackMethodKind.ArmedAssault).Should().Be("armed-assault");
        TextAssert.Formats(ClaimMode.Photos).Should().Be("photos");
        TextAssert.Formats(default(PartyRole)).Should().Be("unknown");
    }

    [Theory]
    [InlineData("2022-01-20-iq-baghdad-barracks-raid")]
    [InlineData("ETH9766")]
    [InlineData("urn:incident:1")]
    public void Identifiers_Parse_KeepTheText(string text)
    {
        TextAssert.Parses(text, new IncidentId(text), IncidentId.ParseExact, IncidentId.ParseExact);
        TextAssert.Parses(" " + text + " ", new IncidentId(text), IncidentId.ParseExact, IncidentId.ParseExact);
        TextAssert.Formats(new IncidentId(text)).Should().Be(text);
    }

    [Fact]
    public void IncidentId_ParseString_KeepsTheCallersInstance()
    {
        string text = "seed-" + Environment.ProcessId;

        ReferenceEquals(IncidentId.Parse(text).Value, text).Should().BeTrue();
    }

    [Theory]
    [InlineData("", ParseErrorKind.Empty, 0)]
    [InlineData("-x", ParseErrorKind.UnexpectedCharacter, 0)]
    [InlineData("a b", ParseErrorKind.UnexpectedCharacter, 1)]
    [InlineData("a/b", ParseErrorKind.UnexpectedCharacter, 1)]
    [InlineData("ünï", ParseErrorKind.UnexpectedCharacter, 0)]
    public void Identifiers_Parse_InvalidText(string text, ParseErrorKind kind, int position)
    {
        TextAssert.Fails<IncidentId>(text, kind, position, IncidentId.ParseExact, IncidentId.ParseExact);
        TextAssert.Fails<ActorId>(text, kind, position, ActorId.ParseExact, ActorId.ParseExact);
        TextAssert.Fails<SourceId>(text, kind, position, SourceId.ParseExact, SourceId.ParseExact);
    }

    [Fact]
    public void Identifiers_Parse_TooLong_IsOutOfRange()
    {
        IncidentId.ParseExact(new string('a', 129)).Error.Should().Be(new ParseError(ParseErrorKind.OutOfRange, 128, IncidentId.ParseExact(new string('a', 129)).Error.Expected));
        ActorId.ParseExact(new string('a', 65)).Error.Kind.Should().Be(ParseErrorKind.OutOfRange);
        SourceId.Parse(new string('a', 64)).Value.Should().HaveLength(64);
    }

    [Theory]
    [InlineData("B2", SourceReliability.UsuallyReliable, InformationCredibility.ProbablyTrue)]
    [InlineData("b2", SourceReliability.UsuallyReliable, InformationCredibility.ProbablyTrue)]
    [InlineData(" A1 ", SourceReliability.CompletelyReliable, InformationCredibility.Confirmed)]
    [InlineData("f6", SourceReliability.CannotBeJudged, InformationCredibility.CannotBeJudged)]
    public void AdmiraltyRating_Parse_ValidText(string text, SourceReliability reliability, InformationCredibility credibility)
    {
        var expected = new AdmiraltyRating(reliability, credibility);

        TextAssert.Parses(text, expected, AdmiraltyRating.ParseExact, AdmiraltyRating.ParseExact);
    }

    [Theory]
    [InlineData("", ParseErrorKind.Empty, 0)]
    [InlineData("G2", ParseErrorKind.OutOfRange, 0)]
    [InlineData("B7", ParseErrorKind.OutOfRange, 1)]
    [InlineData("B0", ParseErrorKind.OutOfRange, 1)]
    [InlineData("B", ParseErrorKind.UnexpectedEnd, 1)]
    [InlineData("B22", ParseErrorKind.TrailingText, 2)]
    [InlineData("2B", ParseErrorKind.UnexpectedCharacter, 0)]
    [InlineData("B-2", ParseErrorKind.UnexpectedCharacter, 1)]
    public void AdmiraltyRating_Parse_InvalidText(string text, ParseErrorKind kind, int position)
    {
        TextAssert.Fails<AdmiraltyRating>(text, kind, position, AdmiraltyRating.ParseExact, AdmiraltyRating.ParseExact);
    }

    [Fact]
    public void AdmiraltyRating_AllCombinations_RoundTrip()
    {
        foreach (SourceReliability reliability in Enum.GetValues<SourceReliability>())
        {
            foreach (InformationCredibility credibility in Enum.GetValues<InformationCredibility>())
            {
                var rating = new AdmiraltyRating(reliability, credibility);
                AdmiraltyRating.Parse(TextAssert.Formats(rating)).Should().Be(rating);
            }
        }
    }

    [Theory]
    [InlineData("SY", "SY")]
    [InlineData("iq", "IQ")]
    [InlineData(" xk ", "XK")]
    public void CountryCode_Parse_ValidText(string text, string code)
    {
        TextAssert.Parses(text, new CountryCode(code), CountryCode.ParseExact, CountryCode.ParseExact);
        TextAssert.Formats(new CountryCode(code)).Should().Be(code);
    }

    [Theory]
    [InlineData("", ParseErrorKind.Empty, 0)]
    [InlineData("ZZ", ParseErrorKind.UnknownWord, 0)]
    [InlineData("S", ParseErrorKind.UnexpectedEnd, 1)]
    [InlineData("SYR", ParseErrorKind.TrailingText, 2)]
    [InlineData("S1", ParseErrorKind.UnexpectedCharacter, 1)]
    [InlineData("ıQ", ParseErrorKind.UnexpectedCharacter, 0)]
    public void CountryCode_Parse_InvalidText(string text, ParseErrorKind kind, int position)
    {
        TextAssert.Fails<CountryCode>(text, kind, position, CountryCode.ParseExact, CountryCode.ParseExact);
    }

    [Fact]
    public void CountryCode_EveryAssignedCode_RoundTrips()
    {
        for (char a = 'A'; a <= 'Z'; a++)
        {
            for (char b = 'A'; b <= 'Z'; b++)
            {
                string text = new([a, b]);
                CountryCode.TryParse(text, out CountryCode code).Should().Be(CountryCode.IsAssigned(text));
                if (CountryCode.IsAssigned(text))
                {
                    code.Value.Should().Be(text);
                    ReferenceEquals(code.Value, CountryCode.Parse(text.ToLowerInvariant()).Value).Should().BeTrue("codes are interned");
                }
            }
        }
    }

    [Theory]
    [InlineData("1.0", 1, 0)]
    [InlineData("1.12", 1, 12)]
    [InlineData(" 2.0 ", 2, 0)]
    public void SchemaVersion_Parse_ValidText(string text, int major, int minor)
    {
        TextAssert.Parses(text, new SchemaVersion(major, minor), SchemaVersion.ParseExact, SchemaVersion.ParseExact);
    }

    [Theory]
    [InlineData("1", ParseErrorKind.UnexpectedEnd, 1)]
    [InlineData("0.1", ParseErrorKind.OutOfRange, 0)]
    [InlineData("1.", ParseErrorKind.UnexpectedEnd, 2)]
    [InlineData("1.0.0", ParseErrorKind.TrailingText, 3)]
    [InlineData("v1.0", ParseErrorKind.UnexpectedCharacter, 0)]
    [InlineData("1234567890.0", ParseErrorKind.Overflow, 0)]
    public void SchemaVersion_Parse_InvalidText(string text, ParseErrorKind kind, int position)
    {
        TextAssert.Fails<SchemaVersion>(text, kind, position, SchemaVersion.ParseExact, SchemaVersion.ParseExact);
    }

    [Fact]
    public void Property_Identifiers_RoundTrip_AndTryParseNeverThrows()
    {
        Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-"], 1, 128].Where(s => char.IsAsciiLetterOrDigit(s[0])).Sample(text =>
            IncidentId.Parse(text).Value == text && IncidentId.Parse(Encoding.UTF8.GetBytes(text)).Value == text);
        Gen.String.Sample(text =>
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            return IncidentId.TryParse(text, out IncidentId a) == IncidentId.TryParse(utf8, out IncidentId b) && a == b
                && AttackMethodKind.TryParse(text, out AttackMethodKind c) == AttackMethodKind.TryParse(utf8, out AttackMethodKind d) && c == d
                && CountryCode.TryParse(text, out CountryCode e) == CountryCode.TryParse(utf8, out CountryCode f) && e == f
                && AdmiraltyRating.TryParse(text, out AdmiraltyRating g) == AdmiraltyRating.TryParse(utf8, out AdmiraltyRating h) && g == h;
        });
        Gen.Byte.Array[0, 80].Sample(bytes =>
            (IncidentId.TryParse(bytes, out _) | AttackMethodKind.TryParse(bytes, out _) | CountryCode.TryParse(bytes, out _)
                | AdmiraltyRating.TryParse(bytes, out _) | SchemaVersion.TryParse(bytes, out _)) || true);
    }

    [Fact]
    public void Property_Codes_FormatThenParse_RoundTrips()
    {
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 1, 20].Array[1, 3].Select(parts => string.Join('-', parts)).Sample(code =>
        {
            var kind = new AttackMethodKind(code);
            string text = kind.ToString();
            return AttackMethodKind.Parse(text) == kind
                && AttackMethodKind.Parse(Encoding.UTF8.GetBytes(text)) == kind
                && new SourceKind(code) == SourceKind.Parse(new SourceKind(code).ToString());
        });
        foreach (AttackMethodKind kind in AttackMethodKind.WellKnown)
        {
            AttackMethodKind.Parse(TextAssert.Formats(kind)).Should().Be(kind);
        }

        // A synonym is never a value's code: construction resolves it as parsing does.
        new AttackMethodKind("car-bomb").Should().Be(AttackMethodKind.VehicleBorneIed);
        new AttackMethodKind("bomb").Code.Should().Be("ied");
        AttackMethodKind.Parse(new AttackMethodKind("bomb").ToString()).Should().Be(AttackMethodKind.Ied);
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void Parse_UnderAnyCulture_IsInvariant(string culture)
    {
        using var scope = new CultureScope(culture);

        AttackMethodKind.Parse("SUICIDE VEST").Should().Be(AttackMethodKind.PersonBorneIed);
        AttackMethodKind.Parse("PRISON BREAK").Should().Be(AttackMethodKind.PrisonBreak);
        CountryCode.Parse("ir").Value.Should().Be("IR");
        AdmiraltyRating.Parse("b2").ToString().Should().Be("B2");
        AdmiraltyRating.Parse("i2".Replace("i", "c", StringComparison.Ordinal)).ToString().Should().Be("C2");
    }
}
