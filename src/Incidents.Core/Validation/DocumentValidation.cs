namespace Incidents.Core.Validation;

/// <summary>What the payload validator found in one document of a payload.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DocumentValidation
{
    internal DocumentValidation(long index, long line, ValidationResult result, Incident? incident)
    {
        Index = index;
        Line = line;
        Result = result;
        Incident = incident;
    }

    /// <summary>Gets the zero-based position of the document in the payload (its NDJSON line among the non-blank
    /// ones, its array index; 0 for a single document), or −1 for an issue of the payload's own structure.</summary>
    public long Index { get; }

    /// <summary>Gets the one-based line of the payload on which the document starts.</summary>
    public long Line { get; }

    /// <summary>Gets the issues, with paths relative to the document and lines and columns in the payload.</summary>
    public ValidationResult Result { get; }

    /// <summary>Gets the incident, when the document could be read (it may still have issues of the object rules).</summary>
    public Incident? Incident { get; }

    /// <summary>Gets whether the document is valid (see <see cref="ValidationResult.IsValid"/>).</summary>
    public bool IsValid => Result.IsValid;
}
