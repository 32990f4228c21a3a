using System.Diagnostics;
using System.Globalization;
using System.Text;
using Incidents.Core.Tests.Support;

namespace Incidents.Cli.Tests;

/// <summary>The tool as a process on large generated files: a gigabyte of NDJSON, and a quarter of one of garbage,
/// stream through a capped heap with an exact report; Ctrl-C (SIGINT) ends a run with a partial summary and exit code 130.</summary>
public sealed class LargeFileTests
{
    private static readonly string s_tool = Path.Combine(AppContext.BaseDirectory, "incidents.dll");

    /// <summary>Writes NDJSON of at least <paramref name="bytes"/> bytes: the vendored GED sample's incidents again and
    /// again with ids made unique, and every 997th line a broken document (five errors: its required properties are
    /// missing). Returns the number of documents and of broken ones.</summary>
    private static (long Documents, long Broken) Generate(string path, long bytes)
    {
        string[] lines = File.ReadAllLines(Path.Combine(Payloads.RepositoryRoot, "samples", "data", "ucdp-ged-iraq.ndjson"));
        long documents = 0, broken = 0, written = 0;
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        for (int copy = 0; written < bytes; copy++)
        {
            string prefix = $"c{copy.ToString(CultureInfo.InvariantCulture)}-";
            foreach (string line in lines)
            {
                // The incident's id is the first "id" of its line (actors, sources and figures have their own after it).
                int id = line.IndexOf("\"id\":\"", StringComparison.Ordinal) + "\"id\":\"".Length;
                string document = ++documents % 997 == 0
                    ? $"{{\"id\":\"broken-{documents.ToString(CultureInfo.InvariantCulture)}\"}}"
                    : string.Concat(line.AsSpan(0, id), prefix, line.AsSpan(id));
                broken += documents % 997 == 0 ? 1 : 0;
                writer.WriteLine(document);
                written += document.Length + 1;
            }
        }

        return (documents, broken);
    }

    private static ProcessStartInfo Tool(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(s_tool);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>The process's peak resident set (VmHWM), in bytes, read from /proc until it exits.</summary>
    private static async Task<long> PeakMemoryAsync(Process process)
    {
        long peak = 0;
        while (!process.HasExited)
        {
            try
            {
                string? line = (await File.ReadAllLinesAsync($"/proc/{process.Id}/status", TestContext.Current.CancellationToken)).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (line is not null)
                {
                    peak = Math.Max(peak, long.Parse(line["VmHWM:".Length..^"kB".Length].Trim(), CultureInfo.InvariantCulture) * 1024);
                }
            }
            catch (IOException)
            {
                // It exited between the check and the read.
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return peak;
    }

    [Fact]
    public async Task AGigabyteOfNdjson_StreamsThroughACappedHeap_WithAnExactReport()
    {
        Assert.SkipWhen(!OperatingSystem.IsLinux(), "reads the peak memory from /proc");
        using var dir = new TempFolder();
        string big = Path.Combine(dir.Path, "big.ndjson");
        (long documents, long broken) = Generate(big, 1L << 30);
        ProcessStartInfo start = Tool("validate", big, "--jobs", "2");

        // A heap capped at 256 MiB: were memory to grow with the file, the run would fail with an out-of-memory error.
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x10000000";
        using Process process = Process.Start(start)!;
        Task<long> peak = PeakMemoryAsync(process);
        Task<string> error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var lines = new List<string>();
        while (await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
        {
            lines.Add(line);
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        (await error).Should().BeEmpty();
        process.ExitCode.Should().Be(1, "the broken documents are errors");
        string n(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
        lines[^1].Should().Be($"total: 1 file, {n(documents)} documents, {n(documents - broken)} valid, {n(broken)} invalid; {n(broken * 5)} errors, 0 warnings, 0 infos: failed (issues at or above error)");
        lines.Should().HaveCount((int)(broken * 5) + 2, "one line per issue, the file's summary and the total");
        lines.Where(l => l.Contains(" error INC-JSON-003 ", StringComparison.Ordinal)).Select(l => l[(big.Length + 1)..l.IndexOf(':', big.Length + 1)]).Distinct()
            .Should().Equal(Enumerable.Range(1, (int)broken).Select(i => (i * 997L).ToString(CultureInfo.InvariantCulture)), "each broken document's issues point at its own line, in order");
        (await peak).Should().BeLessThan(400L << 20, "the peak resident memory of the whole process, runtime included, for {0} documents", documents);
    }

    [Fact]
    public async Task AQuarterGigabyteOfGarbage_StreamsThroughACappedHeap_WithAnExactSummary()
    {
        Assert.SkipWhen(!OperatingSystem.IsLinux(), "reads the peak memory from /proc");
        using var dir = new TempFolder();
        string garbage = Path.Combine(dir.Path, "garbage.ndjson");
        long lines;
        await using (FileStream file = File.Create(garbage))
        {
            using GeneratedNdjson.LineStream stream = GeneratedNdjson.Open(GeneratedNdjson.GarbagePool(), 256L << 20);
            await stream.CopyToAsync(file, TestContext.Current.CancellationToken);
            lines = stream.Lines;
        }

        // A heap capped at 128 MiB (measured: the whole process peaks at ~90 MB resident).
        ProcessStartInfo start = Tool("validate", garbage, "--jobs", "2", "--no-across-documents");
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x8000000";
        using Process process = Process.Start(start)!;
        Task<long> peak = PeakMemoryAsync(process);
        Task<string> error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        // Counted, not kept: garbage gives millions of issue lines.
        long issueLines = 0;
        string last = string.Empty;
        while (await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
        {
            issueLines += line.StartsWith(garbage, StringComparison.Ordinal) ? 1 : 0;
            last = line;
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        (await error).Should().BeEmpty();
        process.ExitCode.Should().Be(1);
        string documents = lines.ToString("N0", CultureInfo.InvariantCulture);
        last.Should().StartWith($"total: 1 file, {documents} documents, ", "every line is a document, none lost or merged");
        issueLines.Should().BeGreaterThan(lines, "most lines have several issues");
        (await peak).Should().BeLessThan(200L << 20, "the peak resident memory of the whole process, runtime included, for {0} documents of garbage", lines);
    }

    [Fact]
    public async Task Sigint_EndsTheRun_WithAPartialSummary_AndExitCode130()
    {
        Assert.SkipWhen(!OperatingSystem.IsLinux(), "sends SIGINT with kill(1)");
        using var dir = new TempFolder();
        string big = Path.Combine(dir.Path, "big.ndjson");
        (long documents, _) = Generate(big, 300L << 20);
        using Process process = Process.Start(Tool("validate", big, "--jobs", "1", "--output", "ndjson"))!;
        Task<string> error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        Task<string> output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);

        // The first issue is on line 997: once it is out, validation is under way (and far from the end).
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        process.HasExited.Should().BeFalse("{0} documents take longer than that", documents);
        using (Process kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        process.ExitCode.Should().Be(130);
        (await error).Should().NotContain("   at ", "no stack trace");
        string last = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        last.Should().Contain("\"type\":\"total\"").And.Contain("\"interrupted\":true");
    }
}
