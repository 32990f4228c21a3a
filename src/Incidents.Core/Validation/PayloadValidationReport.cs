namespace Incidents.Core.Validation;

/// <summary>The outcome of validating a whole payload: the documents that have issues (valid documents without
/// issues are counted, not kept) and the summary.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PayloadValidationReport
{
    internal PayloadValidationReport(EquatableArray<DocumentValidation> documents, PayloadValidationSummary summary, ValidationSeverity failAt, bool structureValid)
    {
        _structureValid = structureValid;
        Issues = [.. documents.AsImmutableArray().SelectMany(d => d.Result.Issues)];
        Documents = documents;
        Summary = summary;
        FailAt = failAt;
    }

    private readonly bool _structureValid;

    /// <summary>Gets the documents that have at least one issue, in payload order (without their incidents, so
    /// that a report of a large file stays small). An entry with <see cref="DocumentValidation.Index"/> −1 holds an
    /// issue of the payload itself (an array that is not closed, content after it).</summary>
    public EquatableArray<DocumentValidation> Documents { get; }

    /// <summary>Gets the counts.</summary>
    public PayloadValidationSummary Summary { get; }

    /// <summary>Gets the lowest severity that makes a document invalid.</summary>
    public ValidationSeverity FailAt { get; }

    /// <summary>Gets whether every document is valid and the payload's own structure is sound (an array is closed
    /// and nothing follows it): exactly when no kept or counted issue reaches <see cref="FailAt"/>. An empty NDJSON
    /// file or an empty array is valid (check <see cref="PayloadValidationSummary.Documents"/> if you expect data).</summary>
    public bool IsValid => Summary.Invalid == 0 && _structureValid;

    /// <summary>Gets every kept issue, document by document.</summary>
    public EquatableArray<ValidationIssue> Issues { get; }
}
