using System.Globalization;

namespace Incidents.Core.Parsing;

/// <summary>Why and where a text could not be parsed, without the cost of an exception.</summary>
/// <remarks>
/// <para>Returned by the <c>TryParse(…, out ParseError error)</c> overloads and carried by <see cref="ParseResult{T}"/>;
/// <see cref="ToException"/> builds the <see cref="FormatException"/> that <c>Parse</c> throws, only when asked (after
/// NodaTime's <c>ParseResult</c>, without its allocation).</para>
/// <para><see cref="Position"/> counts UTF-16 code units for <see cref="string"/> and <see cref="ReadOnlySpan{T}"/> of
/// <see cref="char"/> input, and bytes for UTF-8 input.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public readonly record struct ParseError
{
    private readonly string? _expected;

    /// <summary>Creates an error.</summary>
    /// <param name="kind">Why parsing failed.</param>
    /// <param name="position">Where, as a zero-based offset into the input.</param>
    /// <param name="expected">What the grammar expected there, in words ("a month from 01 to 12").</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is <see langword="null"/>.</exception>
    public ParseError(ParseErrorKind kind, int position, string expected)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentNullException.ThrowIfNull(expected);
        Kind = kind;
        Position = position;
        _expected = expected;
    }

    /// <summary>Gets why parsing failed.</summary>
    public ParseErrorKind Kind { get; }

    /// <summary>Gets the zero-based offset into the input at which parsing failed.</summary>
    public int Position { get; }

    /// <summary>Gets what the grammar expected at <see cref="Position"/>, in words.</summary>
    public string Expected => _expected ?? string.Empty;

    /// <summary>Builds the exception that <c>Parse</c> throws for this error.</summary>
    /// <returns>A <see cref="FormatException"/> naming the kind, the position and what was expected.</returns>
    public FormatException ToException() => new(ToString());

    /// <summary>Returns a sentence such as <c>UnknownWord at position 0: expected a count, a range or a quantifier
    /// such as "dozens"</c>.</summary>
    /// <returns>A readable description of the error.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind} at position {Position}: expected {Expected}");
}
