namespace Incidents.Core.Validation;

/// <summary>The outcome of validating a whole payload: the documents that have issues (valid documents without
/// issues are counted, not kept) and the summary.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PayloadValidationReport
{
    internal PayloadValidationReport(EquatableArray<DocumentValidation> documents, PayloadValidationSummary summary, ValidationSeverity failAt)
    {
        Documents = documents;
        Summary = summary;
        FailAt = failAt;
    }

    /// <summary>Gets the documents that have at least one issue, in payload order (without their incidents, so
    /// that a report of a large file stays small).</summary>
    public EquatableArray<DocumentValidation> Documents { get; }

    /// <summary>Gets the counts.</summary>
    public PayloadValidationSummary Summary { get; }

    /// <summary>Gets the lowest severity that makes a document invalid.</summary>
    public ValidationSeverity FailAt { get; }

    /// <summary>Gets whether every document is valid (and there was at least one).</summary>
    public bool IsValid => Summary.Invalid == 0 && Summary.Documents > 0;

    /// <summary>Gets every kept issue, document by document.</summary>
    public IEnumerable<ValidationIssue> Issues => Documents.AsImmutableArray().SelectMany(d => d.Result.Issues);
}
