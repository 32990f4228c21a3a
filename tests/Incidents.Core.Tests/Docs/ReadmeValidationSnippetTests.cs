#pragma warning disable xUnit1051 // The snippet is the README's, line for line; it has no cancellation token.
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;
using Incidents.Core.Tests.Validation;
using Incidents.Core.Validation;
using NodaTime;

namespace Incidents.Core.Tests.Docs;

/// <summary>The README's validation snippet, line for line.</summary>
public class ReadmeValidationSnippetTests
{
    [Fact]
    public async Task Snippet_Runs()
    {
        IClock clock = RuleFixtures.Clock;
        Incident incident = SeedIncidents.BarracksRaid;
        string directory = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        string previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = directory;
            await using (FileStream file = File.Create("incidents.ndjson"))
            {
                await IncidentJson.WriteNdjsonAsync(file, SeedIncidents.All);
            }

            var validator = new IncidentValidator(clock);                       // a NodaTime IClock: SystemClock.Instance, or a FakeClock
            ValidationResult result = validator.Validate(incident);             // cross-field and contextual rules
            bool ok = result.IsValid;                                           // no issue at or above result.FailAt (default: error)

            var payloads = new IncidentPayloadValidator(clock, new PayloadValidationOptions { Strict = true });
            PayloadValidationReport report = await payloads.ValidateFileAsync("incidents.ndjson");  // a document, an array or NDJSON
            string json = ValidationReportJson.ToJson(report);                  // the report for data teams
            string? problem = ValidationReportJson.ToProblemDetails(report);    // RFC 9457 for web APIs; null when valid

            ok.Should().BeTrue();
            report.Summary.Documents.Should().Be(2);
            report.IsValid.Should().BeTrue();
            json.Should().StartWith("{\"valid\":true,");
            problem.Should().BeNull("a valid payload is not a problem");
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Readme_ContainsTheSnippet()
    {
        Repository.ReadText("README.md").Should()
            .Contain("ValidationResult result = validator.Validate(incident);")
            .And.Contain("PayloadValidationReport report = await payloads.ValidateFileAsync(\"incidents.ndjson\");")
            .And.Contain("string? problem = ValidationReportJson.ToProblemDetails(report);");
    }
}
