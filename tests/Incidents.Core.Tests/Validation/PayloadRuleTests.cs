using System.Text;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Validation;

namespace Incidents.Core.Tests.Validation;

/// <summary>The payload-level codes, one fixture each: an edit of the raid's compact JSON that triggers the code at a
/// known path and column (the first occurrence of <c>At</c> in the edited text, plus <c>Shift</c>), and a near-miss
/// edit that does not.</summary>
public sealed class PayloadRuleTests
{
    private static readonly string s_raid = IncidentJson.Serialize(SeedIncidents.BarracksRaid);

    public sealed record Fixture(string Code, string Path, string Find, string Trigger, string NearMiss, string At, int Shift = 0, ValidationSeverity Severity = ValidationSeverity.Error);

    public static readonly Fixture[] All =
    [
        new("INC-JSON-001", "/title", "\"title\":", "\"title\":,", "\"title\":", ":,", 1),
        new("INC-JSON-002", "/methods/0/count", "\"kind\":\"raid\"", "\"kind\":\"raid\",\"count\":\"2\"", "\"kind\":\"raid\",\"count\":2", "\"2\""),
        new("INC-JSON-003", "/timing", "\"date\":\"2022-01-20\",", string.Empty, "\"date\":\"2022-01-20\",\"endDate\":\"2022-01-20\",", "{\"timeOfDay\""),
        new("INC-JSON-004", "/title", "\"title\":", "\"title\":\"t\",\"title\":", "\"title\":\"t\",\"title2\":", "\"title\":\"Islamic"),
        new("INC-JSON-005", "/timing/timeOfDay", "\"~03:00\"", "\"~3:00\"", "\"~03:00:00.5\"", "\"~3:00\""),
        new("INC-JSON-006", "/casualties/0/range", "\"low\":11,\"best\":11,\"high\":11", "\"low\":12,\"best\":11,\"high\":11", "\"low\":11,\"best\":12,\"high\":12", "{\"low\":12"),
        new("INC-JSON-008", "/summary", "\"summary\":\"", "\"summary\":\"\\ud800", "\"summary\":\"\\ud83d\\ude00", "\"\\ud800"),
        new("INC-JSON-009", "/schemaVersion", "\"schemaVersion\":\"1.1\"", "\"schemaVersion\":\"3.1\"", "\"schemaVersion\":\"1.9\"", "\"3.1\""),
        new("INC-JSON-010", "/location/elevation", "\"precision\":\"area\"", "\"precision\":\"area\",\"elevation\":35", "\"precision\":\"area\",\"admin1\":\"Baghdad\"", "\"elevation\"", 0, ValidationSeverity.Warning),
        new("INC-TXT-001", "/location/facility", "\"facility\":\"army barracks\"", "\"facility\":\" \"", "\"facility\":\" a \"", "\" \""),
    ];

    public static TheoryData<string> Codes => [.. All.Select(f => f.Code)];

    private static PayloadValidationReport Validate(string json) =>
        new IncidentPayloadValidator(RuleFixtures.Clock).Validate(Encoding.UTF8.GetBytes(json));

    private static string Edit(string find, string replacement)
    {
        int at = s_raid.IndexOf(find, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, find);
        return string.Concat(s_raid.AsSpan(0, at), replacement, s_raid.AsSpan(at + find.Length));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Trigger_IsReportedWithPathSeverityAndPosition(string code)
    {
        Fixture f = All.Single(x => x.Code == code);
        string json = Edit(f.Find, f.Trigger);

        ValidationIssue issue = Validate(json).Issues.Where(i => i.Code == f.Code).Should().ContainSingle().Which;

        issue.Path.Should().Be(f.Path);
        issue.Severity.Should().Be(f.Severity);
        issue.Line.Should().Be(1);
        issue.Column.Should().Be(json.IndexOf(f.At, StringComparison.Ordinal) + 1 + f.Shift, json);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void NearMiss_IsNotReported(string code)
    {
        Fixture f = All.Single(x => x.Code == code);

        Validate(Edit(f.Find, f.NearMiss)).Issues.Should().NotContain(i => i.Code == f.Code);
    }
}
