using System.Buffers;
using System.Text.Json;

namespace Incidents.Core.Validation;

/// <summary>Writes validation results as JSON: a report for data teams, and an RFC 9457 problem-details document
/// (<c>application/problem+json</c>) for web APIs, with the issues in an <c>errors</c> extension member. No
/// dependency on ASP.NET: the output is bytes or text.</summary>
/// <remarks>
/// <para>The report: <c>{"valid":false,"failAt":"error","summary":{"format":"ndjson","documents":3,"valid":2,"invalid":1,
/// "issuesByCode":{"INC-JSON-005":1},"issuesNotKept":0},"issues":[…]}</c>.</para>
/// <para>An issue: <c>{"document":1,"code":"INC-JSON-005","severity":"error","path":"/methods/0/kind","message":"…",
/// "line":2,"column":87}</c>; <c>document</c> (zero-based; absent for a problem of the payload itself, such as an
/// array's structure), <c>line</c> and <c>column</c> (one-based) only where known;
/// <c>occurrences</c> when the same problem repeats at the same place.</para>
/// <para>Problem details (only for data that is not valid: a valid payload is not a problem):
/// <c>{"type":"…#validation-codes","title":"The incident data is not valid.","status":422,
/// "detail":"1 of 3 documents are invalid (1 error, 0 warnings).","errors":[…]}</c>, plus <c>instance</c> when given.
/// The title is the same for every occurrence of the type, as RFC 9457 asks; the detail says what happened.</para>
/// <para>Both shapes are described by the JSON Schema <c>validation-report.schema.json</c>, shipped beside the incident
/// schema (<see cref="ValidationReportSchema.GetText"/>).</para>
/// </remarks>
public static class ValidationReportJson
{
    /// <summary>The media type of problem-details documents.</summary>
    public const string ProblemMediaType = "application/problem+json";

    /// <summary>The <c>type</c> of the problem-details documents: where the codes are documented.</summary>
    public static Uri ProblemType { get; } = new("https://github.com/incidents-core/Incidents.Core/blob/main/README.md#validation-codes");

    /// <summary>The <c>title</c> of every problem-details document of <see cref="ProblemType"/>.</summary>
    public const string ProblemTitle = "The incident data is not valid.";

    /// <summary>The HTTP status of the problem-details documents: 422 Unprocessable Content (RFC 9110).</summary>
    public const int ProblemStatus = 422;

    private static readonly JsonWriterOptions s_options = new() { Encoder = Json.MinimalJsonEncoder.Instance };
    private static readonly JsonWriterOptions s_indented = new() { Encoder = Json.MinimalJsonEncoder.Instance, Indented = true, IndentSize = 2, NewLine = "\n" };

    /// <summary>Writes a payload report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string ToJson(PayloadValidationReport report, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Write(indented, w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("valid", report.IsValid);
            w.WriteString("failAt", Name(report.FailAt));
            w.WriteStartObject("summary");
            w.WriteString("format", report.Summary.Format.ToString().ToLowerInvariant());
            w.WriteNumber("documents", report.Summary.Documents);
            w.WriteNumber("valid", report.Summary.Valid);
            w.WriteNumber("invalid", report.Summary.Invalid);
            w.WriteStartObject("issuesByCode");
            foreach (CodeCount entry in report.Summary.IssuesByCode)
            {
                w.WriteNumber(entry.Code, entry.Count);
            }

            w.WriteEndObject();
            w.WriteNumber("issuesNotKept", report.Summary.IssuesNotKept);
            w.WriteEndObject();
            w.WriteStartArray("issues");
            WriteIssues(w, report);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Writes the result of validating one incident in memory.</summary>
    /// <param name="result">The result.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text: <c>{"valid":…,"failAt":…,"issues":[…]}</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string ToJson(ValidationResult result, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(indented, w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("valid", result.IsValid);
            w.WriteString("failAt", Name(result.FailAt));
            w.WriteStartArray("issues");
            foreach (ValidationIssue issue in result.Issues)
            {
                WriteIssue(w, issue, document: null);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Writes a payload report that is not valid as an RFC 9457 problem-details document (status 422).</summary>
    /// <param name="report">The report.</param>
    /// <param name="instance">The <c>instance</c> member (the request's URI), or <see langword="null"/>.</param>
    /// <returns>The JSON text, of media type <see cref="ProblemMediaType"/>; <see langword="null"/> when the payload is
    /// valid (there is no problem to describe: answer with a success status).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string? ToProblemDetails(PayloadValidationReport report, Uri? instance = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.IsValid)
        {
            return null;
        }

        int errors = report.Issues.Count(i => i.Severity == ValidationSeverity.Error);
        int warnings = report.Issues.Count(i => i.Severity == ValidationSeverity.Warning);
        string detail = $"{report.Summary.Invalid} of {report.Summary.Documents} documents are invalid ({errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}).";
        return Problem(detail, instance, w => WriteIssues(w, report));
    }

    /// <summary>Writes the result of validating one incident, when it is not valid, as an RFC 9457 problem-details
    /// document (status 422).</summary>
    /// <param name="result">The result.</param>
    /// <param name="instance">The <c>instance</c> member, or <see langword="null"/>.</param>
    /// <returns>The JSON text, of media type <see cref="ProblemMediaType"/>; <see langword="null"/> when the incident is
    /// valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string? ToProblemDetails(ValidationResult result, Uri? instance = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsValid)
        {
            return null;
        }

        int errors = result.Count(ValidationSeverity.Error);
        int warnings = result.Count(ValidationSeverity.Warning);
        string detail = $"{errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}.";
        return Problem(detail, instance, w =>
        {
            foreach (ValidationIssue issue in result.Issues)
            {
                WriteIssue(w, issue, document: null);
            }
        });
    }

    private static string Problem(string detail, Uri? instance, Action<Utf8JsonWriter> errors) => Write(false, w =>
    {
        w.WriteStartObject();
        w.WriteString("type", ProblemType.AbsoluteUri);
        w.WriteString("title", ProblemTitle);
        w.WriteNumber("status", ProblemStatus);
        w.WriteString("detail", detail);
        if (instance is not null)
        {
            w.WriteString("instance", instance.OriginalString);
        }

        w.WriteStartArray("errors");
        errors(w);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteIssues(Utf8JsonWriter w, PayloadValidationReport report)
    {
        foreach (DocumentValidation document in report.Documents)
        {
            foreach (ValidationIssue issue in document.Result.Issues)
            {
                // Index -1: a problem of the payload itself (an array's structure), not of one document.
                WriteIssue(w, issue, document.Index >= 0 ? document.Index : null);
            }
        }
    }

    private static void WriteIssue(Utf8JsonWriter w, ValidationIssue issue, long? document)
    {
        w.WriteStartObject();
        if (document is { } index)
        {
            w.WriteNumber("document", index);
        }

        w.WriteString("code", issue.Code);
        w.WriteString("severity", Name(issue.Severity));
        w.WriteString("path", issue.Path);
        w.WriteString("message", issue.Message);
        if (issue.Line is { } line)
        {
            w.WriteNumber("line", line);
            w.WriteNumber("column", issue.Column ?? 1);
        }

        if (issue.Occurrences > 1)
        {
            w.WriteNumber("occurrences", issue.Occurrences);
        }

        w.WriteEndObject();
    }

    private static string Name(ValidationSeverity severity) => severity switch
    {
        ValidationSeverity.Error => "error",
        ValidationSeverity.Warning => "warning",
        _ => "info",
    };

    private static string Write(bool indented, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, indented ? s_indented : s_options))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
