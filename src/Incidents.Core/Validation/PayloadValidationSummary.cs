namespace Incidents.Core.Validation;

/// <summary>Counts for data teams: documents read, valid and invalid, and issues by code.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PayloadValidationSummary
{
    internal PayloadValidationSummary(PayloadFormat format, long documents, long valid, IReadOnlyDictionary<string, long> issuesByCode, long issuesNotKept)
    {
        Format = format;
        Documents = documents;
        Valid = valid;
        IssuesByCode = issuesByCode;
        IssuesNotKept = issuesNotKept;
    }

    /// <summary>Gets the format the payload was read as (detected, when <see cref="PayloadFormat.Auto"/> was asked).</summary>
    public PayloadFormat Format { get; }

    /// <summary>Gets the number of documents read (blank NDJSON lines are not documents).</summary>
    public long Documents { get; }

    /// <summary>Gets the number of valid documents.</summary>
    public long Valid { get; }

    /// <summary>Gets the number of invalid documents.</summary>
    public long Invalid => Documents - Valid;

    /// <summary>Gets the number of issues of each code, ordered by code.</summary>
    public IReadOnlyDictionary<string, long> IssuesByCode { get; }

    /// <summary>Gets the number of issues counted but not kept in the report (beyond
    /// <see cref="PayloadValidationOptions.MaxIssuesKept"/>).</summary>
    public long IssuesNotKept { get; }
}
