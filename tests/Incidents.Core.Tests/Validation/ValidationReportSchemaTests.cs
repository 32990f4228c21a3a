using System.Text;
using System.Text.Json;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;
using Incidents.Core.Validation;
using Json.Schema;

namespace Incidents.Core.Tests.Validation;

/// <summary>Every shape <see cref="ValidationReportJson"/> writes — reports of valid and broken payloads of each
/// corpus file, in-memory results, problem details — validates against the shipped
/// <c>validation-report.schema.json</c> (JsonSchema.Net), and the schema rejects what it should.</summary>
public sealed class ValidationReportSchemaTests
{
    private static readonly JsonSchema s_schema = IndependentSchemas.ValidationReport;

    private static bool Valid(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return s_schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    [Fact]
    public void ShippedSchema_IsTheCommittedFile()
    {
        ValidationReportSchema.GetText().Should().Be(Repository.ReadText("src", "Incidents.Core", "Validation", "validation-report.schema.json"));
    }

    [Fact]
    public async Task EveryReportOfTheCorpus_AndItsProblemDetails_Validate()
    {
        string corpus = Path.Combine(Repository.Root, "tests", "Incidents.Core.Tests", "Validation", "Corpus");
        int problems = 0;
        foreach (string file in Directory.GetFiles(corpus).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)))
        {
            PayloadValidationReport report = await PayloadCorpusTests.ValidateFile(Path.GetFileName(file));

            Valid(ValidationReportJson.ToJson(report)).Should().BeTrue(file);
            Valid(ValidationReportJson.ToJson(report, indented: true)).Should().BeTrue(file);
            if (ValidationReportJson.ToProblemDetails(report, new Uri("/upload/1", UriKind.Relative)) is { } problem)
            {
                Valid(problem).Should().BeTrue(file);
                problems++;
            }
        }

        problems.Should().BeGreaterThan(5);
    }

    [Fact]
    public void ResultsInMemory_Validate()
    {
        var validator = new IncidentValidator(RuleFixtures.Clock);
        foreach (RuleFixtures.Fixture fixture in RuleFixtures.All)
        {
            ValidationResult result = new IncidentValidator(RuleFixtures.Clock, fixture.Options).Validate(fixture.Trigger(RuleFixtures.Raid));
            Valid(ValidationReportJson.ToJson(result)).Should().BeTrue(fixture.ToString());
            Valid(ValidationReportJson.ToProblemDetails(result) ?? "{}").Should().Be(!result.IsValid, fixture.ToString());
        }

        Valid(ValidationReportJson.ToJson(validator.Validate(SeedIncidents.BarracksRaid))).Should().BeTrue();
    }

    [Fact]
    public void RepeatedIssues_WithOccurrences_Validate()
    {
        string raid = IncidentJson.Serialize(SeedIncidents.BarracksRaid);
        string json = raid.Replace("\"title\":", string.Concat(Enumerable.Repeat("\"dup\":1,", 5)) + "\"title\":", StringComparison.Ordinal);

        string report = ValidationReportJson.ToJson(new IncidentPayloadValidator(RuleFixtures.Clock).Validate(Encoding.UTF8.GetBytes(json)));

        report.Should().Contain("\"occurrences\":4");
        Valid(report).Should().BeTrue();
    }

    [Theory]
    [InlineData("""{"valid":true,"failAt":"error","issues":[{"code":"INC-JSON-001","severity":"fatal","path":"","message":"m"}]}""")]
    [InlineData("""{"valid":true,"failAt":"error","issues":[{"code":"INC-JSON-001","severity":"error","path":"no-slash","message":"m"}]}""")]
    [InlineData("""{"valid":true,"failAt":"error","issues":[{"code":"INC-JSON-001","severity":"error","path":"","message":"m","line":2}]}""")]
    [InlineData("""{"type":"https://github.com/incidents-core/Incidents.Core/blob/main/README.md#validation-codes","title":"Another title","status":422,"detail":"d","errors":[{"code":"INC-JSON-001","severity":"error","path":"","message":"m"}]}""")]
    [InlineData("""{"type":"https://github.com/incidents-core/Incidents.Core/blob/main/README.md#validation-codes","title":"The incident data is not valid.","status":422,"detail":"d","errors":[]}""")]
    public void Schema_RejectsWhatTheWriterNeverWrites(string json)
    {
        Valid(json).Should().BeFalse();
    }
}
