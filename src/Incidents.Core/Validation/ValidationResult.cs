namespace Incidents.Core.Validation;

/// <summary>The issues a validator found, in order, and whether they make the subject invalid.</summary>
/// <remarks><see cref="IsValid"/> is <see langword="false"/> exactly when an issue at or above
/// <see cref="FailAt"/> exists (by default: any error).</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ValidationResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="issues">The issues, in the order found.</param>
    /// <param name="failAt">The lowest severity that makes the subject invalid.</param>
    public ValidationResult(EquatableArray<ValidationIssue> issues, ValidationSeverity failAt = ValidationSeverity.Error)
    {
        Issues = Utility.Guard.NoNullItems(issues, nameof(issues));
        FailAt = Utility.Guard.Defined(failAt, nameof(failAt));
    }

    /// <summary>Gets a result with no issues.</summary>
    public static ValidationResult Valid { get; } = new([]);

    /// <summary>Gets the issues, in the order found.</summary>
    public EquatableArray<ValidationIssue> Issues { get; }

    /// <summary>Gets the lowest severity that makes the subject invalid.</summary>
    public ValidationSeverity FailAt { get; }

    /// <summary>Gets whether no issue is at or above <see cref="FailAt"/>.</summary>
    public bool IsValid
    {
        get
        {
            foreach (ValidationIssue issue in Issues)
            {
                if (issue.Severity >= FailAt)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Gets the number of issues of each severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>How many issues have it.</returns>
    public int Count(ValidationSeverity severity) => Issues.AsImmutableArray().Count(i => i.Severity == severity);

    /// <summary>Returns the same issues judged at another threshold (<c>result.WithFailAt(ValidationSeverity.Warning)</c>
    /// makes warnings count).</summary>
    /// <param name="failAt">The lowest severity that makes the subject invalid.</param>
    /// <returns>A result with the same issues.</returns>
    public ValidationResult WithFailAt(ValidationSeverity failAt) => new(Issues, failAt);
}
