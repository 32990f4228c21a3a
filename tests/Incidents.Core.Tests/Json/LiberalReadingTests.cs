using System.Text;
using System.Text.Json;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Incidents.Core.Tests.Json;

/// <summary>Liberal in what it reads: every JSON escape in every string, and every representation a value's own
/// standard allows, read equal to the canonical incident; what would be ambiguous is rejected with the canonical
/// spelling in the message; the payload validator reports non-canonical input as INC-JSON-011 (information).</summary>
public sealed class LiberalReadingTests
{
    private static readonly string s_raid = IncidentJson.Serialize(SeedIncidents.BarracksRaid);

    private static string Replace(string oldText, string newText)
    {
        s_raid.Should().Contain(oldText);
        return s_raid.Replace(oldText, newText, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> LooseForms() => new()
    {
        // JSON escapes, in values of every kind and in property names.
        { "\"zone\":\"Asia/Baghdad\"", "\"zone\":\"Asia\\/Baghdad\"" },
        { "\"zone\":\"Asia/Baghdad\"", "\"zone\":\"\\u0041sia\\u002FBaghdad\"" },
        { "\"id\":\"is\"", "\"id\":\"\\u0069s\"" },
        { "\"kind\":\"raid\"", "\"kind\":\"r\\u0061id\"" },
        { "\"precision\":\"area\"", "\"precision\":\"\\u0061rea\"" },
        { "\"date\":\"2022-01-20\"", "\"date\":\"2022\\u002d01-20\"" },
        { "\"title\":", "\"t\\u0069tle\":" },
        { "\"created\":\"2022-01-24T12:00:00Z\"", "\"created\":\"2022-01-24T12:00:00\\u005A\"" },
        { "\"country\":\"IQ\"", "\"country\":\"\\u0049Q\"" },

        // RFC 3339 instants: any fraction, Z or an offset, either case.
        { "\"created\":\"2022-01-24T12:00:00Z\"", "\"created\":\"2022-01-24T12:00:00.000Z\"" },
        { "\"created\":\"2022-01-24T12:00:00Z\"", "\"created\":\"2022-01-24T12:00:00.000000000Z\"" },
        { "\"created\":\"2022-01-24T12:00:00Z\"", "\"created\":\"2022-01-24T12:00:00+00:00\"" },
        { "\"created\":\"2022-01-24T12:00:00Z\"", "\"created\":\"2022-01-24T15:00:00+03:00\"" },
        { "\"created\":\"2022-01-24T12:00:00Z\"", "\"created\":\"2022-01-24T07:30:00-04:30\"" },
        { "\"created\":\"2022-01-24T12:00:00Z\"", "\"created\":\"2022-01-24t12:00:00z\"" },
        { "\"created\":\"2022-01-24T12:00:00Z\"", "\"created\":\"2022-01-25T00:00:00+12:00\"" },

        // Times of day with seconds and fractions.
        { "\"timeOfDay\":\"~03:00\"", "\"timeOfDay\":\"~03:00:00\"" },
        { "\"timeOfDay\":\"~03:00\"", "\"timeOfDay\":\"~03:00:00.000\"" },

        // Whole numbers in every spelling JSON Schema's integer allows.
        { "\"low\":11", "\"low\":11.0" },
        { "\"low\":11", "\"low\":1.1e1" },
        { "\"low\":11", "\"low\":110E-1" },
        { "\"low\":11", "\"low\":0.00000000000000000000000000000000000000011e41" },
        { "\"revision\":1", "\"revision\":1.000" },
        { "\"revision\":1", "\"revision\":0.1e1" },
        { "\"revision\":1", "\"revision\":null" },
    };

    [Theory]
    [MemberData(nameof(LooseForms))]
    public void Deserialize_LooseForm_ReadsEqualToTheCanonicalIncident(string canonical, string loose)
    {
        string json = Replace(canonical, loose);

        Incident read = IncidentJson.Deserialize(json);

        read.Should().Be(SeedIncidents.BarracksRaid);
        IncidentJson.Serialize(read).Should().Be(s_raid, "the writer keeps writing the canonical form");
    }

    [Theory]
    [MemberData(nameof(LooseForms))]
    public void Validate_LooseForm_IsAnInformationIssueWithTheCanonicalText(string canonical, string loose)
    {
        var validator = new IncidentPayloadValidator(new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)));
        string json = Replace(canonical, loose);

        PayloadValidationReport report = validator.Validate(Encoding.UTF8.GetBytes(json));

        report.IsValid.Should().BeTrue();
        bool escapeOnly = loose.Contains('\\', StringComparison.Ordinal) || loose.Contains("null", StringComparison.Ordinal);
        if (escapeOnly)
        {
            // An escape is JSON's own business (the value is the same text), and null is the documented absent.
            report.Documents.Should().BeEmpty();
            return;
        }

        ValidationIssue issue = report.Documents.Should().ContainSingle().Which.Result.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be("INC-JSON-011");
        issue.Severity.Should().Be(ValidationSeverity.Info);
        issue.Message.Should().Contain("canonical form is");
        issue.Line.Should().Be(1);
        issue.Column.Should().Be(json.IndexOf(loose, StringComparison.Ordinal) + loose.IndexOf(':', StringComparison.Ordinal) + 2);

        validator.Validate(Encoding.UTF8.GetBytes(json)).Documents[0].Result.WithFailAt(ValidationSeverity.Info).IsValid
            .Should().BeFalse("a data team can still demand the canonical form with FailAt");
    }

    public static TheoryData<string, string, string> LooseValues() => new()
    {
        // Durations in any combination of days, hours, minutes and seconds.
        { "duration", "PT90M", "PT1H30M" },
        { "duration", "PT24H0M", "PT24H" },
        { "duration", "P1DT2H", "PT26H" },
        { "duration", "P4D", "PT96H" },
        { "duration", "~PT1H30M0.0S", "~PT1H30M" },
        { "duration", "PT0,5S", "PT0.5S" },
        { "timeOfDay", "not after 23:59:59.500", "not after 23:59:59.5" },
        { "coordinates", "36.5000,40.7500", "36.5,40.75" },
        { "coordinates", "0.00001,1e-05", "1E-05,1E-05" },
        { "coordinates", "3.65e1, 4.075E+1", "36.5,40.75" },
        { "coordinates", "-0,-180.000", "0,-180" },
    };

    [Theory]
    [MemberData(nameof(LooseValues))]
    public void Deserialize_LooseValue_IsReadAndWrittenCanonically(string property, string loose, string canonical)
    {
        string json = WithValue(property, loose);

        Incident read = IncidentJson.Deserialize(json);

        string written = IncidentJson.Serialize(read);
        written.Should().Contain($"\"{property}\":\"{canonical}\"");
        IncidentJson.Deserialize(written).Should().Be(read);
    }

    public static TheoryData<string, string, string> RejectedValues() => new()
    {
        // Ambiguous or outside the value's standard: rejected, naming what to write.
        { "duration", "P1M", "years, months and weeks have no fixed length" },
        { "duration", "P1Y", "years, months and weeks have no fixed length" },
        { "duration", "PT", "at least one of days" },
        { "duration", "P1DT", "write" },
        { "duration", "pt24h", "write 'PT24H'" },
        { "duration", "about PT24H", "write '~PT24H'" },
        { "timeOfDay", "around 3 a.m.", "write" },
        { "timeOfDay", "3:00", "write '03:00'" },
        { "timeOfDay", "24:00", "is not" },
        { "coordinates", "POINT (40.75 36.5)", "write '36.5,40.75'" },
        { "coordinates", "91,0", "is not" },
        { "coordinates", "9.1e1,0", "is not" },
        { "coordinates", "036.5,40.75", "write '36.5,40.75'" },
        { "coordinates", ".5,40.75", "is not" },
        { "coordinates", "+36.5,40.75", "is not" },
    };

    [Theory]
    [MemberData(nameof(RejectedValues))]
    public void Deserialize_ValueOutsideItsStandard_IsRejectedWithWhatToWrite(string property, string value, string expected)
    {
        string json = WithValue(property, value);

        Action act = () => IncidentJson.Deserialize(json);

        act.Should().ThrowExactly<JsonException>().Which.Message.Should().Contain(expected);
    }

    public static TheoryData<string, string> RejectedInstants() => new()
    {
        { "2022-01-24 12:00:00Z", "RFC 3339" },
        { "2022-01-24T12:00:00", "RFC 3339" },
        { "2022-01-24T12:00Z", "RFC 3339" },
        { "2022-01-24T12:00:60Z", "RFC 3339" },
        { "2022-02-30T12:00:00Z", "RFC 3339" },
        { "0000-01-01T00:00:00Z", "RFC 3339" },
        { "-0001-01-01T00:00:00Z", "RFC 3339" },
        { "0001-01-01T00:00:00+01:00", "outside the years 0001–9999" },
        { "9999-12-31T23:00:00-02:00", "outside the years 0001–9999" },
        { "2022-01-24T12:00:00.1234567891Z", "RFC 3339" },
        { "2022-01-24T12:00:00+24:00", "RFC 3339" },
    };

    [Theory]
    [MemberData(nameof(RejectedInstants))]
    public void Deserialize_InstantOutsideRfc3339OrTheYears_IsRejected(string instant, string expected)
    {
        string json = Replace("\"created\":\"2022-01-24T12:00:00Z\"", $"\"created\":\"{instant}\"");

        Action act = () => IncidentJson.Deserialize(json);

        JsonException e = act.Should().ThrowExactly<JsonException>().Which;
        e.Message.Should().Contain(expected);
        e.Path.Should().Be("$.metadata.created");
    }

    public static TheoryData<string, string> RejectedCounts() => new()
    {
        { "11.5", "not a whole number" },
        { "1e-1", "not a whole number" },
        { "-1", "less than 0" },
        { "2147483648", "out of range" },
        { "1e400", "out of range" },
        { "1e1000000000", "out of range" },
    };

    [Theory]
    [MemberData(nameof(RejectedCounts))]
    public void Deserialize_CountThatIsNotAWholeNumberInRange_IsRejected(string number, string expected)
    {
        string json = Replace("\"low\":11", $"\"low\":{number}");

        Action act = () => IncidentJson.Deserialize(json);

        act.Should().ThrowExactly<JsonException>().Which.Message.Should().Contain(expected);
    }

    [Fact]
    public void Deserialize_NegativeZeroBound_IsZero()
    {
        string json = Replace("\"low\":11,\"best\":11,\"high\":11", "\"low\":-0.0e5,\"best\":11,\"high\":11");

        IncidentJson.Deserialize(json).Casualties[0].Range!.Value.Low.Should().Be(0);
    }

    [Theory]
    [InlineData("\"date\":\"2022-01-20\"", "\"date\":\"2022-01-20\\n\"")]
    [InlineData("\"timeOfDay\":\"~03:00\"", "\"timeOfDay\":\"~03:00:00\\n\"")]
    [InlineData("\"created\":\"2022-01-24T12:00:00Z\"", "\"created\":\"2022-01-24T12:00:00+00:00\\n\"")]
    public void Deserialize_ValueWithATrailingLineFeed_IsRejected(string canonical, string withLineFeed)
    {
        // .NET's and Python's "$" also match before a final line feed; the wire patterns end at the very end.
        Action act = () => IncidentJson.Deserialize(Replace(canonical, withLineFeed));

        act.Should().ThrowExactly<JsonException>();
        WirePatterns.IsMatch(WirePatterns.PartialDate, "2022-01-20\n").Should().BeFalse();
        WirePatterns.IsMatch(WirePatterns.PartialDate, "2022-01-20").Should().BeTrue();
    }

    [Fact]
    public void Deserialize_CodesAreNotCaseInsensitive_TheCodeIsItsOwnStandard()
    {
        Action act = () => IncidentJson.Deserialize(Replace("\"kind\":\"raid\"", "\"kind\":\"RAID\""));

        act.Should().ThrowExactly<JsonException>().Which.Message.Should().Contain("write 'raid'");
    }

    /// <summary>The raid with <paramref name="property"/> (duration, timeOfDay or coordinates) set to a text.</summary>
    private static string WithValue(string property, string value) => property switch
    {
        "duration" => Replace("\"zone\":\"Asia/Baghdad\"", $"\"zone\":\"Asia/Baghdad\",\"duration\":\"{value}\""),
        "timeOfDay" => Replace("\"timeOfDay\":\"~03:00\"", $"\"timeOfDay\":\"{value}\""),
        "coordinates" => Replace("\"description\":\"north of Baghdad\"", $"\"description\":\"north of Baghdad\",\"coordinates\":\"{value}\""),
        _ => throw new ArgumentOutOfRangeException(nameof(property)),
    };
}
