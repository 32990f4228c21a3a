namespace Incidents.Core.Parsing;

/// <summary>The result of parsing a text: a value, or the <see cref="ParseError"/> that says why there is none.</summary>
/// <typeparam name="T">The parsed type.</typeparam>
/// <remarks>A struct, so returning one allocates nothing; the exception of a failure is built only by
/// <see cref="GetValueOrThrow"/>.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public readonly struct ParseResult<T> : IEquatable<ParseResult<T>>
    where T : struct, IEquatable<T>
{
    private readonly T _value;
    private readonly ParseError _error;

    /// <summary>Creates a successful result.</summary>
    /// <param name="value">The parsed value.</param>
    public ParseResult(T value)
    {
        _value = value;
        Success = true;
    }

    /// <summary>Creates a failed result.</summary>
    /// <param name="error">Why parsing failed.</param>
    public ParseResult(ParseError error)
    {
        _error = error;
    }

    /// <summary>Gets a value indicating whether parsing succeeded.</summary>
    public bool Success { get; }

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="FormatException">Parsing failed; the message names the error.</exception>
    public T Value => GetValueOrThrow();

    /// <summary>Gets why parsing failed, or the default value after a success.</summary>
    public ParseError Error => _error;

    /// <summary>Compares two results.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when both succeeded with equal values, or both failed with equal errors.</returns>
    public static bool operator ==(ParseResult<T> left, ParseResult<T> right) => left.Equals(right);

    /// <summary>Compares two results.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when the results differ.</returns>
    public static bool operator !=(ParseResult<T> left, ParseResult<T> right) => !left.Equals(right);

    /// <summary>Returns the parsed value, or throws the failure as an exception.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">Parsing failed; the message names the error.</exception>
    public T GetValueOrThrow() => Success ? _value : throw _error.ToException();

    /// <summary>Gets the parsed value when there is one.</summary>
    /// <param name="value">The value, or <paramref name="failureValue"/> after a failure.</param>
    /// <param name="failureValue">What to return in <paramref name="value"/> after a failure.</param>
    /// <returns><see cref="Success"/>.</returns>
    public bool TryGetValue(out T value, T failureValue = default)
    {
        value = Success ? _value : failureValue;
        return Success;
    }

    /// <inheritdoc/>
    public bool Equals(ParseResult<T> other) =>
        Success == other.Success && (Success ? _value.Equals(other._value) : _error.Equals(other._error));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ParseResult<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Success ? HashCode.Combine(true, _value) : HashCode.Combine(false, _error);

    /// <summary>Returns the value, or the error.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => Success ? $"Success: {_value}" : $"Failure: {_error}";
}
