using System.Numerics;
using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>The identifier of an actor within one incident, used by parties, figures and claims to refer to it.</summary>
/// <remarks>
/// <para>
/// Syntax: 1 to 64 characters from <c>A–Z a–z 0–9 . _ : -</c>, starting with an ASCII letter or digit, e.g.
/// <c>is</c>. Comparison is ordinal and case-sensitive: producers' own identifiers (GTD's
/// <c>201801010004</c>, ACLED's <c>ETH9766</c>, UCDP's <c>IRQ-1989-1-524-322</c>) are kept exactly as given.
/// </para>
/// <para>The default value is not a valid identifier (<see cref="IsDefault"/>); the model rejects it wherever an
/// identifier is required.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<ActorId>))]
[TextValue("an actor identifier", "\"is\", \"iraqi-army\"", CanonicalText = nameof(Value))]
public readonly partial record struct ActorId : IIdentifier<ActorId>
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 64;

    private const string Expected = "an identifier: 1 to 64 characters from A-Z, a-z, 0-9, '.', '_', ':' and '-', starting with a letter or digit";

    private readonly string? _value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the syntax in the remarks.</exception>
    public ActorId(string value)
    {
        _value = IdSyntax.Check(value, MaxLength, nameof(ActorId), nameof(value));
    }

    // For text already checked against the syntax.
    private ActorId(string value, bool trusted)
    {
        _ = trusted;
        _value = value;
    }

    /// <inheritdoc/>
    static int IIdentifier<ActorId>.MaxLength => MaxLength;

    /// <inheritdoc/>
    static ActorId IIdentifier<ActorId>.FromTrusted(string value) => new(value, trusted: true);

    /// <summary>Gets the identifier text, or an empty string for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default value, which is not a valid identifier.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value;

    static bool ITextValue<ActorId>.TryParseString(string text, out ActorId result, out ParseError error) =>
        Create(IdSyntax.TryParse(text, MaxLength, Expected, out string? value, out error), value, out result);

    private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, out ActorId result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar> =>
        Create(IdSyntax.TryParse(text, MaxLength, Expected, out string? value, out error), value, out result);

    private static bool Create(bool parsed, string? value, out ActorId result)
    {
        result = parsed ? new ActorId(value!, trusted: true) : default;
        return parsed;
    }

    private bool TryFormatText<TChar>(Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar> => AsciiWriter<TChar>.TryWrite(destination, Value, out written);
}
