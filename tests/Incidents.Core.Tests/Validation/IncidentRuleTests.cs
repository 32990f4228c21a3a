using System.Text;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Validation;

namespace Incidents.Core.Tests.Validation;

/// <summary>Each object rule, on an incident in memory and in a raw payload: the trigger is reported with its code,
/// path, severity and position; the near-miss is not.</summary>
public sealed class IncidentRuleTests
{
    public static TheoryData<string> Fixtures => [.. RuleFixtures.All.Select(f => f.Name)];

    private static RuleFixtures.Fixture Get(string name) => RuleFixtures.All.Single(f => f.Name == name);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Trigger_IsReported_InMemory(string name)
    {
        RuleFixtures.Fixture f = Get(name);
        var validator = new IncidentValidator(RuleFixtures.Clock, f.Options);

        ValidationResult result = validator.Validate(f.Trigger(RuleFixtures.Raid));

        ValidationIssue issue = result.Issues.Where(i => i.Code == f.Code.Code).Should().ContainSingle().Which;
        issue.Path.Should().Be(f.Path);
        issue.Severity.Should().Be(f.Severity);
        issue.Line.Should().BeNull("an incident in memory has no lines");
        result.IsValid.Should().Be(!result.Issues.Any(i => i.Severity == ValidationSeverity.Error));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void NearMiss_IsNotReported(string name)
    {
        RuleFixtures.Fixture f = Get(name);
        var validator = new IncidentValidator(RuleFixtures.Clock, f.Options);

        ValidationResult result = validator.Validate(f.NearMiss(RuleFixtures.Raid));

        result.Issues.Should().NotContain(i => i.Code == f.Code.Code);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Trigger_IsReported_InAPayload_WithItsLineAndColumn(string name)
    {
        RuleFixtures.Fixture f = Get(name);
        if (f.ObjectOnly)
        {
            return;
        }

        string json = IncidentJson.Serialize(f.Trigger(RuleFixtures.Raid), new IncidentJsonOptions { WriteIndented = true });
        var validator = new IncidentPayloadValidator(RuleFixtures.Clock, new PayloadValidationOptions { Rules = f.Options ?? IncidentValidatorOptions.Default });

        PayloadValidationReport report = validator.Validate(Encoding.UTF8.GetBytes(json));

        ValidationIssue issue = report.Issues.Where(i => i.Code == f.Code.Code).Should().ContainSingle().Which;
        issue.Path.Should().Be(f.Path);
        issue.Severity.Should().Be(f.Severity);
        (long line, long column) = Expected(json, f.LineContains, f.After);
        (issue.Line, issue.Column).Should().Be((line, column), json.Split('\n')[(int)line - 1]);
    }

    /// <summary>Finds the value's position independently: the first line with <paramref name="contains"/> (after
    /// the line with <paramref name="after"/>), and the column after ": " in it (or of the text itself).</summary>
    private static (long Line, long Column) Expected(string json, string contains, string? after)
    {
        string[] lines = json.Split('\n');
        int start = after is null ? 0 : Array.FindIndex(lines, l => l.Contains(after, StringComparison.Ordinal)) + 1;
        int index = Array.FindIndex(lines, start, l => l.Contains(contains, StringComparison.Ordinal));
        index.Should().BeGreaterThanOrEqualTo(0, $"the JSON has a line with {contains}");
        int at = lines[index].IndexOf(contains, StringComparison.Ordinal);
        int colon = contains.IndexOf(": ", StringComparison.Ordinal);
        return (index + 1, at + (colon >= 0 ? colon + 2 : 0) + 1);
    }

    [Fact]
    public void Seeds_HaveNoIssuesAtAll()
    {
        // Pinned: both seeds are clean, warnings included — every actor and source they cite exists, their times have
        // zones, the one total (none) is not exceeded, and Amaq's claim is the only claim of responsibility for each.
        var validator = new IncidentValidator(RuleFixtures.Clock);

        foreach (Incident seed in SeedIncidents.All)
        {
            validator.Validate(seed).Issues.Should().BeEmpty(seed.Id.ToString());
        }
    }

    [Fact]
    public void RulesCanBeSwitchedOff_AndAdded()
    {
        Incident noZone = RuleFixtures.Raid with { Timing = RuleFixtures.Raid.Timing with { Zone = null } };
        IncidentValidatorOptions options = IncidentValidatorOptions.Default.Without(ValidationCodes.TimeWithoutZone).With(new NeedsTwoSources());

        ValidationResult result = new IncidentValidator(RuleFixtures.Clock, options).Validate(noZone);

        result.Issues.Select(i => i.Code).Should().Equal("X-SRC-001");
        result.IsValid.Should().BeTrue("the custom code is a warning");
        result.WithFailAt(ValidationSeverity.Warning).IsValid.Should().BeFalse();
    }

    [Fact]
    public void IsValid_IsFalseExactlyWhenAnIssueReachesTheThreshold()
    {
        ValidationIssue warning = new(ValidationCodes.CompetingClaims, "/claims/1", "w");
        ValidationIssue info = new(ValidationCodes.JsonUnknownProperty, "/x", "i", ValidationSeverity.Info);

        new ValidationResult([warning, info]).IsValid.Should().BeTrue();
        new ValidationResult([warning, info], ValidationSeverity.Warning).IsValid.Should().BeFalse();
        new ValidationResult([info], ValidationSeverity.Warning).IsValid.Should().BeTrue();
        new ValidationResult([info], ValidationSeverity.Info).IsValid.Should().BeFalse();
        ValidationResult.Valid.IsValid.Should().BeTrue();
    }

    [Fact]
    public void ModifiedBeforeCreated_IsAnEndBeforeStart()
    {
        Incident raid = RuleFixtures.Raid;
        Incident edited = raid with { Metadata = raid.Metadata with { Modified = raid.Metadata.Created - NodaTime.Duration.FromDays(1) } };

        new IncidentValidator(RuleFixtures.Clock).Validate(edited).Issues.Should().ContainSingle(i => i.Code == "INC-TIME-002" && i.Path == "/metadata/modified");
    }

    [Fact]
    public void OneSourcesSuccessiveFigures_AndSeparateEvents_AreNotTheSameFactTwice()
    {
        Incident raid = RuleFixtures.Raid;
        CasualtyFigure first = raid.Casualties[0];
        Incident edited = raid with
        {
            Casualties =
            [
                // A toll raised a week later and settled by an inquiry: one chain of revisions from one source.
                first with { Id = RuleFixtures.First, ReportedOn = new PartialDate(2022, 1, 20), Status = FigureStatus.Preliminary },
                first with { Id = RuleFixtures.Second, Range = CasualtyRange.Exactly(14), ReportedOn = new PartialDate(2022, 1, 27), Status = FigureStatus.Revised, Revises = RuleFixtures.First },
                first with { Range = CasualtyRange.Exactly(13), ReportedOn = new PartialDate(2022, 3), Status = FigureStatus.Final, Revises = RuleFixtures.Second },

                // The same source's figures as of two dates, without a chain: successive reports.
                first with { Kind = CasualtyKind.Wounded, Range = CasualtyRange.Exactly(3), ReportedOn = new PartialDate(2022, 1, 20) },
                first with { Kind = CasualtyKind.Wounded, Range = CasualtyRange.Exactly(5), ReportedOn = new PartialDate(2022, 1, 22) },

                // Two releases years apart: events that add up.
                first with { Kind = CasualtyKind.Released, Range = CasualtyRange.Exactly(21), Scope = CasualtyScope.Event, OccurredOn = new PartialDate(2022, 10, 13) },
                first with { Kind = CasualtyKind.Released, Range = CasualtyRange.Exactly(82), Scope = CasualtyScope.Event, OccurredOn = new PartialDate(2023, 5, 6) },
            ],
        };

        ValidationResult result = new IncidentValidator(RuleFixtures.Clock).Validate(edited);

        result.Issues.Should().NotContain(i => i.Code.StartsWith("INC-CAS-", StringComparison.Ordinal));

        // The near miss is one step away: the same date twice for one source, neither revising the other.
        Incident twice = edited with { Casualties = [.. edited.Casualties, first with { Kind = CasualtyKind.Wounded, Range = CasualtyRange.Exactly(4), ReportedOn = new PartialDate(2022, 1, 22) }] };
        new IncidentValidator(RuleFixtures.Clock).Validate(twice).Issues.Should().ContainSingle(i => i.Code == "INC-CAS-002" && i.Path == "/casualties/7/attributions/0/source");
    }

    [Theory]
    [InlineData("vbeid", "did you mean 'vbied'?")]
    [InlineData("armed-asault", "did you mean 'armed-assault'?")]
    [InlineData("riots", "did you mean 'riot'?")]
    [InlineData("cyber-intrusion", "is not a well-known attack method code; it is kept as given.")]
    public void UnknownCode_SuggestsTheNearestWellKnownCode(string code, string expected)
    {
        Incident edited = RuleFixtures.Raid with { Methods = [RuleFixtures.Raid.Methods[0] with { Kind = AttackMethodKind.Parse(code) }] };

        ValidationIssue issue = new IncidentValidator(RuleFixtures.Clock).Validate(edited).Issues.Should().ContainSingle(i => i.Code == "INC-CODE-001").Which;

        issue.Message.Should().Contain(expected);
        IncidentJson.Deserialize(IncidentJson.Serialize(edited)).Methods[0].Kind.Code.Should().Be(code, "an unknown code is kept for forward compatibility");
    }

    [Fact]
    public void PartsAndTotals_CountOnlyTheCurrentEstimate()
    {
        Incident raid = RuleFixtures.Raid;
        CasualtyFigure killed = raid.Casualties[0] with { Party = null, Kind = CasualtyKind.Killed };
        Incident edited = raid with
        {
            Casualties =
            [
                // The army's toll of 20 was revised down to 9 (double counting); the total of 11 stands.
                killed with { Party = RuleFixtures.Army, Id = RuleFixtures.First, Range = CasualtyRange.Exactly(20) },
                killed with { Party = RuleFixtures.Army, Range = CasualtyRange.Exactly(9), Status = FigureStatus.Revised, Revises = RuleFixtures.First },
                killed with { Range = CasualtyRange.Exactly(11) },
            ],
        };

        new IncidentValidator(RuleFixtures.Clock).Validate(edited).Issues.Should().NotContain(i => i.Code == "INC-CAS-001");
        Incident unrevised = edited with { Casualties = [edited.Casualties[0] with { Id = null }, edited.Casualties[2]] };
        new IncidentValidator(RuleFixtures.Clock).Validate(unrevised).Issues.Should().ContainSingle(i => i.Code == "INC-CAS-001");
    }

    private static readonly ValidationCode s_twoSources = new("X-SRC-001", ValidationSeverity.Warning, "Fewer than two sources.");

    private sealed class NeedsTwoSources() : IncidentRule(s_twoSources)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            if (incident.Sources.Count < 3)
            {
                context.Report(Code, "/sources", "An incident needs three sources.");
            }
        }
    }
}
