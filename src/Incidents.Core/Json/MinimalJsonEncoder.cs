using System.Buffers;
using System.Text.Encodings.Web;

namespace Incidents.Core.Json;

/// <summary>The canonical writer's escaping: only what RFC 8259 requires — <c>"</c>, <c>\</c> and the control
/// characters U+0000–U+001F (as <c>\"</c>, <c>\\</c>, <c>\b</c>, <c>\t</c>, <c>\n</c>, <c>\f</c>, <c>\r</c>, else
/// <c>\u00XX</c>). Everything else, characters outside the Basic Multilingual Plane included, is written as UTF-8.
/// (System.Text.Json's own encoders always escape supplementary characters, so <c>💀</c> would become
/// <c>\uD83D\uDC80</c>.)</summary>
/// <remarks>Model strings are well-formed UTF-16 (the records check it), so there is nothing else to escape.</remarks>
internal sealed class MinimalJsonEncoder : JavaScriptEncoder
{
    private static readonly SearchValues<char> s_escapedChars = SearchValues.Create(EscapedSet());
    private static readonly SearchValues<byte> s_escapedBytes = SearchValues.Create(System.Text.Encoding.ASCII.GetBytes(EscapedSet()));

    private MinimalJsonEncoder()
    {
    }

    /// <summary>The one instance.</summary>
    internal static MinimalJsonEncoder Instance { get; } = new();

    /// <summary>Whether a text holds a character this encoder escapes.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text has a <c>"</c>, a <c>\</c> or a control character.</returns>
    internal static bool NeedsEscaping(ReadOnlySpan<char> text) => text.ContainsAny(s_escapedChars);

    /// <inheritdoc/>
    public override int MaxOutputCharactersPerInputCharacter => 6;

    /// <inheritdoc/>
    public override bool WillEncode(int unicodeScalar) => unicodeScalar is < 0x20 or '"' or '\\';

    /// <inheritdoc/>
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text) => utf8Text.IndexOfAny(s_escapedBytes);

    /// <inheritdoc/>
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        new ReadOnlySpan<char>(text, textLength).IndexOfAny(s_escapedChars);

    /// <inheritdoc/>
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var destination = new Span<char>(buffer, bufferLength);
        ReadOnlySpan<char> escape = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\b' => "\\b",
            '\t' => "\\t",
            '\n' => "\\n",
            '\f' => "\\f",
            '\r' => "\\r",
            _ => default,
        };
        if (!escape.IsEmpty)
        {
            numberOfCharactersWritten = escape.Length;
            return escape.TryCopyTo(destination);
        }

        if (unicodeScalar >= 0x20)
        {
            // Not ours to escape: write it as it is.
            if (unicodeScalar <= 0xFFFF)
            {
                numberOfCharactersWritten = 1;
                if (destination.IsEmpty)
                {
                    return false;
                }

                destination[0] = (char)unicodeScalar;
                return true;
            }

            numberOfCharactersWritten = 2;
            return new System.Text.Rune(unicodeScalar).TryEncodeToUtf16(destination, out _);
        }

        numberOfCharactersWritten = 6;
        return destination.Length >= 6 && $"\\u{unicodeScalar:X4}".AsSpan().TryCopyTo(destination);
    }

    private static string EscapedSet()
    {
        var set = new char[34];
        for (int i = 0; i < 0x20; i++)
        {
            set[i] = (char)i;
        }

        set[32] = '"';
        set[33] = '\\';
        return new string(set);
    }
}
