namespace Incidents.Core.Validation;

/// <summary>Counts for data teams: documents read, valid and invalid, and issues by code.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PayloadValidationSummary
{
    internal PayloadValidationSummary(PayloadFormat format, long documents, long valid, EquatableArray<CodeCount> issuesByCode, long issuesNotKept)
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

    /// <summary>Gets the number of issues of each code that occurred, ordered by code (ordinal).</summary>
    public EquatableArray<CodeCount> IssuesByCode { get; }

    /// <summary>Gets the number of issues with a code.</summary>
    /// <param name="code">The code, e.g. <c>INC-REF-001</c>.</param>
    /// <returns>The count; 0 when the code did not occur.</returns>
    public long CountOf(string code)
    {
        foreach (CodeCount entry in IssuesByCode)
        {
            if (string.Equals(entry.Code, code, StringComparison.Ordinal))
            {
                return entry.Count;
            }
        }

        return 0;
    }

    /// <summary>Gets the number of issues counted but not kept in the report (beyond
    /// <see cref="PayloadValidationOptions.MaxIssuesKept"/>).</summary>
    public long IssuesNotKept { get; }
}

/// <summary>How many issues of one code a payload had.</summary>
/// <param name="Code">The code, e.g. <c>INC-REF-001</c>.</param>
/// <param name="Count">How many issues had it.</param>
public readonly record struct CodeCount(string Code, long Count);
