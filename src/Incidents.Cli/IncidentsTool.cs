using System.CommandLine;
using System.Globalization;
using Incidents.Cli.Validate;
using Incidents.Core.Validation;
using NodaTime;

namespace Incidents.Cli;

/// <summary>Where the tool reads and writes: the process's console, or a test's writers.</summary>
/// <param name="Output">Standard output: reports, converted data.</param>
/// <param name="Error">Standard error: errors, progress, loss reports.</param>
/// <param name="StandardInput">Opens standard input (<c>-</c>).</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (progress is drawn only then).</param>
internal sealed record ToolConsole(TextWriter Output, TextWriter Error, Func<Stream> StandardInput, bool ErrorIsTerminal);

/// <summary><c>incidents</c>: the command tree (System.CommandLine: parsing, help, completion and errors).</summary>
internal static class IncidentsTool
{
    /// <summary>Nothing at or above <c>--fail-on</c> (or the command did what it was asked).</summary>
    public const int Success = 0;

    /// <summary>Issues at or above <c>--fail-on</c>; rows or documents that could not be converted or exported.</summary>
    public const int Issues = 1;

    /// <summary>A usage error (unknown option, missing argument), or an input or output that cannot be read or written.</summary>
    public const int UsageOrIo = 2;

    /// <summary>Interrupted (Ctrl-C), after a partial summary.</summary>
    public const int Interrupted = 130;

    private const string ExitCodes = """
        Exit codes:
          0    nothing at or above --fail-on (validate), or done
          1    issues at or above --fail-on; rows or documents not converted or exported
          2    usage error, or an input or output that cannot be read or written (one line on stderr)
          130  interrupted (Ctrl-C), after a partial summary
        """;

    /// <summary>Parses the arguments and runs the command.</summary>
    public static async Task<int> RunAsync(string[] args, ToolConsole console, IClock clock, CancellationToken cancellationToken = default)
    {
        // The same output in every culture — System.CommandLine's own messages included, which it would otherwise
        // translate — as the packaged tool gives (it runs with invariant globalization). Set here, in an async method,
        // the cultures are the caller's again when it returns.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        RootCommand root = Build(console, clock);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError error in parsed.Errors)
            {
                await console.Error.WriteLineAsync($"incidents: {error.Message}").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync("Try 'incidents --help'.").ConfigureAwait(false);
            return UsageOrIo;
        }

        var invocation = new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("incidents: interrupted").ConfigureAwait(false);
            return Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"incidents: {e.Message}").ConfigureAwait(false);
            return UsageOrIo;
        }
    }

    private static RootCommand Build(ToolConsole console, IClock clock)
    {
        var root = new RootCommand("incidents: validate, convert and export incident data (Incidents.Core).\n\n" + ExitCodes);
        root.Add(ValidateCommand(console, clock));
        root.Add(ConvertCommand(console, clock));
        root.Add(ExportCommand(console, clock));
        root.Add(SchemaCommand(console));
        root.Add(ExampleCommand(console));
        root.Add(DemoCommand(console, clock));
        return root;
    }

    private static Command ValidateCommand(ToolConsole console, IClock clock)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders (their .json, .ndjson and .jsonl files, also gzipped), globs ('data/**/*.ndjson') or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "The payload's form: auto (by content; .ndjson and .jsonl are NDJSON), json (one document), array, ndjson.", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong([.. ValidateSettings.FormatNames.Keys]);
        var strict = new Option<bool>("--strict") { Description = "Unknown properties and codes outside the lists are errors." };
        var failOn = new Option<string>("--fail-on") { Description = "The lowest severity that fails the run (exit 1).", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var maxIssues = new Option<int>("--max-issues") { Description = "Issues reported per document at most.", DefaultValueFactory = _ => 100 };
        maxIssues.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--max-issues must be at least 1.");
            }
        });
        var allowBom = new Option<bool>("--allow-bom") { Description = "Accept a UTF-8 byte order mark (reported as INC-JSON-008 otherwise)." };
        var output = new Option<string>("--output") { Description = "The report: text (path:line:col: severity CODE /pointer message), json, ndjson or sarif (SARIF 2.1.0).", DefaultValueFactory = _ => "text" };
        output.AcceptOnlyFromAmong("text", "json", "ndjson", "sarif");
        var jobs = new Option<int>("--jobs", "-j") { Description = "Threads (default: all cores): files validated at once, and the documents of a large NDJSON file or array when there are fewer files than threads; the report keeps input order.", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--jobs must be at least 1.");
            }
        });
        var prefixes = new Option<string[]>("--extension-prefix") { Description = $"A declared prefix of extension property names (repeatable): not reported as unknown, also under --strict. Default: {Core.Interop.Ucdp.UcdpGedImporter.ExtensionPrefix} (the GED importer's); --extension-prefix none declares none.", AllowMultipleArgumentsPerToken = false };
        var noAcross = new Option<bool>("--no-across-documents") { Description = "Skip the check across a file's documents (an incident id used twice, part-of references that do not resolve or loop): memory then stays flat however many documents a file holds; the check keeps each incident id it reads (tens of bytes a document)." };
        var verbose = new Option<bool>("--verbose") { Description = "Say more about errors reading inputs." };
        var command = new Command("validate", "Validate incident payloads: JSON documents, arrays, NDJSON; gzip by magic bytes; UTF-16/32 with a BOM decoded.\n\n" + ExitCodes)
        {
            inputs, format, strict, failOn, maxIssues, allowBom, output, jobs, prefixes, noAcross, verbose,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            string formatName = parsed.GetValue(format)!;
            var settings = new ValidateSettings
            {
                FormatName = formatName,
                Format = ValidateSettings.FormatNames[formatName],
                Strict = parsed.GetValue(strict),
                FailOn = parsed.GetValue(failOn) switch { "warning" => ValidationSeverity.Warning, "info" => ValidationSeverity.Info, _ => ValidationSeverity.Error },
                MaxIssues = parsed.GetValue(maxIssues),
                AllowBom = parsed.GetValue(allowBom),
                Output = parsed.GetValue(output)!,
                Jobs = parsed.GetValue(jobs),
                Verbose = parsed.GetValue(verbose),
                AcrossDocuments = !parsed.GetValue(noAcross),
                ExtensionPrefixes = parsed.GetValue(prefixes) is { Length: > 0 } given
                    ? [.. given.Where(p => p != "none")]
                    : [Core.Interop.Ucdp.UcdpGedImporter.ExtensionPrefix],
            };
            return await ValidateAsync(parsed.GetValue(inputs)!, settings, console, clock, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Runs <c>incidents validate</c>.</summary>
    internal static async Task<int> ValidateAsync(string[] arguments, ValidateSettings settings, ToolConsole console, IClock clock, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        List<InputSource> inputs = Inputs.Expand(arguments, errors);
        foreach (string error in errors)
        {
            await console.Error.WriteLineAsync($"incidents: {error}").ConfigureAwait(false);
        }

        Reporter reporter = Reporter.Create(settings.Output, console.Output, settings);
        using Progress? progress = console.ErrorIsTerminal ? new Progress(console.Error) : null;
        var run = new ValidationRun(settings, clock, console.StandardInput, progress);
        List<FileOutcome> files;
        bool interrupted = false;
        try
        {
            files = await run.RunAsync(inputs, reporter, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
            files = run.Finished;
        }

        foreach (FileOutcome file in files.Where(f => f.Failure is not null))
        {
            await console.Error.WriteLineAsync($"incidents: {file.Failure}").ConfigureAwait(false);
        }

        int exit = interrupted ? Interrupted
            : errors.Count > 0 || files.Any(f => f.Failure is not null) ? UsageOrIo
            : files.Any(f => f.CountAtOrAbove(settings.FailOn) > 0) ? Issues
            : Success;
        reporter.Finish(new RunOutcome(files, settings, exit, interrupted, errors));
        await console.Output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        return exit;
    }

    private static Command SchemaCommand(ToolConsole console)
    {
        var which = new Argument<string>("schema") { Description = "incident (the wire format) or report (validate --output json).", DefaultValueFactory = _ => "incident" };
        which.AcceptOnlyFromAmong("incident", "report");
        var file = new Option<string?>("--output", "-o") { Description = "Write the schema to this file instead of to standard output." };
        var command = new Command("schema", "Print a JSON Schema (draft 2020-12).") { which, file };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            string text = parsed.GetValue(which) == "report" ? ReportSchema.Text : Core.Json.IncidentJsonSchema.GenerateText();
            text = text.EndsWith('\n') ? text : text + "\n";
            if (parsed.GetValue(file) is { } path)
            {
                await File.WriteAllTextAsync(path, text, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await console.Output.WriteAsync(text).ConfigureAwait(false);
            }

            return Success;
        });
        return command;
    }

    private static Command ExampleCommand(ToolConsole console)
    {
        var command = new Command("example", "Print the seed incidents as canonical JSON, one a line (NDJSON).");
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var buffer = new MemoryStream();
            await Core.Json.IncidentJson.WriteNdjsonAsync(buffer, SeedIncidents.All, cancellationToken).ConfigureAwait(false);
            await console.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
            return Success;
        });
        return command;
    }

    private static Command DemoCommand(ToolConsole console, IClock clock)
    {
        var json = new Option<string?>("--json") { Description = "Also write each seed's canonical JSON (indented) to this folder." };
        var command = new Command("demo", "Build the seed incidents, print them, and check their text and JSON round trips and validation.") { json };
        command.SetAction(async (parsed, cancellationToken) => await Demo.RunAsync(console.Output, clock, parsed.GetValue(json)).ConfigureAwait(false));
        return command;
    }

    private static Command ConvertCommand(ToolConsole console, IClock clock)
    {
        var input = new Argument<string>("csv") { Description = "A UCDP GED CSV file (any release; gzip by magic bytes)." };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the incidents (NDJSON) here instead of to standard output." };
        var strict = new Option<bool>("--strict") { Description = "Reject rows that need a repair instead of repairing them." };
        var importedAt = new Option<string?>("--imported-at") { Description = "The incidents' created/modified instant (ISO 8601, e.g. 2026-11-30T00:00:00Z) instead of now: reproducible output." };
        importedAt.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !NodaTime.Text.InstantPattern.ExtendedIso.Parse(text).Success)
            {
                r.AddError($"--imported-at: '{text}' is not an ISO 8601 instant such as 2026-11-30T00:00:00Z.");
            }
        });
        var ucdp = new Command("ucdp", "UCDP GED CSV → incidents (NDJSON); each row's import issues on stderr.") { input, outputFile, strict, importedAt };
        ucdp.SetAction(async (parsed, cancellationToken) =>
        {
            IClock at = parsed.GetValue(importedAt) is { } text ? new FixedClock(NodaTime.Text.InstantPattern.ExtendedIso.Parse(text).Value) : clock;
            return await Convert.UcdpAsync(parsed.GetValue(input)!, parsed.GetValue(outputFile), parsed.GetValue(strict), console, at, cancellationToken).ConfigureAwait(false);
        });
        return new Command("convert", "Convert a dataset's file into incidents.") { ucdp };
    }

    private static Command ExportCommand(ToolConsole console, IClock clock)
    {
        var target = new Argument<string>("target") { Description = string.Join("; ", ExportTarget.Names.Select(t => $"{t.Key}: {t.Value.Description}")) + "." };
        target.AcceptOnlyFromAmong([.. ExportTarget.Names.Keys]);
        var input = new Argument<string>("file") { Description = "Incidents: a JSON document, an array or NDJSON (gzip by magic bytes)." };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write here instead of to standard output." };
        var lossReport = new Option<string?>("--loss-report") { Description = "Write the loss report (what the target cannot hold) here instead of to standard error." };
        var command = new Command("export", "Export incidents to another format, with a report of what it cannot hold.") { target, input, outputFile, lossReport };
        command.SetAction(async (parsed, cancellationToken) =>
            await Convert.ExportAsync(parsed.GetValue(target)!, parsed.GetValue(input)!, parsed.GetValue(outputFile), parsed.GetValue(lossReport), console, clock, cancellationToken).ConfigureAwait(false));
        return command;
    }

    /// <summary>A clock stopped at one instant.</summary>
    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }

    /// <summary>Formats a count the same way in every culture.</summary>
    internal static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>Text for the tool's line-oriented outputs (issue lines, loss reports), where one record must stay one line.</summary>
internal static class OneLine
{
    /// <summary>The text with its control characters written as escapes (<c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\u001B</c>
    /// …): a value quoted in a message cannot break the line or send a terminal escape.</summary>
    public static string Of(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001F') && !text.Contains('\u007F', StringComparison.Ordinal))
        {
            return text;
        }

        var s = new System.Text.StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            _ = c switch
            {
                '\n' => s.Append("\\n"),
                '\r' => s.Append("\\r"),
                '\t' => s.Append("\\t"),
                < ' ' or '\u007F' => s.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => s.Append(c),
            };
        }

        return s.ToString();
    }
}
