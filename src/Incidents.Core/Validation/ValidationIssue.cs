namespace Incidents.Core.Validation;

/// <summary>One problem found by a validator: what (a stable code), how serious, where (a JSON Pointer and, for raw
/// payloads, a line and column) and a message for a person.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ValidationIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="code">The catalogue entry (<see cref="ValidationCodes"/>, or a code of your own rules).</param>
    /// <param name="path">Where, as an RFC 6901 JSON Pointer in the wire format's names (<c>/casualties/2/range/low</c>;
    /// empty for the whole document).</param>
    /// <param name="message">What is wrong, for a person.</param>
    /// <param name="severity">The severity; <see langword="null"/> for the code's default.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ValidationIssue(ValidationCode code, string path, string message, ValidationSeverity? severity = null)
    {
        Definition = code ?? throw new ArgumentNullException(nameof(code));
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Severity = severity ?? code.DefaultSeverity;
    }

    /// <summary>Gets the stable code, e.g. <c>INC-CAS-001</c>.</summary>
    public string Code => Definition.Code;

    /// <summary>Gets the catalogue entry of the code.</summary>
    public ValidationCode Definition { get; }

    /// <summary>Gets how serious the issue is.</summary>
    public ValidationSeverity Severity { get; init; }

    /// <summary>Gets where the issue is, as an RFC 6901 JSON Pointer in the wire format's property names
    /// (<c>/casualties/2/range/low</c>); the empty string is the whole document.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong, for a person.</summary>
    public string Message { get; }

    /// <summary>Gets the one-based line of the offending value in the payload, when the issue comes from a raw
    /// payload; <see langword="null"/> for an object validated in memory.</summary>
    public long? Line { get; init; }

    /// <summary>Gets the one-based column (in bytes of UTF-8) of the offending value on its line, with
    /// <see cref="Line"/>.</summary>
    public long? Column { get; init; }

    /// <summary>Gets how many times this problem occurred at <see cref="Path"/> in its document (a property name given
    /// 100,000 times is one issue with 99,999 occurrences of the repeat). Default 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: less than 1.</exception>
    public long Occurrences { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Occurrences)); } = 1;

    /// <summary>Returns a one-line form: <c>error INC-REF-001 /casualties/0/party (3:17): …</c>.</summary>
    /// <returns>The issue as text.</returns>
    public override string ToString()
    {
        string position = Line is { } line ? $" ({line}:{Column})" : string.Empty;
        string severity = Severity switch { ValidationSeverity.Error => "error", ValidationSeverity.Warning => "warning", _ => "info" };
        string times = Occurrences > 1 ? $" ({Occurrences} times)" : string.Empty;
        return $"{severity} {Code} {(Path.Length == 0 ? "/" : Path)}{position}: {Message}{times}";
    }
}
