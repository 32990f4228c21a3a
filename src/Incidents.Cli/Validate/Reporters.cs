using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Incidents.Core.Validation;

namespace Incidents.Cli.Validate;

/// <summary>The end of a run: its files, its settings and its exit code.</summary>
internal sealed record RunOutcome(IReadOnlyList<FileOutcome> Files, ValidateSettings Settings, int ExitCode, bool Interrupted, IReadOnlyList<string> Errors);

/// <summary>Writes what a run finds, as it finds it (events arrive in input order: a file's issues, then its end).</summary>
internal abstract class Reporter(TextWriter output)
{
    protected TextWriter Output { get; } = output;

    public virtual void Issue(InputSource input, IssueRecord issue)
    {
    }

    public virtual void FileDone(FileOutcome file)
    {
    }

    public abstract void Finish(RunOutcome run);

    public static Reporter Create(string kind, TextWriter output, ValidateSettings settings) => kind switch
    {
        "json" => new JsonReporter(output, settings),
        "ndjson" => new NdjsonReporter(output),
        "sarif" => new SarifReporter(output, settings),
        _ => new TextReporter(output),
    };

    /// <summary>The tool's version (the package version, without build metadata).</summary>
    public static string ToolVersion { get; } =
        (typeof(Reporter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static string SeverityName(ValidationSeverity severity) => severity switch
    {
        ValidationSeverity.Error => "error",
        ValidationSeverity.Warning => "warning",
        _ => "info",
    };

    protected static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected static readonly JsonWriterOptions LineOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected static string Count(long n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n:N0} {(n == 1 ? one : many)}");

    protected static string Summary(long documents, long valid, long invalid, long errors, long warnings, long infos) =>
        $"{Count(documents, "document", "documents")}, {valid.ToString("N0", CultureInfo.InvariantCulture)} valid, {invalid.ToString("N0", CultureInfo.InvariantCulture)} invalid; "
        + $"{Count(errors, "error", "errors")}, {Count(warnings, "warning", "warnings")}, {Count(infos, "info", "infos")}";
}

/// <summary><c>path:line:col: severity CODE /pointer message</c>, one issue a line (the form editors and CI logs link),
/// then a summary per file and in total.</summary>
internal sealed class TextReporter(TextWriter output) : Reporter(output)
{
    public override void Issue(InputSource input, IssueRecord issue)
    {
        string where = issue.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{input.DisplayName}:{line}:{issue.Column ?? 1}") : input.DisplayName;
        string pointer = issue.Pointer.Length == 0 ? "\"\"" : issue.Pointer;
        string incident = issue.IncidentId is { } id ? $" [incident {id}]" : issue.Document >= 0 ? string.Create(CultureInfo.InvariantCulture, $" [document {issue.Document}]") : string.Empty;
        Output.WriteLine($"{where}: {SeverityName(issue.Severity)} {issue.Code} {pointer} {OneLine.Of(issue.Message)}{incident}");
    }

    public override void FileDone(FileOutcome file)
    {
        if (file.Failure is { } failure)
        {
            Output.WriteLine($"{file.Input.DisplayName}: not validated: {failure}");
            return;
        }

        string how = file.Format + (file.Gzip ? ", gzip" : string.Empty) + (file.Encoding != "utf-8" ? $", decoded from {file.Encoding}" : string.Empty);
        Output.WriteLine($"{file.Input.DisplayName}: {Summary(file.Documents, file.Valid, file.Invalid, file.Errors, file.Warnings, file.Infos)} ({how})");
    }

    public override void Finish(RunOutcome run)
    {
        IReadOnlyList<FileOutcome> f = run.Files;
        string verdict = run.Interrupted ? "interrupted" : run.ExitCode switch
        {
            0 => "passed",
            1 => $"failed (issues at or above {SeverityName(run.Settings.FailOn)})",
            _ => "not all inputs could be read",
        };
        Output.WriteLine($"total: {Count(f.Count, "file", "files")}, {Summary(f.Sum(x => x.Documents), f.Sum(x => x.Valid), f.Sum(x => x.Invalid), f.Sum(x => x.Errors), f.Sum(x => x.Warnings), f.Sum(x => x.Infos))}: {verdict}");
    }
}

/// <summary>One JSON object a line: <c>{"type":"issue",…}</c> per issue, <c>{"type":"file",…}</c> per file, and a last
/// <c>{"type":"total",…}</c>.</summary>
internal sealed class NdjsonReporter(TextWriter output) : Reporter(output)
{
    public override void Issue(InputSource input, IssueRecord issue) => Line(w =>
    {
        w.WriteString("type", "issue");
        w.WriteString("file", input.DisplayName);
        JsonReporter.WriteIssue(w, issue);
    });

    public override void FileDone(FileOutcome file) => Line(w =>
    {
        w.WriteString("type", "file");
        JsonReporter.WriteFileSummary(w, file);
    });

    public override void Finish(RunOutcome run) => Line(w =>
    {
        w.WriteString("type", "total");
        JsonReporter.WriteTotals(w, run);
    });

    private void Line(Action<Utf8JsonWriter> body)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, LineOptions))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        Output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}

/// <summary>One JSON document for the whole run (<c>incidents schema report</c> prints its JSON Schema).</summary>
internal sealed class JsonReporter(TextWriter output, ValidateSettings settings) : Reporter(output)
{
    /// <summary>The version of the report's shape.</summary>
    public const string ReportVersion = "1.1";

    private readonly Dictionary<FileOutcome, List<IssueRecord>> _issues = [];
    private readonly List<IssueRecord> _current = [];
    private long _notKept;

    public override void Issue(InputSource input, IssueRecord issue)
    {
        if (_current.Count < settings.MaxIssuesKeptPerFile)
        {
            _current.Add(issue);
        }
        else
        {
            _notKept++;
        }
    }

    public override void FileDone(FileOutcome file)
    {
        file.IssuesNotKept = _notKept;
        _issues[file] = [.. _current];
        _current.Clear();
        _notKept = 0;
    }

    public override void Finish(RunOutcome run)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("reportVersion", ReportVersion);
            w.WriteStartObject("tool");
            w.WriteString("name", "incidents");
            w.WriteString("version", ToolVersion);
            w.WriteEndObject();
            WriteOptions(w, run.Settings);
            w.WriteStartArray("files");
            foreach (FileOutcome file in run.Files)
            {
                w.WriteStartObject();
                WriteFileSummary(w, file);
                w.WriteStartArray("incidentIds");
                foreach (string id in file.IncidentIds)
                {
                    w.WriteStringValue(id);
                }

                w.WriteEndArray();
                w.WriteStartArray("issues");
                foreach (IssueRecord issue in _issues.GetValueOrDefault(file) ?? [])
                {
                    w.WriteStartObject();
                    WriteIssue(w, issue);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("errors");
            foreach (string error in run.Errors)
            {
                w.WriteStringValue(error);
            }

            w.WriteEndArray();
            w.WriteStartObject("totals");
            WriteTotals(w, run);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        Output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    internal static void WriteOptions(Utf8JsonWriter w, ValidateSettings s)
    {
        w.WriteStartObject("options");
        w.WriteString("format", s.FormatName);
        w.WriteBoolean("strict", s.Strict);
        w.WriteString("failOn", SeverityName(s.FailOn));
        w.WriteNumber("maxIssues", s.MaxIssues);
        w.WriteBoolean("allowBom", s.AllowBom);
        w.WriteNumber("jobs", s.Jobs);
        w.WriteBoolean("acrossDocuments", s.AcrossDocuments);
        w.WriteStartArray("extensionPrefixes");
        foreach (string prefix in s.ExtensionPrefixes)
        {
            w.WriteStringValue(prefix);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static void WriteIssue(Utf8JsonWriter w, IssueRecord issue)
    {
        w.WriteNumber("document", issue.Document);
        if (issue.IncidentId is { } id)
        {
            w.WriteString("incidentId", id);
        }

        if (issue.Line is { } line)
        {
            w.WriteNumber("line", line);
        }

        if (issue.Column is { } column)
        {
            w.WriteNumber("column", column);
        }

        w.WriteString("severity", SeverityName(issue.Severity));
        w.WriteString("code", issue.Code);
        w.WriteString("pointer", issue.Pointer);
        w.WriteString("message", issue.Message);
    }

    internal static void WriteFileSummary(Utf8JsonWriter w, FileOutcome file)
    {
        w.WriteString("path", file.Input.DisplayName);
        w.WriteString("format", file.Format);
        w.WriteString("encoding", file.Encoding);
        w.WriteBoolean("gzip", file.Gzip);
        w.WriteBoolean("read", file.Failure is null);
        if (file.Failure is { } failure)
        {
            w.WriteString("failure", failure);
        }

        w.WriteNumber("documents", file.Documents);
        w.WriteNumber("valid", file.Valid);
        w.WriteNumber("invalid", file.Invalid);
        w.WriteNumber("errors", file.Errors);
        w.WriteNumber("warnings", file.Warnings);
        w.WriteNumber("infos", file.Infos);
        w.WriteNumber("issuesNotKept", file.IssuesNotKept);
    }

    internal static void WriteTotals(Utf8JsonWriter w, RunOutcome run)
    {
        w.WriteNumber("files", run.Files.Count);
        w.WriteNumber("documents", run.Files.Sum(f => f.Documents));
        w.WriteNumber("valid", run.Files.Sum(f => f.Valid));
        w.WriteNumber("invalid", run.Files.Sum(f => f.Invalid));
        w.WriteNumber("errors", run.Files.Sum(f => f.Errors));
        w.WriteNumber("warnings", run.Files.Sum(f => f.Warnings));
        w.WriteNumber("infos", run.Files.Sum(f => f.Infos));
        w.WriteBoolean("interrupted", run.Interrupted);
        w.WriteNumber("exitCode", run.ExitCode);
    }
}
