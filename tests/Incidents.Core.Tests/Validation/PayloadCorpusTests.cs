using System.Text;
using Incidents.Core.Tests.Support;
using Incidents.Core.Validation;

namespace Incidents.Core.Tests.Validation;

/// <summary>A corpus of broken payloads (Validation/Corpus), each with the exact issue list it must produce,
/// committed beside it as a golden file (<c>.expected</c>) and reviewed by hand. To regenerate after a deliberate
/// change: set INCIDENTS_UPDATE_GOLDEN=1, run the tests, and review the diff.</summary>
public sealed class PayloadCorpusTests
{
    private static readonly string s_corpus = Path.Combine(Repository.Root, "tests", "Incidents.Core.Tests", "Validation", "Corpus");

    public static TheoryData<string> Payloads => [.. Directory.GetFiles(s_corpus).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    /// <summary>The report as text: a summary line, then one line per issue.</summary>
    internal static string Render(PayloadValidationReport report)
    {
        var text = new StringBuilder();
        PayloadValidationSummary s = report.Summary;
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"# format={s.Format} documents={s.Documents} valid={s.Valid} invalid={s.Invalid} isValid={report.IsValid}\n");
        foreach (DocumentValidation document in report.Documents)
        {
            foreach (ValidationIssue i in document.Result.Issues)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{document.Index}\t{i.Line}:{i.Column}\t{i.Severity}\t{i.Code}\t{(i.Path.Length == 0 ? "/" : i.Path)}\t{i.Message}{(i.Occurrences > 1 ? $" ×{i.Occurrences}" : string.Empty)}\n");
            }
        }

        return text.ToString();
    }

    internal static async Task<PayloadValidationReport> ValidateFile(string name)
    {
        var validator = new IncidentPayloadValidator(RuleFixtures.Clock);
        return await validator.ValidateFileAsync(Path.Combine(s_corpus, name), TestContext.Current.CancellationToken);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Payload_ProducesExactlyTheExpectedIssues(string name)
    {
        string actual = Render(await ValidateFile(name));
        string expectedFile = Path.Combine(s_corpus, name + ".expected");
        if (Environment.GetEnvironmentVariable("INCIDENTS_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(expectedFile, actual, TestContext.Current.CancellationToken);
        }

        actual.Should().Be(await File.ReadAllTextAsync(expectedFile, TestContext.Current.CancellationToken));
    }
}
