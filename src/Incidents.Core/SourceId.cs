using System.Numerics;
using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>The identifier of a source within one incident, used by figures and claims to refer to it.</summary>
/// <remarks>
/// <para>
/// Syntax: 1 to 64 characters from <c>A–Z a–z 0–9 . _ : -</c>, starting with an ASCII letter or digit, e.g.
/// <c>sohr-2022-01-21</c>. Comparison is ordinal and case-sensitive: producers' own identifiers (GTD's
/// <c>201801010004</c>, ACLED's <c>ETH9766</c>, UCDP's <c>IRQ-1989-1-524-322</c>) are kept exactly as given.
/// </para>
/// <para>The default value is not a valid identifier (<see cref="IsDefault"/>); the model rejects it wherever an
/// identifier is required.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<SourceId>))]
[TextValue("a source identifier", "\"sohr\"", CanonicalText = nameof(Value))]
public readonly partial record struct SourceId : IIdentifier<SourceId>
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 64;

    private const string Expected = "an identifier: 1 to 64 characters from A-Z, a-z, 0-9, '.', '_', ':' and '-', starting with a letter or digit";

    private readonly string? _value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the syntax in the remarks.</exception>
    public SourceId(string value)
    {
        _value = IdSyntax.Check(value, MaxLength, nameof(SourceId), nameof(value));
    }

    // For text already checked against the syntax.
    private SourceId(string value, bool trusted)
    {
        _ = trusted;
        _value = value;
    }

    /// <inheritdoc/>
    static int IIdentifier<SourceId>.MaxLength => MaxLength;

    /// <inheritdoc/>
    static SourceId IIdentifier<SourceId>.FromTrusted(string value) => new(value, trusted: true);

    /// <summary>Gets the identifier text, or an empty string for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default value, which is not a valid identifier.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value;

    static bool ITextValue<SourceId>.TryParseString(string text, out SourceId result, out ParseError error) =>
        Create(IdSyntax.TryParse(text, MaxLength, Expected, out string? value, out error), value, out result);

    private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, out SourceId result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar> =>
        Create(IdSyntax.TryParse(text, MaxLength, Expected, out string? value, out error), value, out result);

    private static bool Create(bool parsed, string? value, out SourceId result)
    {
        result = parsed ? new SourceId(value!, trusted: true) : default;
        return parsed;
    }

    private bool TryFormatText<TChar>(Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar> => AsciiWriter<TChar>.TryWrite(destination, Value, out written);
}
