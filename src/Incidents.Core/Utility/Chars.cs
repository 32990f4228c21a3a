using System.Numerics;
using Incidents.Core.Parsing;

namespace Incidents.Core.Utility;

/// <summary>
/// Character tests shared by the parsers, generic over UTF-16 (<see cref="char"/>) and UTF-8 (<see cref="byte"/>) input
/// so that one parser core serves both (after <c>Version.ParseVersion&lt;TChar&gt;</c> in dotnet/runtime). The
/// <c>typeof(TChar)</c> tests are constants to the JIT, so each instantiation keeps only its own branch.
/// </summary>
internal static class Chars
{
    internal static int At<TChar>(ReadOnlySpan<TChar> text, int index)
        where TChar : unmanaged, IBinaryInteger<TChar> => int.CreateTruncating(text[index]);

    // unchecked: the project checks arithmetic, and these range tests rely on the wrap to uint.
    internal static bool IsDigit(int c) => unchecked((uint)(c - '0')) <= 9;

    internal static bool IsLetter(int c) => unchecked((uint)((c | 0x20) - 'a')) <= 'z' - 'a';

    internal static int ToLower(int c) => unchecked((uint)(c - 'A')) <= 'Z' - 'A' ? c | 0x20 : c;

    /// <summary>The length in code units of the white space at <paramref name="index"/>: ASCII space, tab, CR, LF,
    /// no-break space U+00A0 and narrow no-break space U+202F; 0 when there is none.</summary>
    internal static int WhiteSpaceLength<TChar>(ReadOnlySpan<TChar> text, int index)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (index >= text.Length)
        {
            return 0;
        }

        int c = At(text, index);
        if (c is ' ' or '\t' or '\r' or '\n')
        {
            return 1;
        }

        if (typeof(TChar) == typeof(char))
        {
            return c is 0x00A0 or 0x202F ? 1 : 0;
        }

        if (c == 0xC2 && index + 1 < text.Length && At(text, index + 1) == 0xA0)
        {
            return 2;
        }

        return c == 0xE2 && index + 2 < text.Length && At(text, index + 1) == 0x80 && At(text, index + 2) == 0xAF ? 3 : 0;
    }

    /// <summary>The length of a dash at <paramref name="index"/>: hyphen-minus, en dash U+2013 or em dash U+2014.</summary>
    internal static int DashLength<TChar>(ReadOnlySpan<TChar> text, int index)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (index >= text.Length)
        {
            return 0;
        }

        int c = At(text, index);
        if (c == '-')
        {
            return 1;
        }

        if (typeof(TChar) == typeof(char))
        {
            return c is 0x2013 or 0x2014 ? 1 : 0;
        }

        return c == 0xE2 && index + 2 < text.Length && At(text, index + 1) == 0x80 && At(text, index + 2) is 0x93 or 0x94 ? 3 : 0;
    }

    internal static int SkipWhiteSpace<TChar>(ReadOnlySpan<TChar> text, int index)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        int length;
        while ((length = WhiteSpaceLength(text, index)) > 0)
        {
            index += length;
        }

        return index;
    }

    /// <summary>The end of the text once trailing white space is left out.</summary>
    internal static int TrimEnd<TChar>(ReadOnlySpan<TChar> text, int start)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        int end = text.Length;
        while (end > start)
        {
            int c = At(text, end - 1);
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                end--;
            }
            else if (typeof(TChar) == typeof(char) && c is 0x00A0 or 0x202F)
            {
                end--;
            }
            else if (typeof(TChar) == typeof(byte) && end - start >= 2 && c == 0xA0 && At(text, end - 2) == 0xC2)
            {
                end -= 2;
            }
            else if (typeof(TChar) == typeof(byte) && end - start >= 3 && c == 0xAF && At(text, end - 2) == 0x80 && At(text, end - 3) == 0xE2)
            {
                end -= 3;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>Finds the text without the white space around it; fails with <see cref="ParseErrorKind.Empty"/> when
    /// nothing else is left. Every parser starts here.</summary>
    internal static bool TryTrim<TChar>(ReadOnlySpan<TChar> text, string expected, out int start, out int end, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        start = SkipWhiteSpace(text, 0);
        end = TrimEnd(text, start);
        error = start == end ? new ParseError(ParseErrorKind.Empty, start, expected) : default;
        return start != end;
    }

    /// <summary>
    /// Matches <paramref name="phrase"/> (lower-case ASCII) at <paramref name="index"/>, ignoring ASCII case; a space in
    /// the phrase matches one or more white-space characters. A phrase that ends in a letter must not be followed by
    /// another letter ("over" does not match "overall").
    /// </summary>
    internal static bool MatchPhrase<TChar>(ReadOnlySpan<TChar> text, int index, string phrase, out int end)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        end = index;
        int i = index;
        foreach (char p in phrase)
        {
            if (p == ' ')
            {
                int next = SkipWhiteSpace(text, i);
                if (next == i)
                {
                    return false;
                }

                i = next;
                continue;
            }

            if (i >= text.Length || ToLower(At(text, i)) != p)
            {
                return false;
            }

            i++;
        }

        if (IsLetter(phrase[^1]) && i < text.Length && IsLetter(At(text, i)))
        {
            return false;
        }

        end = i;
        return true;
    }

    /// <summary>The error for a character that does not fit: <see cref="ParseErrorKind.InvalidEncoding"/> at the first
    /// ill-formed code unit when the input is not well-formed Unicode, otherwise
    /// <see cref="ParseErrorKind.UnexpectedCharacter"/> (or <see cref="ParseErrorKind.UnexpectedEnd"/> past the end).</summary>
    internal static ParseError Unexpected<TChar>(ReadOnlySpan<TChar> text, int index, string expected)
        where TChar : unmanaged, IBinaryInteger<TChar> =>
        Classify(text, index >= text.Length ? ParseErrorKind.UnexpectedEnd : ParseErrorKind.UnexpectedCharacter, index, expected);

    /// <summary>The error for text after a complete value, or <see cref="ParseErrorKind.InvalidEncoding"/> when the input
    /// is not well-formed.</summary>
    internal static ParseError Trailing<TChar>(ReadOnlySpan<TChar> text, int index, string expected)
        where TChar : unmanaged, IBinaryInteger<TChar> =>
        Classify(text, ParseErrorKind.TrailingText, index, expected);

    private static ParseError Classify<TChar>(ReadOnlySpan<TChar> text, ParseErrorKind kind, int index, string expected)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        int invalid = IndexOfInvalid(text);
        return invalid >= 0
            ? new ParseError(ParseErrorKind.InvalidEncoding, invalid, typeof(TChar) == typeof(byte) ? "well-formed UTF-8" : "well-formed UTF-16")
            : new ParseError(kind, index, expected);
    }

    /// <summary>The index of the first code unit that is not part of well-formed UTF-8 (for bytes) or UTF-16 (for
    /// chars), or -1.</summary>
    internal static int IndexOfInvalid<TChar>(ReadOnlySpan<TChar> text)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (typeof(TChar) == typeof(byte))
        {
            ReadOnlySpan<byte> bytes = System.Runtime.InteropServices.MemoryMarshal.Cast<TChar, byte>(text);
            int offset = 0;
            while (offset < bytes.Length)
            {
                if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
                {
                    return offset;
                }

                offset += consumed;
            }

            return -1;
        }

        ReadOnlySpan<char> chars = System.Runtime.InteropServices.MemoryMarshal.Cast<TChar, char>(text);
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Reads a non-negative count of ASCII digits at <paramref name="index"/>, with thousands separators where they are
    /// unambiguous: after a first group of 1 to 3 digits, a comma, full stop, apostrophe, space, no-break space or narrow
    /// no-break space followed by exactly three digits (and no fourth) separates thousands; every separator in one
    /// number must be the same. <c>3,500</c>, <c>3 500</c>, <c>3.500</c> and <c>1,234,567</c> are counts;
    /// <c>3.5</c> and <c>1,234.567</c> are not.
    /// </summary>
    internal static bool TryReadCount<TChar>(ReadOnlySpan<TChar> text, ref int index, out int value, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        const string Expected = "a count of people: digits, optionally grouped in thousands (3,500)";
        int start = index;
        value = 0;
        if (index >= text.Length || !IsDigit(At(text, index)))
        {
            error = Unexpected(text, index, Expected);
            return false;
        }

        long total = 0;
        int i = index;
        int digits = 0;
        while (i < text.Length && IsDigit(At(text, i)))
        {
            total = (total * 10) + (At(text, i) - '0');
            i++;
            if (++digits > 10)
            {
                error = new ParseError(ParseErrorKind.Overflow, start, "a count no greater than 2147483647");
                return false;
            }
        }

        if (digits <= 3)
        {
            int separator = -1;
            int separatorLength;
            while ((separatorLength = GroupSeparatorLength(text, i, separator, out int found)) > 0
                && IsThreeDigitGroup(text, i + separatorLength))
            {
                separator = found;
                i += separatorLength;
                for (int k = 0; k < 3; k++, i++)
                {
                    total = (total * 10) + (At(text, i) - '0');
                }

                if ((digits += 3) > 10)
                {
                    error = new ParseError(ParseErrorKind.Overflow, start, "a count no greater than 2147483647");
                    return false;
                }
            }
        }

        if (total > int.MaxValue)
        {
            error = new ParseError(ParseErrorKind.Overflow, start, "a count no greater than 2147483647");
            return false;
        }

        value = (int)total;
        index = i;
        error = default;
        return true;
    }

    private static bool IsThreeDigitGroup<TChar>(ReadOnlySpan<TChar> text, int index)
        where TChar : unmanaged, IBinaryInteger<TChar> =>
        index + 3 <= text.Length
        && IsDigit(At(text, index)) && IsDigit(At(text, index + 1)) && IsDigit(At(text, index + 2))
        && (index + 3 == text.Length || !IsDigit(At(text, index + 3)));

    // The length of a thousands separator at index (0 if none, or if it differs from the separator already in use);
    // found identifies the separator: its character, with every kind of space counted as ' '.
    private static int GroupSeparatorLength<TChar>(ReadOnlySpan<TChar> text, int index, int inUse, out int found)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        found = -1;
        if (index >= text.Length)
        {
            return 0;
        }

        int c = At(text, index);
        int length = 1;
        if (c is ',' or '.' or '\'')
        {
            found = c;
        }
        else if ((length = WhiteSpaceLength(text, index)) > 0 && c is not ('\t' or '\r' or '\n'))
        {
            found = ' ';
        }
        else
        {
            return 0;
        }

        return inUse == -1 || inUse == found ? length : 0;
    }

    /// <summary>
    /// Reads a leading approximation: <c>~</c>, <c>about</c>, <c>around</c>, <c>approximately</c>, <c>approx.</c>,
    /// <c>roughly</c>, <c>circa</c>, <c>c.</c>, <c>almost</c>, <c>nearly</c> (approximate); <c>at least</c>,
    /// <c>more than</c>, <c>over</c>, <c>not before</c>, <c>after</c> (lower bound); <c>at most</c>, <c>up to</c>,
    /// <c>under</c>, <c>less than</c>, <c>not after</c>, <c>before</c> (upper bound). Returns
    /// <see cref="Approximation.Exact"/> and leaves <paramref name="index"/> alone when there is none.
    /// </summary>
    internal static Approximation ReadApproximation<TChar>(ReadOnlySpan<TChar> text, ref int index)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        int first = index < text.Length ? At(text, index) : 0;
        if (first == '~')
        {
            index = SkipWhiteSpace(text, index + 1);
            return Approximation.Approximate;
        }

        if (!IsLetter(first))
        {
            // Most texts start with the value itself.
            return Approximation.Exact;
        }

        first = ToLower(first);
        foreach ((string phrase, Approximation approximation) in s_approximations)
        {
            if (phrase[0] == first && MatchPhrase(text, index, phrase, out int end))
            {
                int next = SkipWhiteSpace(text, end);
                if (next > end || phrase[^1] == '.')
                {
                    index = next;
                    return approximation;
                }
            }
        }

        return Approximation.Exact;
    }

    private static readonly (string Phrase, Approximation Approximation)[] s_approximations =
    [
        ("about", Approximation.Approximate),
        ("around", Approximation.Approximate),
        ("approximately", Approximation.Approximate),
        ("approx.", Approximation.Approximate),
        ("roughly", Approximation.Approximate),
        ("circa", Approximation.Approximate),
        ("c.", Approximation.Approximate),
        ("almost", Approximation.Approximate),
        ("nearly", Approximation.Approximate),
        ("some", Approximation.Approximate),
        ("at least", Approximation.AtLeast),
        ("more than", Approximation.AtLeast),
        ("over", Approximation.AtLeast),
        ("not before", Approximation.AtLeast),
        ("after", Approximation.AtLeast),
        ("at most", Approximation.AtMost),
        ("up to", Approximation.AtMost),
        ("under", Approximation.AtMost),
        ("less than", Approximation.AtMost),
        ("not after", Approximation.AtMost),
        ("before", Approximation.AtMost),
    ];
}
