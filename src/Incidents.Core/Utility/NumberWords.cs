using System.Numerics;

namespace Incidents.Core.Utility;

/// <summary>
/// English cardinal numbers in words, as reports spell counts of people: <c>three</c>, <c>eleven</c>,
/// <c>twenty-five</c> (or <c>twenty five</c>), <c>two hundred and fifty</c>, <c>three thousand five hundred</c>,
/// <c>one million</c>; any ASCII case. The words must come in the order English writes them (<c>five four</c> is not
/// a number); "a hundred", "dozens" and other vague quantities are the quantifier table's, not this reader's.
/// </summary>
/// <remarks>Only called where the text has a letter where a count may start, so the digit path never pays for it.
/// Linear in the words read; no allocation.</remarks>
internal static class NumberWords
{
    private static readonly string[] s_units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] s_tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private enum Last
    {
        Start,
        Unit,
        Tens,
        Hundred,
        Scale,
    }

    /// <summary>Returns whether a number in words starts at <paramref name="index"/>.</summary>
    internal static bool StartsAt<TChar>(ReadOnlySpan<TChar> text, int index)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        int probe = index;
        return TryRead(text, ref probe, out _);
    }

    /// <summary>Reads a number in words at <paramref name="index"/>; on success <paramref name="index"/> is after its
    /// last word. Fails (leaving <paramref name="index"/> alone) when no number starts there or it exceeds
    /// <see cref="int.MaxValue"/>.</summary>
    internal static bool TryRead<TChar>(ReadOnlySpan<TChar> text, ref int index, out int value)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        value = 0;
        long total = 0;   // completed thousands and millions
        long group = 0;   // the group below the last scale word
        long lastScale = long.MaxValue;
        Last last = Last.Start;
        int i = index;
        int end = index;
        while (true)
        {
            int wordStart = i;
            if (last != Last.Start)
            {
                // Between words: white space or, after tens, a hyphen; "and" after a hundred or a scale word.
                int gap = Chars.SkipWhiteSpace(text, i);
                bool hyphen = last == Last.Tens && gap == i && i < text.Length && Chars.At(text, i) == '-';
                if (gap == i && !hyphen)
                {
                    break;
                }

                wordStart = hyphen ? i + 1 : gap;
                if (!hyphen && last is Last.Hundred or Last.Scale && Chars.MatchPhrase(text, wordStart, "and", out int afterAnd))
                {
                    int next = Chars.SkipWhiteSpace(text, afterAnd);
                    if (next == afterAnd)
                    {
                        break;
                    }

                    wordStart = next;
                }
            }

            int wordEnd = wordStart;
            while (wordEnd < text.Length && Chars.IsLetter(Chars.At(text, wordEnd)))
            {
                wordEnd++;
            }

            if (wordEnd == wordStart || wordEnd - wordStart > 9)
            {
                break;
            }

            ReadOnlySpan<TChar> word = text[wordStart..wordEnd];
            int unit = Find(word, s_units);
            int tens = unit < 0 ? Find(word, s_tens) : -1;
            long scale = unit < 0 && tens < 0 ? Scale(word) : 0;
            if (unit >= 0 && last is Last.Start or Last.Hundred or Last.Scale or Last.Tens)
            {
                if ((last == Last.Tens && unit is 0 or >= 10) || (unit == 0 && last != Last.Start))
                {
                    break;
                }

                group += unit;
                last = unit == 0 ? Last.Scale : Last.Unit; // "zero" ends the number
                if (unit == 0)
                {
                    end = wordEnd;
                    break;
                }
            }
            else if (tens > 0 && last is Last.Start or Last.Hundred or Last.Scale)
            {
                group += tens * 10;
                last = Last.Tens;
            }
            else if (scale == 100 && last == Last.Unit && group is > 0 and < 10)
            {
                group *= 100;
                last = Last.Hundred;
            }
            else if (scale > 100 && last is Last.Unit or Last.Tens or Last.Hundred && scale < lastScale)
            {
                total += group * scale;
                group = 0;
                lastScale = scale;
                last = Last.Scale;
            }
            else
            {
                break;
            }

            if (total + group > int.MaxValue)
            {
                return false;
            }

            i = wordEnd;
            end = wordEnd;
        }

        if (end == index || (end < text.Length && Chars.IsLetter(Chars.At(text, end))))
        {
            return false;
        }

        value = (int)(total + group);
        index = end;
        return true;
    }

    private static int Find<TChar>(ReadOnlySpan<TChar> word, string[] words)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        for (int k = 0; k < words.Length; k++)
        {
            if (words[k].Length == word.Length && Chars.MatchPhrase(word, 0, words[k], out _))
            {
                return k;
            }
        }

        return -1;
    }

    private static long Scale<TChar>(ReadOnlySpan<TChar> word)
        where TChar : unmanaged, IBinaryInteger<TChar> =>
        word.Length switch
        {
            7 when Chars.MatchPhrase(word, 0, "hundred", out _) => 100,
            8 when Chars.MatchPhrase(word, 0, "thousand", out _) => 1_000,
            7 when Chars.MatchPhrase(word, 0, "million", out _) => 1_000_000,
            _ => 0,
        };
}
