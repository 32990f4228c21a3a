using Incidents.Core.Json;

namespace Incidents.Core.Validation;

/// <summary>How <see cref="IncidentPayloadValidator"/> reads and judges a payload.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PayloadValidationOptions
{
    /// <summary>Gets the defaults: format detected, lenient about unknown properties, the JSON reader's default
    /// limits, every object rule, at most 10,000 issues kept.</summary>
    public static PayloadValidationOptions Default { get; } = new();

    /// <summary>Gets or initializes how the payload holds its incidents. Default <see cref="PayloadFormat.Auto"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: not a defined format.</exception>
    public PayloadFormat Format { get; init => field = Utility.Guard.Defined(value, nameof(Format)); }

    /// <summary>Gets or initializes whether properties the format does not define are errors
    /// (<see cref="ValidationCodes.JsonUnknownProperty"/> at <see cref="ValidationSeverity.Error"/>) rather than
    /// warnings. Default <see langword="false"/>.</summary>
    public bool Strict { get; init; }

    /// <summary>Gets or initializes the reading limits and leniencies (depth, string and list lengths, document size
    /// — per document, so per NDJSON line or array element).</summary>
    /// <exception cref="ArgumentNullException">On <c>init</c>: <see langword="null"/>.</exception>
    public IncidentJsonOptions Json { get; init => field = value ?? throw new ArgumentNullException(nameof(Json)); } = IncidentJsonOptions.Default;

    /// <summary>Gets or initializes the object rules run on every document that could be read, and the severity
    /// threshold (<see cref="IncidentValidatorOptions.FailAt"/>).</summary>
    /// <exception cref="ArgumentNullException">On <c>init</c>: <see langword="null"/>.</exception>
    public IncidentValidatorOptions Rules { get; init => field = value ?? throw new ArgumentNullException(nameof(Rules)); } = IncidentValidatorOptions.Default;

    /// <summary>Gets or initializes how many issues a report keeps (beyond them issues are still counted in the
    /// summary), so that memory stays bounded on large, broken files. Default 10,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: negative.</exception>
    public int MaxIssuesKept { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxIssuesKept)); } = 10_000;

    /// <summary>Gets or initializes how many issues one document may report; the rest are counted in one
    /// <see cref="ValidationCodes.JsonTooManyIssues"/> issue, so that a hostile document costs bounded memory and
    /// time. The same problem at the same place counts once (with <see cref="ValidationIssue.Occurrences"/>).
    /// Default 100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: less than 1.</exception>
    public int MaxIssuesPerDocument { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxIssuesPerDocument)); } = 100;

    /// <summary>Gets or initializes whether the payload's documents are checked against each other: two documents with
    /// one incident id (<see cref="ValidationCodes.DuplicateIncidentId"/>), part-of references that do not resolve
    /// within the payload (<see cref="ValidationCodes.PartOfNotInPayload"/>) or that loop
    /// (<see cref="ValidationCodes.PartOfCycle"/>). The validator then keeps every incident id it has read (tens of
    /// bytes each), so memory grows with the number of documents; turn it off for unbounded streams. Default
    /// <see langword="true"/>.</summary>
    public bool CheckAcrossDocuments { get; init; } = true;

    /// <summary>Gets or initializes the name prefixes of extension properties that are declared, not unknown: a
    /// property whose name starts with one (<c>ged:</c> for the columns the UCDP GED importer keeps) is read and kept
    /// like any extension property, without <see cref="ValidationCodes.JsonUnknownProperty"/>, even with
    /// <see cref="Strict"/>. Empty by default.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: a prefix is empty or white space.</exception>
    public EquatableArray<string> DeclaredExtensionPrefixes { get; init => field = Utility.Guard.NoBlankItems(value, nameof(DeclaredExtensionPrefixes)); }

    /// <summary>Gets or initializes how many documents of an NDJSON payload or an array are read and judged at once, on
    /// as many threads (<see cref="Environment.ProcessorCount"/> to use every core). The results are the same as with
    /// one, in the same order — the check across documents still sees them in payload order — and memory stays bounded
    /// (a few batches of documents per thread). A single document is read on one thread whatever the value. Default 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: less than 1.</exception>
    public int MaxDegreeOfParallelism { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism)); } = 1;
}
