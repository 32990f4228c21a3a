using System.Text.Json;
using Incidents.Core.Validation;

namespace Incidents.Cli.Validate;

/// <summary>SARIF 2.1.0 (OASIS): one run, a rule per validation code (its meaning and default severity), a result per
/// issue with its file, line and column and the JSON Pointer as a logical location — what GitHub code scanning and
/// IDEs read.</summary>
internal sealed class SarifReporter(TextWriter output, ValidateSettings settings) : Reporter(output)
{
    private const string InformationUri = "https://github.com/incidents-core/Incidents.Core";

    private readonly List<(InputSource Input, IssueRecord Issue)> _results = [];
    private int _keptThisFile;

    public override void Issue(InputSource input, IssueRecord issue)
    {
        if (_keptThisFile++ < settings.MaxIssuesKeptPerFile)
        {
            _results.Add((input, issue));
        }
    }

    public override void FileDone(FileOutcome file)
    {
        file.IssuesNotKept = Math.Max(0, _keptThisFile - settings.MaxIssuesKeptPerFile);
        _keptThisFile = 0;
    }

    public override void Finish(RunOutcome run)
    {
        IReadOnlyList<ValidationCode> rules = ValidationCodes.All;
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Count; i++)
        {
            ruleIndex[rules[i].Code] = i;
        }

        var artifacts = run.Files.Select(f => f.Input).ToList();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "incidents");
            w.WriteString("version", ToolVersion);
            w.WriteString("semanticVersion", ToolVersion);
            w.WriteString("informationUri", InformationUri);
            w.WriteStartArray("rules");
            foreach (ValidationCode rule in rules)
            {
                w.WriteStartObject();
                w.WriteString("id", rule.Code);
                w.WriteStartObject("shortDescription");
                w.WriteString("text", rule.Meaning);
                w.WriteEndObject();
                w.WriteStartObject("fullDescription");
                w.WriteString("text", rule.Meaning);
                w.WriteEndObject();
                w.WriteString("helpUri", $"{InformationUri}#validation-codes");
                w.WriteStartObject("defaultConfiguration");
                w.WriteString("level", Level(rule.DefaultSeverity));
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartArray("artifacts");
            foreach (InputSource artifact in artifacts)
            {
                w.WriteStartObject();
                w.WriteStartObject("location");
                w.WriteString("uri", Uri(artifact));
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartArray("results");
            foreach ((InputSource input, IssueRecord issue) in _results)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", issue.Code);
                if (ruleIndex.TryGetValue(issue.Code, out int index))
                {
                    w.WriteNumber("ruleIndex", index);
                }

                w.WriteString("level", Level(issue.Severity));
                w.WriteStartObject("message");
                w.WriteString("text", issue.Message);
                w.WriteEndObject();
                w.WriteStartArray("locations");
                w.WriteStartObject();
                w.WriteStartObject("physicalLocation");
                w.WriteStartObject("artifactLocation");
                w.WriteString("uri", Uri(input));
                w.WriteNumber("index", artifacts.IndexOf(input));
                w.WriteEndObject();
                if (issue.Line is >= 1 and { } line)
                {
                    w.WriteStartObject("region");
                    w.WriteNumber("startLine", line);
                    if (issue.Column is >= 1 and { } column)
                    {
                        w.WriteNumber("startColumn", column);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteStartArray("logicalLocations");
                w.WriteStartObject();
                w.WriteString("fullyQualifiedName", issue.Pointer.Length == 0 ? "/" : issue.Pointer);
                w.WriteString("kind", "member");
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndArray();
                if (issue.IncidentId is not null || issue.Document >= 0)
                {
                    w.WriteStartObject("properties");
                    w.WriteNumber("document", issue.Document);
                    if (issue.IncidentId is { } id)
                    {
                        w.WriteString("incidentId", id);
                    }

                    w.WriteString("pointer", issue.Pointer);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("invocations");
            w.WriteStartObject();
            w.WriteBoolean("executionSuccessful", run.ExitCode is 0 or 1);
            w.WriteNumber("exitCode", run.ExitCode);
            if (run.Errors.Count > 0 || run.Files.Any(f => f.Failure is not null))
            {
                w.WriteStartArray("toolExecutionNotifications");
                foreach (string error in run.Errors.Concat(run.Files.Where(f => f.Failure is not null).Select(f => f.Failure!)))
                {
                    w.WriteStartObject();
                    w.WriteString("level", "error");
                    w.WriteStartObject("message");
                    w.WriteString("text", error);
                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        Output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static string Level(ValidationSeverity severity) => severity switch
    {
        ValidationSeverity.Error => "error",
        ValidationSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative reference with forward slashes, each segment escaped (SARIF's artifact URIs).</summary>
    private static string Uri(InputSource input)
    {
        if (input.IsStandardInput)
        {
            return "stdin";
        }

        string path = input.Path.Replace('\\', '/');
        string escaped = string.Join('/', path.Split('/').Select(System.Uri.EscapeDataString));
        return Path.IsPathRooted(input.Path) ? "file://" + escaped : escaped;
    }
}
