using System.Buffers;

namespace Incidents.Core.Utility;

/// <summary>What "white space", "blank" and "length" mean for the model's free text — defined once, here, and used by
/// the records' checks, the JSON reader, the JSON Schema (<see cref="NotBlankPattern"/>) and FORMAT.md.</summary>
/// <remarks>
/// <para><b>White space</b> is the Unicode <c>White_Space</c> property: U+0009–U+000D, U+0020, U+0085, U+00A0,
/// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 (exactly what <see cref="char.IsWhiteSpace(char)"/>
/// says). <b>Blank</b> text holds nothing but white space and four invisible characters that are not white space in
/// Unicode but show nothing: U+180E, U+200B, U+2060, U+FEFF. A regular expression's <c>\s</c> is not used anywhere,
/// because it means something different in every engine (ECMA-262 counts U+FEFF, Python counts U+001C–U+001F).</para>
/// <para><b>Length</b> is counted in Unicode scalar values (code points), as JSON Schema's <c>maxLength</c> counts:
/// a character outside the Basic Multilingual Plane counts once, although .NET stores it as two UTF-16 units.</para>
/// </remarks>
internal static class TextRules
{
    /// <summary>The characters that make text blank, as listed in the remarks.</summary>
    internal const string BlankCharacters =
        "\u0009\u000A\u000B\u000C\u000D\u0020\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
        + "\u2028\u2029\u202F\u205F\u3000\u180E\u200B\u2060\uFEFF";

    /// <summary>The JSON Schema pattern of non-blank text: one character that is not in
    /// <see cref="BlankCharacters"/>, written with <c>\uXXXX</c> escapes that ECMA-262, Python and .NET all read the
    /// same way.</summary>
    internal const string NotBlankPattern =
        "[^\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\u180E\\u200B\\u2060\\uFEFF]";

    private static readonly SearchValues<char> s_blank = SearchValues.Create(BlankCharacters);

    /// <summary>Returns whether <paramref name="text"/> is empty or holds only blank characters.</summary>
    /// <remarks>Text almost always starts with a visible ASCII character, which settles it without the set search.</remarks>
    internal static bool IsBlank(ReadOnlySpan<char> text) =>
        text.IsEmpty || (!char.IsBetween(text[0], '!', '~') && !text.ContainsAnyExcept(s_blank));

    /// <summary>Returns the length of <paramref name="text"/> in Unicode scalar values, counting an unpaired surrogate
    /// as one.</summary>
    internal static int Length(string text)
    {
        // Most text is short or has no surrogates: the UTF-16 length is then the answer, and it is never smaller.
        int surrogates = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (surrogates < 0)
        {
            return text.Length;
        }

        int length = surrogates;
        for (int i = surrogates; i < text.Length; i++)
        {
            length++;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        return length;
    }

    /// <summary>Returns whether <paramref name="text"/> is at most <paramref name="max"/> scalar values long (cheap
    /// when its UTF-16 length already says so).</summary>
    internal static bool IsWithin(string text, int max) => text.Length <= max || Length(text) <= max;
}
