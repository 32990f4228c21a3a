using System.Diagnostics.CodeAnalysis;
using Incidents.Core.Parsing;

namespace Incidents.Core;

// The parsing and formatting surface of ActorKind; the grammar and the cores are in ActorKind.cs.
public readonly partial record struct ActorKind : ITextValue<ActorKind>
{
    /// <summary>Parses an actor-kind code ("state-force", "MEDIA-OUTLET").</summary>
    /// <param name="text">The text; white space around it is ignored.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> does not fit the grammar; the message gives the position
    /// and what was expected.</exception>
    public static ActorKind Parse(string text) => TextValue.Parse<ActorKind>(text);

    /// <summary>Parses an actor-kind code ("state-force", "MEDIA-OUTLET").</summary>
    /// <param name="text">The text; white space around it is ignored.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> does not fit the grammar; the message gives the position
    /// and what was expected.</exception>
    public static ActorKind Parse(ReadOnlySpan<char> text) => TextValue.Parse<ActorKind, char>(text);

    /// <summary>Parses an actor-kind code from UTF-8 ("state-force", "MEDIA-OUTLET").</summary>
    /// <param name="utf8Text">The UTF-8 text; white space around it is ignored.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException"><paramref name="utf8Text"/> does not fit the grammar or is not valid UTF-8; the
    /// message gives the byte position and what was expected.</exception>
    public static ActorKind Parse(ReadOnlySpan<byte> utf8Text) => TextValue.Parse<ActorKind, byte>(utf8Text);

    /// <summary>Tries to parse an actor-kind code; never throws.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="result">The parsed value, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> fits the grammar.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ActorKind result) => TextValue.TryParse(text, out result);

    /// <summary>Tries to parse an actor-kind code; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The parsed value, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> fits the grammar.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ActorKind result) => TryParseText(text, out result, out _);

    /// <summary>Tries to parse an actor-kind code from UTF-8; never throws.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="result">The parsed value, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="utf8Text"/> fits the grammar.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out ActorKind result) => TryParseText(utf8Text, out result, out _);

    /// <summary>Tries to parse an actor-kind code, saying why it failed; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The parsed value, or the default value on failure.</param>
    /// <param name="error">Why and where parsing failed, or the default value on success.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> fits the grammar.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ActorKind result, out ParseError error) => TryParseText(text, out result, out error);

    /// <summary>Tries to parse an actor-kind code from UTF-8, saying why it failed; never throws.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="result">The parsed value, or the default value on failure.</param>
    /// <param name="error">Why and where (as a byte offset) parsing failed, or the default value on success.</param>
    /// <returns><see langword="true"/> when <paramref name="utf8Text"/> fits the grammar.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out ActorKind result, out ParseError error) => TryParseText(utf8Text, out result, out error);

    /// <summary>Parses an actor-kind code into a result that carries the value or the error; never throws.</summary>
    /// <param name="text">The text; the whole of it must fit the grammar.</param>
    /// <returns>The value, or why and where parsing failed.</returns>
    public static ParseResult<ActorKind> ParseExact(ReadOnlySpan<char> text) => TextValue.ParseExact<ActorKind, char>(text);

    /// <summary>Parses an actor-kind code from UTF-8 into a result that carries the value or the error; never throws.</summary>
    /// <param name="utf8Text">The UTF-8 text; the whole of it must fit the grammar.</param>
    /// <returns>The value, or why and where parsing failed.</returns>
    public static ParseResult<ActorKind> ParseExact(ReadOnlySpan<byte> utf8Text) => TextValue.ParseExact<ActorKind, byte>(utf8Text);

    /// <summary>Writes the canonical text form (see <see cref="ToString()"/>); culture-invariant, so it takes no format
    /// provider.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or <c>G</c>: the canonical form is the only one.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default) =>
        TextValue.TryFormat(this, destination, out charsWritten, format);

    /// <summary>Writes the canonical text form (see <see cref="ToString()"/>) as UTF-8; culture-invariant, so it takes no
    /// format provider.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">Empty or <c>G</c>: the canonical form is the only one.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default) =>
        TextValue.TryFormat(this, utf8Destination, out bytesWritten, format);

    /// <summary>Returns the canonical text form (see <see cref="ToString()"/>).</summary>
    /// <param name="format"><see langword="null"/>, empty or <c>G</c>: the canonical form is the only one.</param>
    /// <param name="formatProvider">Ignored: the form is culture-invariant.</param>
    /// <returns>The canonical text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => TextValue.ToString(this, format);

    /// <inheritdoc/>
    static bool ITextValue<ActorKind>.IsCanonical(ReadOnlySpan<byte> utf8Text, in ActorKind value) => System.Text.Ascii.Equals(utf8Text, value.Code);

    static bool ITextValue<ActorKind>.TryParseCore<TChar>(ReadOnlySpan<TChar> text, out ActorKind result, out ParseError error) =>
        TryParseText(text, out result, out error);

    /// <inheritdoc/>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TextValue.TryFormat(this, destination, out charsWritten, format);

    /// <inheritdoc/>
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TextValue.TryFormat(this, utf8Destination, out bytesWritten, format);

    bool ITextValue<ActorKind>.TryFormatCore<TChar>(Span<TChar> destination, out int written) => TryFormatText(destination, out written);
}
