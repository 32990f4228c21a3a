using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Incidents.Core.Validation;

/// <summary>Writes validation results as JSON: a report for data teams, and an RFC 9457 problem-details document
/// (<c>application/problem+json</c>) for web APIs, with the issues in an <c>errors</c> extension member. No
/// dependency on ASP.NET: the output is bytes or text.</summary>
/// <remarks>
/// <para>The report: <c>{"valid":false,"failAt":"error","summary":{"format":"ndjson","documents":3,"valid":2,"invalid":1,
/// "issuesByCode":{"INC-JSON-005":1},"issuesNotKept":0},"issues":[…]}</c>.</para>
/// <para>An issue: <c>{"document":1,"code":"INC-JSON-005","severity":"error","path":"/methods/0/kind","message":"…",
/// "line":2,"column":87}</c>; <c>document</c>, <c>line</c> and <c>column</c> (one-based) only where known.</para>
/// <para>Problem details: <c>{"type":"…#validation-codes","title":"The incident payload is not valid.","status":422,
/// "detail":"1 of 3 documents are invalid (1 error, 0 warnings).","errors":[…]}</c>, plus <c>instance</c> when given.</para>
/// </remarks>
public static class ValidationReportJson
{
    /// <summary>The media type of problem-details documents.</summary>
    public const string ProblemMediaType = "application/problem+json";

    /// <summary>The <c>type</c> of the problem-details documents: where the codes are documented.</summary>
    public static Uri ProblemType { get; } = new("https://github.com/incidents-core/Incidents.Core/blob/main/README.md#validation-codes");

    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions s_indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, IndentSize = 2, NewLine = "\n" };

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

    /// <summary>Writes a payload report as an RFC 9457 problem-details document (status 422).</summary>
    /// <param name="report">The report.</param>
    /// <param name="instance">The <c>instance</c> member (the request's URI), or <see langword="null"/>.</param>
    /// <returns>The JSON text, of media type <see cref="ProblemMediaType"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string ToProblemDetails(PayloadValidationReport report, Uri? instance = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        int errors = report.Issues.Count(i => i.Severity == ValidationSeverity.Error);
        int warnings = report.Issues.Count(i => i.Severity == ValidationSeverity.Warning);
        string detail = $"{report.Summary.Invalid} of {report.Summary.Documents} documents are invalid ({errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}).";
        return Problem(report.IsValid ? "The incident payload is valid." : "The incident payload is not valid.", detail, instance, w => WriteIssues(w, report));
    }

    /// <summary>Writes the result of validating one incident as an RFC 9457 problem-details document (status 422).</summary>
    /// <param name="result">The result.</param>
    /// <param name="instance">The <c>instance</c> member, or <see langword="null"/>.</param>
    /// <returns>The JSON text, of media type <see cref="ProblemMediaType"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string ToProblemDetails(ValidationResult result, Uri? instance = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        int errors = result.Count(ValidationSeverity.Error);
        int warnings = result.Count(ValidationSeverity.Warning);
        string detail = $"{errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}.";
        return Problem(result.IsValid ? "The incident is valid." : "The incident is not valid.", detail, instance, w =>
        {
            foreach (ValidationIssue issue in result.Issues)
            {
                WriteIssue(w, issue, document: null);
            }
        });
    }

    private static string Problem(string title, string detail, Uri? instance, Action<Utf8JsonWriter> errors) => Write(false, w =>
    {
        w.WriteStartObject();
        w.WriteString("type", ProblemType.AbsoluteUri);
        w.WriteString("title", title);
        w.WriteNumber("status", 422);
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
                WriteIssue(w, issue, document.Index);
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
