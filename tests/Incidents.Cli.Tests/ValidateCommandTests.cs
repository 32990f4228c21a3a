using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Json.Schema;

namespace Incidents.Cli.Tests;

public sealed class ValidateCommandTests
{
    private static readonly JsonSchema s_reportSchema = JsonSchema.FromText(ReportSchema.Text);
    private static readonly JsonSchema s_sarifSchema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "sarif-2.1.0.json")));

    [Fact]
    public async Task ValidFile_Exits0_WithASummaryPerFileAndInTotal()
    {
        using var dir = new TempFolder();
        string file = dir.Write("seeds.ndjson", Payloads.SeedNdjson);

        ToolResult result = await ToolRun.RunAsync("validate", file);

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.OutputLines.Should().Equal(
            $"{file}: 2 documents, 2 valid, 0 invalid; 0 errors, 0 warnings, 0 infos (ndjson)",
            "total: 1 file, 2 documents, 2 valid, 0 invalid; 0 errors, 0 warnings, 0 infos: passed");
    }

    [Fact]
    public async Task BrokenFile_Exits1_OneIssueALine_InTheFormEditorsLink()
    {
        using var dir = new TempFolder();
        string file = dir.Write("broken.json", Payloads.Broken);

        ToolResult result = await ToolRun.RunAsync("validate", file);

        result.ExitCode.Should().Be(1);
        result.OutputLines.Should().HaveCount(7);
        result.OutputLines[0].Should().Be($"{file}:1:1: error INC-JSON-003 \"\" An incident requires the property 'schemaVersion'. [document 0]");
        result.OutputLines[^1].Should().EndWith("5 errors, 0 warnings, 0 infos: failed (issues at or above error)");
    }

    [Fact]
    public async Task AValueWithALineBreakOrATerminalEscape_StaysOnItsIssuesLine()
    {
        using var dir = new TempFolder();
        string file = dir.Write("hostile.json", "{\"id\":\"a\\nb\\u001b[31m\"}");

        ToolResult result = await ToolRun.RunAsync("validate", file);

        result.OutputLines.Should().HaveCount(8).And.OnlyContain(l => l.StartsWith(file, StringComparison.Ordinal) || l.StartsWith("total: ", StringComparison.Ordinal));
        result.Output.Should().NotContain("\u001b").And.NotContain("\r");
        result.OutputLines[0].Should().StartWith($"{file}:1:7: error INC-JSON-005 /id 'a\\nb\\u001B[31m' is not an incident id");
    }

    [Fact]
    public async Task ARepeatedIncidentId_IsReported_UnlessTheCheckAcrossDocumentsIsOff()
    {
        using var dir = new TempFolder();
        string file = dir.Write("twice.ndjson", Payloads.FirstSeed + "\n" + Payloads.FirstSeed + "\n");

        ToolResult checkedRun = await ToolRun.RunAsync("validate", file);
        ToolResult withoutCheck = await ToolRun.RunAsync("validate", file, "--no-across-documents", "--output", "json");

        checkedRun.OutputLines[0].Should().StartWith($"{file}:2:").And.Contain(" warning INC-REF-006 /id ");
        withoutCheck.Output.Should().NotContain("INC-REF-006");
        using JsonDocument report = JsonDocument.Parse(withoutCheck.Output);
        report.RootElement.GetProperty("options").GetProperty("acrossDocuments").GetBoolean().Should().BeFalse();
        report.RootElement.GetProperty("reportVersion").GetString().Should().Be("1.1");
    }

    [Fact]
    public async Task IssuesOfAReadableDocument_NameItsIncident()
    {
        using var dir = new TempFolder();
        string unknown = Payloads.FirstSeed.Insert(1, "\"surprise\":1,");
        string file = dir.Write("one.json", unknown);

        ToolResult warned = await ToolRun.RunAsync("validate", file);
        ToolResult strict = await ToolRun.RunAsync("validate", "--strict", file);
        ToolResult failOnWarning = await ToolRun.RunAsync("validate", "--fail-on", "warning", file);

        warned.ExitCode.Should().Be(0, "a warning is below the default --fail-on error");
        warned.OutputLines[0].Should().StartWith($"{file}:1:2: warning INC-JSON-010 /surprise ").And.EndWith("[incident 2022-01-20-sy-hasakah-prison-assault]");
        strict.ExitCode.Should().Be(1);
        strict.OutputLines[0].Should().Contain(": error INC-JSON-010 /surprise ");
        failOnWarning.ExitCode.Should().Be(1);
    }

    [Fact]
    public async Task EmptyNdjson_IsValid_AndAnEmptyJsonFileIsNot()
    {
        using var dir = new TempFolder();
        string ndjson = dir.Write("empty.ndjson", string.Empty);
        string json = dir.Write("empty.json", string.Empty);

        (await ToolRun.RunAsync("validate", ndjson)).ExitCode.Should().Be(0);
        (await ToolRun.RunAsync("validate", json)).ExitCode.Should().Be(1);
    }

    [Fact]
    public async Task ByteOrderMark_IsReported_UnlessAllowed()
    {
        using var dir = new TempFolder();
        string file = dir.Write("bom.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Payloads.FirstSeed)]);

        ToolResult reported = await ToolRun.RunAsync("validate", file);
        ToolResult allowed = await ToolRun.RunAsync("validate", "--allow-bom", file);

        reported.ExitCode.Should().Be(1);
        reported.OutputLines[0].Should().Contain("error INC-JSON-008");
        allowed.ExitCode.Should().Be(0);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    [InlineData("utf-32be")]
    public async Task Utf16And32_WithAByteOrderMark_AreDecoded(string encoding)
    {
        Encoding e = encoding switch
        {
            "utf-16le" => new UnicodeEncoding(false, true),
            "utf-16be" => new UnicodeEncoding(true, true),
            "utf-32le" => new UTF32Encoding(false, true),
            _ => new UTF32Encoding(true, true),
        };
        using var dir = new TempFolder();
        string file = dir.Write("wide.ndjson", [.. e.GetPreamble(), .. e.GetBytes(Payloads.SeedNdjson)]);

        ToolResult result = await ToolRun.RunAsync("validate", file);

        result.ExitCode.Should().Be(0);
        result.OutputLines[0].Should().Be($"{file}: 2 documents, 2 valid, 0 invalid; 0 errors, 0 warnings, 0 infos (ndjson, decoded from {encoding})");
    }

    [Fact]
    public async Task Gzip_IsReadByItsMagicBytes_WhateverTheName()
    {
        using var dir = new TempFolder();
        byte[] compressed = Gzip(Encoding.UTF8.GetBytes(Payloads.SeedNdjson));
        string gz = dir.Write("seeds.ndjson.gz", compressed);
        string misnamed = dir.Write("seeds.txt", compressed);
        // A valid gzip header, then deflate blocks of the reserved type 3: the decompressor refuses them.
        string corrupt = dir.Write("corrupt.ndjson.gz", [.. compressed[..10], .. Enumerable.Repeat((byte)0xFF, 64)]);

        ToolResult result = await ToolRun.RunAsync("validate", gz, misnamed);
        ToolResult broken = await ToolRun.RunAsync("validate", corrupt);

        result.ExitCode.Should().Be(0);
        result.OutputLines[0].Should().EndWith("(ndjson, gzip)");
        result.OutputLines[1].Should().EndWith("(auto, gzip)");
        broken.ExitCode.Should().Be(2, "a corrupt gzip stream is an input that cannot be read");
        broken.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"incidents: cannot read '{corrupt}'");
    }

    [Fact]
    public async Task StandardInput_IsRead_AsDash()
    {
        ToolResult result = await ToolRun.RunAsync(["validate", "-"], Encoding.UTF8.GetBytes(Payloads.SeedNdjson), TestContext.Current.CancellationToken);

        result.ExitCode.Should().Be(0);
        result.OutputLines[0].Should().StartWith("<stdin>: 2 documents, 2 valid");
    }

    [Fact]
    public async Task AFolderOf100Files_AndAGlob_AreValidatedInOrder_WithTheSameReportAtAnyJobs()
    {
        using var dir = new TempFolder();
        for (int i = 0; i < 100; i++)
        {
            dir.Write(Path.Combine("batch", $"part-{i:D3}.ndjson"), i % 10 == 7 ? Payloads.Broken : Payloads.SeedNdjson);
        }

        dir.Write(Path.Combine("batch", "readme.txt"), "not a payload");
        ToolResult one = await ToolRun.RunAsync("validate", "--jobs", "1", Path.Combine(dir.Path, "batch"));
        ToolResult many = await ToolRun.RunAsync("validate", "--jobs", "8", Path.Combine(dir.Path, "batch"));
        ToolResult glob = await ToolRun.RunAsync("validate", "--jobs", "3", Path.Combine(dir.Path, "batch", "part-*.ndjson"));

        one.ExitCode.Should().Be(1);
        one.OutputLines.Where(l => l.Contains(" valid, ", StringComparison.Ordinal) && !l.StartsWith("total", StringComparison.Ordinal)).Should().HaveCount(100);
        one.OutputLines[^1].Should().Be("total: 100 files, 190 documents, 180 valid, 10 invalid; 50 errors, 0 warnings, 0 infos: failed (issues at or above error)");
        many.Output.Should().Be(one.Output, "the report keeps input order whatever the jobs");
        glob.Output.Should().Be(one.Output);
    }

    [Fact]
    public async Task Output_IsTheSameInEveryCulture_AndTheCallersCultureIsLeftAsItWas()
    {
        using var dir = new TempFolder();
        string file = dir.Write("big.ndjson", string.Concat(Enumerable.Repeat(Payloads.FirstSeed + "\n", 1_200)) + Payloads.Broken + "\n");
        (System.Globalization.CultureInfo before, System.Globalization.CultureInfo beforeUi) = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        ToolResult invariant = await ToolRun.RunAsync("validate", file);
        ToolResult usageInvariant = await ToolRun.RunAsync("validate");
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("tr-TR");

            ToolResult turkish = await ToolRun.RunAsync("validate", file);
            ToolResult usageTurkish = await ToolRun.RunAsync("validate");

            turkish.Output.Should().Be(invariant.Output).And.Contain("1,201 documents", "counts are grouped the invariant way");
            usageTurkish.Error.Should().Be(usageInvariant.Error).And.StartWith("incidents: Required argument 'inputs' missing", "System.CommandLine would translate it");
            System.Globalization.CultureInfo.CurrentCulture.Name.Should().Be("tr-TR", "the tool sets the cultures for its own run only");
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    [Theory]
    [InlineData(new[] { "validate", "--bogus", "x.json" }, "incidents: unknown option '--bogus'")]
    [InlineData(new[] { "validate", "--output", "xml", "x.json" }, "incidents: Argument 'xml' not recognized.")]
    [InlineData(new[] { "validate" }, "incidents: Required argument 'inputs' missing")]
    [InlineData(new[] { "frobnicate" }, "incidents: ")]
    [InlineData(new string[0], "incidents: Required command was not provided.")]
    public async Task UsageErrors_Exit2_WithOneLineOnStandardError_AndNoStackTrace(string[] args, string start)
    {
        ToolResult result = await ToolRun.RunAsync(args, null, TestContext.Current.CancellationToken);

        result.ExitCode.Should().Be(2);
        result.ErrorLines[0].Should().StartWith(start);
        result.Error.Should().NotContain("   at ");
    }

    [Fact]
    public async Task MissingFileAndFolder_Exit2_AfterValidatingTheRest()
    {
        using var dir = new TempFolder();
        string good = dir.Write("good.json", Payloads.FirstSeed);
        string missing = Path.Combine(dir.Path, "missing.json");
        string emptyFolder = Directory.CreateDirectory(Path.Combine(dir.Path, "nothing")).FullName;

        ToolResult result = await ToolRun.RunAsync("validate", good, missing, emptyFolder, Path.Combine(dir.Path, "*.xml"));

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal(
            $"incidents: no such file or folder: '{missing}'",
            $"incidents: the folder '{emptyFolder}' has no .json, .ndjson or .jsonl file (nor one of those gzipped)",
            $"incidents: no file matches '{Path.Combine(dir.Path, "*.xml")}'");
        result.OutputLines[0].Should().StartWith($"{good}: 1 document, 1 valid");
    }

    [Fact]
    public async Task Help_AndVersion_Exit0_AndHelpDocumentsTheExitCodes()
    {
        ToolResult help = await ToolRun.RunAsync("validate", "--help");
        ToolResult version = await ToolRun.RunAsync("--version");

        help.ExitCode.Should().Be(0);
        help.Output.Should().Contain("--fail-on").And.Contain("130  interrupted (Ctrl-C)").And.Contain("2    usage error");
        version.ExitCode.Should().Be(0);
        version.Output.Trim().Should().StartWith("0.");
    }

    [Fact]
    public async Task JsonReport_FollowsItsSchema_AndNamesToolOptionsFilesAndIncidents()
    {
        using var dir = new TempFolder();
        string good = dir.Write("good.ndjson", Payloads.SeedNdjson);
        string bad = dir.Write("bad.json", Payloads.Broken);

        ToolResult result = await ToolRun.RunAsync("validate", "--output", "json", "--max-issues", "3", good, bad);

        result.ExitCode.Should().Be(1);
        using JsonDocument report = JsonDocument.Parse(result.Output);
        s_reportSchema.Evaluate(report.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid.Should().BeTrue(result.Output);
        JsonElement root = report.RootElement;
        root.GetProperty("tool").GetProperty("name").GetString().Should().Be("incidents");
        root.GetProperty("options").GetProperty("maxIssues").GetInt32().Should().Be(3);
        root.GetProperty("files")[0].GetProperty("incidentIds").EnumerateArray().Select(e => e.GetString()).Should().Equal("2022-01-20-sy-hasakah-prison-assault", "2022-01-20-iq-baghdad-barracks-raid");
        JsonElement[] issues = [.. root.GetProperty("files")[1].GetProperty("issues").EnumerateArray()];
        issues.Should().HaveCount(4, "--max-issues 3, and one saying that the rest were left out");
        issues[^1].GetProperty("message").GetString().Should().Contain("2");
        root.GetProperty("totals").GetProperty("exitCode").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task NdjsonReport_HasAnObjectPerIssueFileAndTotal()
    {
        using var dir = new TempFolder();
        string bad = dir.Write("bad.json", Payloads.Broken);

        ToolResult result = await ToolRun.RunAsync("validate", "--output", "ndjson", bad);

        string[] types = [.. result.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("type").GetString()!)];
        types.Should().Equal("issue", "issue", "issue", "issue", "issue", "file", "total");
        JsonDocument.Parse(result.OutputLines[0]).RootElement.GetProperty("code").GetString().Should().Be("INC-JSON-003");
    }

    [Fact]
    public async Task SarifReport_FollowsTheSarif210Schema_WithARulePerCodeAndARegionPerIssue()
    {
        using var dir = new TempFolder();
        string bad = dir.Write(Path.Combine("sub dir", "bad.json"), Payloads.Broken);
        string good = dir.Write("good.ndjson", Payloads.SeedNdjson);

        ToolResult result = await ToolRun.RunAsync("validate", "--output", "sarif", good, bad);

        result.ExitCode.Should().Be(1);
        using JsonDocument sarif = JsonDocument.Parse(result.Output);
        EvaluationResults evaluation = s_sarifSchema.Evaluate(sarif.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        evaluation.IsValid.Should().BeTrue(string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        JsonElement run = sarif.RootElement.GetProperty("runs")[0];
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength().Should().Be(Core.Validation.ValidationCodes.All.Count);
        JsonElement first = run.GetProperty("results")[0];
        first.GetProperty("ruleId").GetString().Should().Be("INC-JSON-003");
        first.GetProperty("level").GetString().Should().Be("error");
        JsonElement location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().EndWith("sub%20dir/bad.json");
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Cancellation_StopsTheRun_WithAPartialSummary_AndExit130()
    {
        using var dir = new TempFolder();
        string file = dir.Write("seeds.ndjson", Payloads.SeedNdjson);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        ToolResult result = await ToolRun.RunAsync(["validate", file], null, cancelled.Token);

        result.ExitCode.Should().Be(130);
        result.OutputLines[^1].Should().StartWith("total: ").And.EndWith(": interrupted");
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }
}
