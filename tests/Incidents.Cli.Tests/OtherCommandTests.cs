using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Incidents.Cli.Tests;

public sealed class OtherCommandTests
{
    private static string Sample(string name) => Path.Combine(Payloads.RepositoryRoot, "samples", "data", name);

    [Fact]
    public async Task ConvertUcdp_GivesTheCommittedSample_ByteForByte_WithTheImportIssuesOnStandardError()
    {
        // samples/data/ucdp-ged-iraq.ndjson is this conversion of the vendored real GED rows (the README's main job
        // validates it): any change to the importer or the writer shows here.
        using var dir = new TempFolder();
        string output = Path.Combine(dir.Path, "ged.ndjson");
        string csv = Path.Combine(Payloads.RepositoryRoot, "tests", "data", "ucdp-ged", "ged_iraq_hdx_ged191.csv");

        ToolResult result = await ToolRun.RunAsync("convert", "ucdp", csv, "--imported-at", "2026-11-30T00:00:00Z", "-o", output);

        result.ExitCode.Should().Be(0);
        File.ReadAllBytes(output).Should().Equal(File.ReadAllBytes(Sample("ucdp-ged-iraq.ndjson")));
        result.ErrorLines[^1].Should().Be($"{csv}: 802 rows (19.1 (HDX)), 802 imported, 0 rejected; 247 import issues");
        result.ErrorLines.Should().Contain(l => l.Contains(":row 788: normalized low '7,6,6': The estimates are out of order", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConvertUcdp_OfARowLongerThanTheLimit_Exits1_AfterConvertingTheRowsBeforeIt()
    {
        using var dir = new TempFolder();
        string[] lines = File.ReadAllLines(Path.Combine(Payloads.RepositoryRoot, "tests", "data", "ucdp-ged", "ged_iraq_hdx_ged191.csv"));
        string hostile = string.Join("\n", lines[..4]) + "\n1,\"" + new string('x', 3 << 20) + "\n" + lines[4] + "\n";
        string csv = dir.Write("hostile.csv", hostile);

        ToolResult result = await ToolRun.RunAsync("convert", "ucdp", csv);

        result.ExitCode.Should().Be(1);
        result.OutputLines.Should().HaveCount(2, "the two events before the hostile row are converted");
        result.ErrorLines.Should().Contain($"incidents: {csv}: Row 5 of the file (counting the header) is longer than the limit (GedImportOptions.MaxRowLength) of 1,048,576 characters, inside a quoted field that does not end; GED rows have a few thousand.");
        result.ErrorLines[^1].Should().EndWith("; stopped before the end");
        result.Error.Should().NotContain("   at ");
    }

    [Fact]
    public async Task ConvertUcdp_OfATruncatedFile_Exits1_NamingTheRejectedRow()
    {
        using var dir = new TempFolder();
        string[] lines = File.ReadAllLines(Path.Combine(Payloads.RepositoryRoot, "tests", "data", "ucdp-ged", "ged_iraq_hdx_ged191.csv"));
        string cut = string.Join("\n", lines[..5]) + "\n" + lines[5][..(lines[5].Length / 2)];
        string csv = dir.Write("cut.csv", cut);

        ToolResult result = await ToolRun.RunAsync("convert", "ucdp", csv);

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().Contain(l => l.Contains(":row 4: rejected * ", StringComparison.Ordinal) && l.Contains("cut short", StringComparison.Ordinal));
        result.OutputLines.Should().HaveCount(3);
    }

    [Fact]
    public async Task ExportStix_GivesOneBundleALine_AndTheLossReportOnStandardErrorOrInAFile()
    {
        using var dir = new TempFolder();
        string losses = Path.Combine(dir.Path, "losses.txt");

        ToolResult toStandardError = await ToolRun.RunAsync("export", "stix", Sample("seed-incidents.ndjson"));
        ToolResult toFile = await ToolRun.RunAsync("export", "stix", Sample("seed-incidents.ndjson"), "--loss-report", losses);

        toStandardError.ExitCode.Should().Be(0);
        toStandardError.OutputLines.Should().HaveCount(2);
        toStandardError.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("type").GetString()).Should().OnlyContain(t => t == "bundle");
        toStandardError.ErrorLines.Should().Contain(l => l.StartsWith("2022-01-20-sy-hasakah-prison-assault: ", StringComparison.Ordinal));
        toFile.Output.Should().Be(toStandardError.Output);
        File.ReadAllLines(losses).Should().Equal(toStandardError.ErrorLines[..^1]);
        toFile.ErrorLines.Should().ContainSingle().Which.Should().EndWith("2 incidents exported to stix, 0 not readable; " + (toStandardError.ErrorLines.Length - 1) + " losses");
    }

    [Fact]
    public async Task Schema_PrintsTheIncidentSchema_OrTheReportSchema()
    {
        ToolResult incident = await ToolRun.RunAsync("schema");
        ToolResult report = await ToolRun.RunAsync("schema", "report");

        incident.Output.Trim().Should().Be(Core.Json.IncidentJsonSchema.GenerateText().Trim());
        JsonDocument.Parse(report.Output).RootElement.GetProperty("title").GetString().Should().Be("incidents validate --output json");
    }

    [Fact]
    public async Task Example_IsTheSeedsAsCanonicalJson_AndTheCommittedSample()
    {
        ToolResult example = await ToolRun.RunAsync("example");

        example.Output.Should().Be(File.ReadAllText(Sample("seed-incidents.ndjson")));
        foreach (string line in example.OutputLines)
        {
            byte[] json = Encoding.UTF8.GetBytes(line);
            Core.Json.IncidentJson.SerializeToUtf8Bytes(Core.Json.IncidentJson.Deserialize(json)).Should().Equal(json);
        }
    }

    [Fact]
    public async Task Demo_ChecksTheSeeds_AndExits0()
    {
        ToolResult demo = await ToolRun.RunAsync("demo");

        demo.ExitCode.Should().Be(0);
        demo.OutputLines[^1].Should().Be("2 incidents built, 0 problems.");
    }
}

/// <summary>The built tool run as a process, as a user or CI runs it: exit codes, the streams, standard input.</summary>
public sealed class ProcessTests
{
    private static readonly string s_tool = Path.Combine(AppContext.BaseDirectory, "incidents.dll");

    private static async Task<ToolResult> RunAsync(string? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(s_tool);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        Task<string> error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new ToolResult(process.ExitCode, (await output).Replace("\r\n", "\n", StringComparison.Ordinal), (await error).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSamples_Pass_AsTheReadmesMainJobRunsThem()
    {
        ToolResult result = await RunAsync(null, "validate", Path.Combine(Payloads.RepositoryRoot, "samples", "data"));

        result.ExitCode.Should().Be(0);
        result.OutputLines[^1].Should().Be("total: 2 files, 804 documents, 804 valid, 0 invalid; 0 errors, 0 warnings, 0 infos: passed");
        result.Error.Should().BeEmpty("standard error is not a terminal: no progress");
    }

    [Fact]
    public async Task BrokenInput_Exits1_AndAMissingFile2_WithOneLineAndNoStackTrace()
    {
        using var dir = new TempFolder();
        string broken = dir.Write("broken.json", Payloads.Broken);
        string binary = dir.Write("binary.json", [0x00, 0xFF, 0x13, 0x37, 0x89, 0x50, 0x4E, 0x47]);

        ToolResult issues = await RunAsync(null, "validate", broken, binary);
        ToolResult missing = await RunAsync(null, "validate", Path.Combine(dir.Path, "missing.json"));

        issues.ExitCode.Should().Be(1);
        issues.Output.Should().Contain($"{binary}:1:1: error INC-JSON-001");
        missing.ExitCode.Should().Be(2);
        missing.ErrorLines.Should().ContainSingle().Which.Should().StartWith("incidents: no such file or folder");
        missing.Error.Should().NotContain("   at ");
    }

    [Fact]
    public async Task OnATerminal_StandardErrorShowsProgress()
    {
        // util-linux's script(1) gives the tool a pseudo-terminal (Debian has it in every install); a file big enough to
        // take longer than the first redraw (250 ms). The pipe case is TheSamples_Pass_…: nothing on standard error.
        Assert.SkipWhen(!File.Exists("/usr/bin/script"), "script(1) is not installed");
        using var dir = new TempFolder();
        string sample = File.ReadAllText(Path.Combine(Payloads.RepositoryRoot, "samples", "data", "ucdp-ged-iraq.ndjson"));
        string big = Path.Combine(dir.Path, "big.ndjson");
        await using (StreamWriter writer = File.CreateText(big))
        {
            for (int i = 0; i < 40; i++)
            {
                await writer.WriteAsync(sample);
            }
        }

        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (string arg in new[] { "-q", "-e", "-c", $"dotnet '{s_tool}' validate '{big}'", "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        process.StandardInput.Close();
        string terminal = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        process.ExitCode.Should().Be(0);
        terminal.Should().Contain($"{big}: ").And.Contain(" MB/s), ").And.Contain(" documents in all (");
        terminal.Should().Contain("total: 1 file, 32,080 documents, 32,080 valid");
    }

    [Fact]
    public async Task StandardInput_IsValidated()
    {
        ToolResult result = await RunAsync(Payloads.SeedNdjson, "validate", "-", "--output", "ndjson");

        result.ExitCode.Should().Be(0);
        JsonDocument.Parse(result.OutputLines[0]).RootElement.GetProperty("documents").GetInt32().Should().Be(2);
    }
}
