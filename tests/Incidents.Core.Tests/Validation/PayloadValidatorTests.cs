using System.Text;
using System.Text.Json;
using CsCheck;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Validation;

namespace Incidents.Core.Tests.Validation;

public sealed class PayloadValidatorTests
{
    private static readonly string s_raid = IncidentJson.Serialize(SeedIncidents.BarracksRaid);
    private static readonly string s_prison = IncidentJson.Serialize(SeedIncidents.PrisonAssault);

    private static PayloadValidationReport Validate(string payload, PayloadValidationOptions? options = null) =>
        new IncidentPayloadValidator(RuleFixtures.Clock, options).Validate(Encoding.UTF8.GetBytes(payload));

    [Theory]
    [InlineData("array", PayloadFormat.Array, 2)]
    [InlineData("ndjson", PayloadFormat.Ndjson, 2)]
    [InlineData("indented", PayloadFormat.Document, 1)]
    [InlineData("one line", PayloadFormat.Document, 1)]
    public void Format_IsDetected(string shape, PayloadFormat format, int documents)
    {
        string payload = shape switch
        {
            "array" => $"  [{s_raid},\n{s_prison}]",
            "ndjson" => $"{s_raid}\n{s_prison}\n",
            "indented" => IncidentJson.Serialize(SeedIncidents.PrisonAssault, new IncidentJsonOptions { WriteIndented = true }),
            _ => s_raid,
        };

        PayloadValidationReport report = Validate(payload);

        report.Summary.Format.Should().Be(format);
        report.Summary.Documents.Should().Be(documents);
        report.IsValid.Should().BeTrue();
        report.Issues.Should().BeEmpty();
    }

    [Fact]
    public void ExplicitFormat_IsObeyed()
    {
        PayloadValidationReport report = Validate($"{s_raid}\n{s_prison}\n", new PayloadValidationOptions { Format = PayloadFormat.Document });

        report.Summary.Documents.Should().Be(1);
        report.Issues.Should().ContainSingle().Which.Code.Should().Be("INC-JSON-001");
    }

    [Fact]
    public void StrictMode_MakesUnknownPropertiesErrors()
    {
        string payload = s_raid.Replace("\"title\":", "\"x\":1,\"title\":", StringComparison.Ordinal);

        Validate(payload).IsValid.Should().BeTrue();
        PayloadValidationReport strict = Validate(payload, new PayloadValidationOptions { Strict = true });

        strict.IsValid.Should().BeFalse();
        strict.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == "INC-JSON-010" && i.Severity == ValidationSeverity.Error && i.Path == "/x");
    }

    [Fact]
    public void DeclaredExtensions_DoNotUseUpTheIssuesOfADocument()
    {
        // 150 declared properties and, after them, one that is not: before the reader knew the declared prefixes, each
        // declared property was a problem described, then dropped — and the first 100 used up MaxIssuesPerDocument, so
        // the undeclared one was counted, not listed.
        string declared = string.Concat(Enumerable.Range(0, 150).Select(i => $"\"ged:c{i}\":{i},"));
        string payload = s_raid.Replace("\"title\":", declared + "\"surprise\":1,\"title\":", StringComparison.Ordinal);

        PayloadValidationReport report = Validate(payload, new PayloadValidationOptions { Strict = true, DeclaredExtensionPrefixes = ["ged:"], MaxIssuesPerDocument = 100 });

        report.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == "INC-JSON-010" && i.Path == "/surprise");
        IncidentJson.Deserialize(payload).Extensions.Count.Should().Be(151, "declared or not, every extension property is kept");
    }

    [Theory]
    [InlineData("", "INC-JSON-001", 1)]
    [InlineData("   \n  ", "INC-JSON-001", 1)]
    [InlineData("[]", null, 0)]
    [InlineData("[\n]\n", null, 0)]
    [InlineData("[", "INC-JSON-001", 0)]
    [InlineData("[5", "INC-JSON-002", 1)]
    [InlineData("{} {}", "INC-JSON-001", 1)]
    public void EdgePayloads_AreReportedNotThrown(string payload, string? code, int documents)
    {
        PayloadValidationReport report = Validate(payload);

        report.Summary.Documents.Should().Be(documents);
        if (code is null)
        {
            report.IsValid.Should().BeTrue();
        }
        else
        {
            report.Issues.Select(i => i.Code).Should().Contain(code);
            report.IsValid.Should().BeFalse();
        }
    }

    [Theory]
    [InlineData("array in an extension", "{\"x\":", "[", "]", "}", 63, "/x/0")]
    [InlineData("objects in an extension", "{\"x\":", "{\"y\":", "}", "}", 63, "/x/y")]
    [InlineData("array at the top", "", "[", "]", "", 64, "")]
    [InlineData("with white space", "{ \"x\" : ", "[ \n", " ]", " }", 63, "/x/0")]
    public void NestingBeyondMaxDepth_IsALimit_AtItsPlace(string _, string open, string each, string close, string end, int withinLimit, string path)
    {
        string Nest(int depth) => open + string.Concat(Enumerable.Repeat(each, depth)) + (each.Contains('{') ? "1" : "") + string.Concat(Enumerable.Repeat(close, depth)) + end;

        // At the limit the document is read (and fails later for what it lacks); one deeper is a limit, not a syntax error.
        Validate(Nest(withinLimit), new PayloadValidationOptions { Format = PayloadFormat.Document }).Issues.Should().NotContain(i => i.Code == "INC-JSON-001" || i.Code == "INC-JSON-007");
        PayloadValidationReport report = Validate(Nest(withinLimit + 1), new PayloadValidationOptions { Format = PayloadFormat.Document });
        ValidationIssue issue = report.Issues.Where(i => i.Code is "INC-JSON-001" or "INC-JSON-007").Should().ContainSingle().Subject;
        issue.Code.Should().Be("INC-JSON-007");
        issue.Path.Should().StartWith(path, "it points into the nesting, at the deepest element read ({0})", issue.Path);
        issue.Path.Count(c => c == '/').Should().BeInRange(path.Length == 0 ? 0 : withinLimit - 2, withinLimit);
        issue.Message.Should().Be("An object or array here would nest 65 deep; the limit (MaxDepth) is 64.");
        (each.Contains('\n') ? issue.Line : issue.Column).Should().BeGreaterThan(withinLimit, "it points at the nesting's end");
    }

    [Theory]
    [InlineData("a missing comma at the limit", "[1 [2]]")]
    [InlineData("a value where a name belongs", "{[1]:2}")]
    [InlineData("a colon after a value", "[1:[2]]")]
    [InlineData("an array after a name's value", "{\"a\":1,[2]}")]
    public void ASyntaxErrorAtTheLimit_IsStillASyntaxError(string _, string inner)
    {
        // The same syntax errors with the nesting around them 62 deep, so that the next value would be 64 or 65 deep.
        string document = "{\"x\":" + new string('[', 62) + inner + new string(']', 62) + "}";
        Validate(document, new PayloadValidationOptions { Format = PayloadFormat.Document }).Issues.Where(i => i.Code is "INC-JSON-001" or "INC-JSON-007")
            .Should().ContainSingle().Which.Code.Should().Be("INC-JSON-001");
    }

    [Fact]
    public void TooLongLinesAndElements_AreReported_AndTheNextOneIsStillRead()
    {
        var options = new PayloadValidationOptions { Json = new IncidentJsonOptions { MaxDocumentLength = 4096 } };

        PayloadValidationReport ndjson = Validate($"{s_prison}\n{s_raid.Replace("\"raid\"", "\"RAID\"", StringComparison.Ordinal)}\n", options);
        PayloadValidationReport array = Validate($"[{s_prison},{s_raid.Replace("\"raid\"", "\"RAID\"", StringComparison.Ordinal)}]", options);

        foreach (PayloadValidationReport report in new[] { ndjson, array })
        {
            report.Summary.Documents.Should().Be(2);
            report.Issues.Select(i => (i.Code, i.Path)).Should().Equal(("INC-JSON-007", string.Empty), ("INC-JSON-005", "/methods/0/kind"));
        }
    }

    [Fact]
    public void MaxIssuesKept_BoundsTheReport_AndTheSummaryStillCountsEverything()
    {
        string bad = s_raid.Replace("\"raid\"", "\"RAID\"", StringComparison.Ordinal);
        string payload = string.Join('\n', Enumerable.Repeat(bad, 10));

        PayloadValidationReport report = Validate(payload, new PayloadValidationOptions { MaxIssuesKept = 3 });

        report.Issues.Should().HaveCount(3);
        report.Summary.Invalid.Should().Be(10);
        report.Summary.CountOf("INC-JSON-005").Should().Be(10);
        report.Summary.IssuesNotKept.Should().Be(7);
    }

    [Fact]
    public async Task Streaming_YieldsEachDocumentWithItsIncident()
    {
        string payload = $"{s_raid}\n\n{s_raid.Replace("\"raid\"", "\"RAID\"", StringComparison.Ordinal)}\n{s_prison}\n";
        var results = new List<DocumentValidation>();

        await foreach (DocumentValidation d in new IncidentPayloadValidator(RuleFixtures.Clock).ValidateDocumentsAsync(new MemoryStream(Encoding.UTF8.GetBytes(payload)), TestContext.Current.CancellationToken))
        {
            results.Add(d);
        }

        results.Select(d => (d.Index, d.Line, d.IsValid)).Should().Equal((0L, 1L, true), (1L, 3L, false), (2L, 4L, true));
        results[0].Incident.Should().Be(SeedIncidents.BarracksRaid);
        results[1].Incident.Should().BeNull();
        results[2].Incident.Should().Be(SeedIncidents.PrisonAssault);
    }

    [Fact]
    public void ObjectRuleIssues_InAnArray_HaveTheirPositionInThePayload()
    {
        string bad = IncidentJson.Serialize(SeedIncidents.BarracksRaid with { Casualties = [SeedIncidents.BarracksRaid.Casualties[0] with { Party = new ActorId("nobody") }] });
        string payload = $"[\n{s_prison},\n  {bad}\n]";

        ValidationIssue issue = Validate(payload).Issues.Should().ContainSingle().Which;

        issue.Code.Should().Be("INC-REF-001");
        issue.Line.Should().Be(3);
        issue.Column.Should().Be(3 + bad.IndexOf("\"nobody\"", StringComparison.Ordinal));
    }

    [Fact]
    public void CorruptedPayloads_NeverThrow_AndBreakageIsReported()
    {
        byte[] ndjson = Encoding.UTF8.GetBytes($"{s_raid}\n{s_prison}\n");
        byte[] array = Encoding.UTF8.GetBytes($"[{s_raid},{s_prison}]");
        var validator = new IncidentPayloadValidator(RuleFixtures.Clock);
        Gen.Select(Gen.Bool, Gen.Int[0, 1 << 20], Gen.Byte, Gen.Int[1, 3]).Sample((useArray, at, value, edits) =>
        {
            byte[] copy = (byte[])(useArray ? array : ndjson).Clone();
            for (int i = 0; i < edits; i++)
            {
                copy[(at + (i * 7919)) % copy.Length] = value;
            }

            PayloadValidationReport report = validator.Validate(copy);
            return report.Summary.Documents >= 0 && report.Issues.All(i => i.Line >= 1 && i.Column >= 1);
        }, iter: 1500);
    }

    [Fact]
    public void Report_AsJson_HasTheDocumentedShape()
    {
        PayloadValidationReport report = Validate($"{s_raid}\n{s_raid.Replace("\"raid\"", "\"RAID\"", StringComparison.Ordinal)}\n");

        using JsonDocument json = JsonDocument.Parse(ValidationReportJson.ToJson(report));
        JsonElement root = json.RootElement;

        root.GetProperty("valid").GetBoolean().Should().BeFalse();
        root.GetProperty("failAt").GetString().Should().Be("error");
        JsonElement summary = root.GetProperty("summary");
        (summary.GetProperty("format").GetString(), summary.GetProperty("documents").GetInt64(), summary.GetProperty("valid").GetInt64(), summary.GetProperty("invalid").GetInt64())
            .Should().Be(("ndjson", 2L, 1L, 1L));
        summary.GetProperty("issuesByCode").GetProperty("INC-JSON-005").GetInt64().Should().Be(1);
        JsonElement issue = root.GetProperty("issues")[0];
        (issue.GetProperty("document").GetInt64(), issue.GetProperty("code").GetString(), issue.GetProperty("severity").GetString(), issue.GetProperty("path").GetString(), issue.GetProperty("line").GetInt64())
            .Should().Be((1L, "INC-JSON-005", "error", "/methods/0/kind", 2L));
        issue.GetProperty("column").GetInt64().Should().Be(1 + s_raid.IndexOf("\"raid\"", StringComparison.Ordinal));
    }

    [Fact]
    public void ProblemDetails_FollowRfc9457_WithTheIssuesInErrors()
    {
        PayloadValidationReport report = Validate(s_raid.Replace("\"raid\"", "\"RAID\"", StringComparison.Ordinal));

        using JsonDocument problem = JsonDocument.Parse(ValidationReportJson.ToProblemDetails(report, new Uri("/incidents/upload/17", UriKind.Relative))!);
        JsonElement root = problem.RootElement;

        root.GetProperty("type").GetString().Should().Be(ValidationReportJson.ProblemType.AbsoluteUri);
        root.GetProperty("title").GetString().Should().Be(ValidationReportJson.ProblemTitle);
        root.GetProperty("status").GetInt32().Should().Be(422);
        root.GetProperty("detail").GetString().Should().Be("1 of 1 documents are invalid (1 error, 0 warnings).");
        root.GetProperty("instance").GetString().Should().Be("/incidents/upload/17");
        root.GetProperty("errors").GetArrayLength().Should().Be(1);
        root.GetProperty("errors")[0].GetProperty("code").GetString().Should().Be("INC-JSON-005");
        ValidationReportJson.ProblemMediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public void ObjectResult_AsJsonAndProblemDetails()
    {
        ValidationResult result = new IncidentValidator(RuleFixtures.Clock).Validate(SeedIncidents.BarracksRaid with { Claims = [SeedIncidents.BarracksRaid.Claims[0] with { Claimant = null }] });

        using JsonDocument json = JsonDocument.Parse(ValidationReportJson.ToJson(result));
        using JsonDocument problem = JsonDocument.Parse(ValidationReportJson.ToProblemDetails(result)!);

        json.RootElement.GetProperty("issues")[0].GetProperty("code").GetString().Should().Be("INC-CLM-002");
        json.RootElement.GetProperty("issues")[0].TryGetProperty("line", out _).Should().BeFalse("an incident in memory has no lines");
        problem.RootElement.GetProperty("detail").GetString().Should().Be("1 error, 0 warnings.");
        problem.RootElement.GetProperty("title").GetString().Should().Be(ValidationReportJson.ProblemTitle, "one constant title per type (RFC 9457)");
    }

    [Fact]
    public void ProblemDetails_ValidData_IsNoProblem()
    {
        ValidationReportJson.ToProblemDetails(Validate(s_raid)).Should().BeNull();
        ValidationReportJson.ToProblemDetails(new IncidentValidator(RuleFixtures.Clock).Validate(SeedIncidents.BarracksRaid)).Should().BeNull();
    }

    private static string Minimal(string id, params string[] partOf) =>
        $"{{\"schemaVersion\":\"1.1\",\"id\":\"{id}\",\"title\":\"t\",\"timing\":{{\"date\":\"2020\"}},\"location\":{{\"precision\":\"country\"}}," +
        $"\"related\":[{string.Join(',', partOf.Select(p => $"{{\"incident\":\"{p}\",\"relation\":\"part-of\"}}"))}]," +
        "\"metadata\":{\"created\":\"2020-01-01T00:00:00Z\",\"modified\":\"2020-01-01T00:00:00Z\"}}";

    [Fact]
    public void AChainOfPartOf_OfTwentyThousandDocuments_ClosedIntoOneLoop_IsOneIssue()
    {
        const int n = 20_000;
        string payload = string.Concat(Enumerable.Range(0, n).Select(i => Minimal($"i{i}", $"i{(i + 1) % n}") + "\n"));

        PayloadValidationReport report = Validate(payload);

        report.Summary.Documents.Should().Be(n);
        report.Issues.Should().ContainSingle().Which.Code.Should().Be("INC-REF-008");
        report.IsValid.Should().BeFalse();
    }

    [Fact]
    public void TheCheckAcrossDocuments_CanBeTurnedOff_AndAResolvedWaveIsClean()
    {
        string loop = Minimal("a", "b") + "\n" + Minimal("b", "a") + "\n" + Minimal("a") + "\n";
        Validate(loop, new PayloadValidationOptions { CheckAcrossDocuments = false }).Issues.Should().BeEmpty();
        Validate(loop).Issues.Select(i => i.Code).Should().BeEquivalentTo(["INC-REF-006", "INC-REF-008"]);

        string wave = Minimal("wave") + "\n" + Minimal("site-1", "wave") + "\n" + Minimal("site-2", "wave", "wave-campaign") + "\n" + Minimal("wave-campaign") + "\n";
        Validate(wave).Issues.Should().BeEmpty();
    }

    [Fact]
    public void ManyLoopsThroughALongChain_AreListedUpToTheLimit_WithMessagesOfBoundedLength()
    {
        // A chain i0 ← i1 ← … ← i4999 (each part of the one before) and every document also part of the last one: 5,000
        // loops, the longest 5,000 ids long. Describing each would cost the square of the input.
        const int n = 5_000;
        string payload = string.Concat(Enumerable.Range(0, n).Select(i => Minimal($"i{i}", i == 0 ? [$"i{n - 1}"] : [$"i{i - 1}", $"i{n - 1}"]) + "\n"));

        PayloadValidationReport report = Validate(payload);

        ValidationIssue[] loops = [.. report.Issues.Where(i => i.Code == "INC-REF-008")];
        loops.Should().HaveCount(100, "MaxIssuesPerDocument of the result that holds them");
        loops.Should().OnlyContain(i => i.Message.Length < 300);
        loops.Should().Contain(i => i.Message.Contains("more …", StringComparison.Ordinal));
        report.Issues.Should().ContainSingle(i => i.Code == "INC-JSON-012");
    }
}
