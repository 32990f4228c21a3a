using System.Text;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;
using Incidents.Core.Validation;

namespace Incidents.Core.Tests.Validation;

/// <summary>The catalogue of codes is complete and exact: every code produced is in it, every code in it is produced
/// by some test fixture, and the README lists each with its meaning.</summary>
public sealed class ValidationCatalogueTests
{
    /// <summary>A payload over a small document limit and one with a too-long string: the limit codes.</summary>
    internal static async Task<IEnumerable<ValidationIssue>> LimitScenarios()
    {
        string raid = IncidentJson.Serialize(SeedIncidents.BarracksRaid);
        var small = new IncidentPayloadValidator(RuleFixtures.Clock, new PayloadValidationOptions { Json = new IncidentJsonOptions { MaxDocumentLength = 1024 } });
        var strings = new IncidentPayloadValidator(RuleFixtures.Clock, new PayloadValidationOptions { Json = new IncidentJsonOptions { MaxStringLength = 256 } });
        string longSummary = raid.Replace("\"summary\":\"", "\"summary\":\"" + new string('x', 300), StringComparison.Ordinal);
        PayloadValidationReport a = small.Validate(Encoding.UTF8.GetBytes(raid + "\n" + raid + "\n"));
        PayloadValidationReport b = strings.Validate(Encoding.UTF8.GetBytes(longSummary));
        await Task.CompletedTask;
        return a.Issues.Concat(b.Issues);
    }

    private static async Task<HashSet<string>> ProducedByTheFixtures()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in PayloadCorpusTests.Payloads.Select(row => row.Data))
        {
            codes.UnionWith((await PayloadCorpusTests.ValidateFile(name)).Issues.Select(i => i.Code));
        }

        foreach (RuleFixtures.Fixture f in RuleFixtures.All)
        {
            codes.UnionWith(new IncidentValidator(RuleFixtures.Clock, f.Options).Validate(f.Trigger(RuleFixtures.Raid)).Issues.Select(i => i.Code));
        }

        codes.UnionWith((await LimitScenarios()).Select(i => i.Code));
        return codes;
    }

    [Fact]
    public async Task EveryCatalogueEntry_IsProducedBySomeFixture_AndEveryProducedCodeIsInTheCatalogue()
    {
        HashSet<string> produced = await ProducedByTheFixtures();

        produced.Should().BeSubsetOf(ValidationCodes.All.Select(c => c.Code), "a code used without a catalogue entry");
        ValidationCodes.All.Select(c => c.Code).Should().BeSubsetOf(produced, "a catalogue entry that no fixture produces");
    }

    [Fact]
    public void Catalogue_HasUniqueCodes_AndListsEveryStaticEntry()
    {
        ValidationCodes.All.Select(c => c.Code).Should().OnlyHaveUniqueItems();
        typeof(ValidationCodes).GetProperties().Where(p => p.PropertyType == typeof(ValidationCode))
            .Select(p => (ValidationCode)p.GetValue(null)!).Should().BeEquivalentTo(ValidationCodes.All);
        ValidationCodes.Find("INC-REF-001").Should().BeSameAs(ValidationCodes.UnknownActor);
        ValidationCodes.Find("nope").Should().BeNull();
    }

    [Fact]
    public void Readme_ListsEveryCodeWithItsSeverityAndMeaning()
    {
        string readme = Repository.ReadText("README.md");

        foreach (ValidationCode code in ValidationCodes.All)
        {
            readme.Should().Contain($"| `{code.Code}` | {code.DefaultSeverity.ToString().ToLowerInvariant()} | {code.Meaning} |");
        }
    }

    [Fact]
    public async Task Limits_AreReportedWithTheirCode()
    {
        ValidationIssue[] issues = [.. await LimitScenarios()];

        issues.Should().HaveCount(3);
        issues.Should().OnlyContain(i => i.Code == "INC-JSON-007");
        issues.Select(i => (i.Line, i.Path)).Should().Equal((1L, string.Empty), (2L, string.Empty), (1L, "/summary"));
    }
}
