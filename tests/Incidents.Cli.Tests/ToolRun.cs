using System.Text;
using NodaTime;
using NodaTime.Testing;

namespace Incidents.Cli.Tests;

/// <summary>The tool run in-process with writers for its streams and a fixed clock.</summary>
internal sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

internal static class ToolRun
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 30, 12, 0);

    public static async Task<ToolResult> RunAsync(string[] args, byte[]? standardInput = null, CancellationToken cancellationToken = default)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new ToolConsole(output, error, () => new MemoryStream(standardInput ?? []), ErrorIsTerminal: false);
        int exit = await IncidentsTool.RunAsync(args, console, new FakeClock(Now), cancellationToken);
        return new ToolResult(exit, output.ToString(), error.ToString());
    }

    public static Task<ToolResult> RunAsync(params string[] args) => RunAsync(args, null);
}

/// <summary>A folder of files for one test, deleted after it.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "incidents-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Payloads to validate: the seed incidents as the tool prints them, and broken ones.</summary>
internal static class Payloads
{
    public static string SeedNdjson { get; } = ToolRun.RunAsync("example").GetAwaiter().GetResult().Output;

    public static string FirstSeed => SeedNdjson.Split('\n')[0];

    /// <summary>A document missing its required properties but for the id: five errors on line 1.</summary>
    public const string Broken = "{\"id\":\"x\"}";

    public static string RepositoryRoot
    {
        get
        {
            string dir = AppContext.BaseDirectory;
            while (!File.Exists(System.IO.Path.Combine(dir, "Incidents.Core.sln")))
            {
                dir = System.IO.Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("The repository root was not found.");
            }

            return dir;
        }
    }
}
