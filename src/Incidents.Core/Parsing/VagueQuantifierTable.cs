using System.Collections.ObjectModel;
using System.Numerics;
using Incidents.Core.Utility;

namespace Incidents.Core.Parsing;

/// <summary>
/// The table that turns vague English quantifiers ("a few", "dozens", "a number of") into casualty ranges when
/// <see cref="CasualtyRange"/> parses text. Immutable; <see cref="With"/> and <see cref="Without"/> return new tables,
/// so a caller can extend or override <see cref="Default"/> without affecting anyone else.
/// </summary>
/// <remarks>
/// <para>
/// Phrases are English, ASCII letters and single spaces, compared without regard to case or to runs of white space; a
/// trailing <c>of</c> in the text is ignored ("dozens of" reads as "dozens").
/// </para>
/// <para>
/// The default table, and how ACLED's convention differs (ACLED records a single number: "several", "many" and "few" as
/// 3 or 10, "dozens" as 12, "hundreds" as 100, and no mention or only "casualties" as 0):
/// </para>
/// <list type="table">
/// <listheader><term>phrase</term><description>range</description></listheader>
/// <item><term>none</term><description>0</description></item>
/// <item><term>some</term><description>at least 1</description></item>
/// <item><term>a couple</term><description>2–3</description></item>
/// <item><term>a few</term><description>2–5</description></item>
/// <item><term>a handful</term><description>3–6</description></item>
/// <item><term>several</term><description>3–9</description></item>
/// <item><term>a number</term><description>at least 2</description></item>
/// <item><term>many</term><description>at least 10</description></item>
/// <item><term>a dozen</term><description>about 12</description></item>
/// <item><term>dozens</term><description>24–99 (ACLED: 12)</description></item>
/// <item><term>tens</term><description>20–99</description></item>
/// <item><term>scores</term><description>40–199</description></item>
/// <item><term>a hundred</term><description>about 100</description></item>
/// <item><term>hundreds</term><description>200–999 (ACLED: 100)</description></item>
/// <item><term>a thousand</term><description>about 1000</description></item>
/// <item><term>thousands</term><description>at least 2000</description></item>
/// <item><term>in the teens</term><description>13–19</description></item>
/// <item><term>in the twenties … in the nineties</term><description>20–29 … 90–99</description></item>
/// </list>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class VagueQuantifierTable
{
    /// <summary>The longest phrase accepted, in characters.</summary>
    public const int MaxPhraseLength = 48;

    private readonly Dictionary<string, CasualtyRange> _entries;
    private readonly Dictionary<string, CasualtyRange>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private VagueQuantifierTable(Dictionary<string, CasualtyRange> entries)
    {
        _entries = entries;
        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Entries = new ReadOnlyDictionary<string, CasualtyRange>(entries);
    }

    /// <summary>Gets the default English table (see the remarks).</summary>
    public static VagueQuantifierTable Default { get; } = new(new Dictionary<string, CasualtyRange>(StringComparer.Ordinal)
    {
        ["none"] = CasualtyRange.Exactly(0),
        ["some"] = CasualtyRange.AtLeast(1),
        ["a couple"] = CasualtyRange.Between(2, 3),
        ["a few"] = CasualtyRange.Between(2, 5),
        ["a handful"] = CasualtyRange.Between(3, 6),
        ["several"] = CasualtyRange.Between(3, 9),
        ["a number"] = CasualtyRange.AtLeast(2),
        ["many"] = CasualtyRange.AtLeast(10),
        ["a dozen"] = CasualtyRange.Approximately(12),
        ["dozens"] = CasualtyRange.Between(24, 99),
        ["tens"] = CasualtyRange.Between(20, 99),
        ["scores"] = CasualtyRange.Between(40, 199),
        ["a hundred"] = CasualtyRange.Approximately(100),
        ["hundreds"] = CasualtyRange.Between(200, 999),
        ["a thousand"] = CasualtyRange.Approximately(1000),
        ["thousands"] = CasualtyRange.AtLeast(2000),
        ["in the teens"] = CasualtyRange.Between(13, 19),
        ["in the twenties"] = CasualtyRange.Between(20, 29),
        ["in the thirties"] = CasualtyRange.Between(30, 39),
        ["in the forties"] = CasualtyRange.Between(40, 49),
        ["in the fifties"] = CasualtyRange.Between(50, 59),
        ["in the sixties"] = CasualtyRange.Between(60, 69),
        ["in the seventies"] = CasualtyRange.Between(70, 79),
        ["in the eighties"] = CasualtyRange.Between(80, 89),
        ["in the nineties"] = CasualtyRange.Between(90, 99),
    });

    /// <summary>Gets the phrases (normalised: lower case, single spaces) and their ranges.</summary>
    public IReadOnlyDictionary<string, CasualtyRange> Entries { get; }

    /// <summary>Returns a table with <paramref name="phrase"/> added, or changed to <paramref name="range"/>.</summary>
    /// <param name="phrase">English words of ASCII letters separated by spaces, e.g. "a good many"; case and runs of
    /// white space do not matter.</param>
    /// <param name="range">The range the phrase stands for.</param>
    /// <returns>A new table; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="phrase"/> is empty, too long, or holds other characters
    /// than ASCII letters and white space.</exception>
    public VagueQuantifierTable With(string phrase, CasualtyRange range)
    {
        string key = NormalizeArgument(phrase);
        var entries = new Dictionary<string, CasualtyRange>(_entries, StringComparer.Ordinal) { [key] = range };
        return new VagueQuantifierTable(entries);
    }

    /// <summary>Returns a table without <paramref name="phrase"/>.</summary>
    /// <param name="phrase">A phrase of the table; case and runs of white space do not matter.</param>
    /// <returns>A new table; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="phrase"/> is not a valid phrase.</exception>
    public VagueQuantifierTable Without(string phrase)
    {
        string key = NormalizeArgument(phrase);
        var entries = new Dictionary<string, CasualtyRange>(_entries, StringComparer.Ordinal);
        entries.Remove(key);
        return new VagueQuantifierTable(entries);
    }

    /// <summary>Looks up a phrase (case, runs of white space and a trailing "of" do not matter); never allocates.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <param name="range">The range, when found.</param>
    /// <returns><see langword="true"/> when the table has the phrase.</returns>
    public bool TryGetRange(ReadOnlySpan<char> phrase, out CasualtyRange range)
    {
        range = default;
        return TryLookup(phrase, out range, out _);
    }

    /// <summary>Normalises <paramref name="text"/> into a key and looks it up; <paramref name="badIndex"/> is the first
    /// character that cannot belong to a phrase, or -1.</summary>
    internal bool TryLookup<TChar>(ReadOnlySpan<TChar> text, out CasualtyRange range, out int badIndex)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        range = default;
        Span<char> key = stackalloc char[MaxPhraseLength];
        int length = Normalize(text, key, out badIndex);
        return length > 0 && _lookup.TryGetValue(key[..length], out range);
    }

    // Writes the key for text into buffer: lower-case letters, single spaces, no trailing " of". Returns its length, or 0
    // (with badIndex >= 0 at a character that is neither a letter nor white space, or -1 when it is only too long).
    private static int Normalize<TChar>(ReadOnlySpan<TChar> text, Span<char> buffer, out int badIndex)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        badIndex = -1;
        int length = 0;
        bool pendingSpace = false;
        for (int i = Chars.SkipWhiteSpace(text, 0); i < text.Length; i++)
        {
            int space = Chars.WhiteSpaceLength(text, i);
            if (space > 0)
            {
                pendingSpace = true;
                i += space - 1;
                continue;
            }

            int c = Chars.At(text, i);
            if (!Chars.IsLetter(c))
            {
                badIndex = i;
                return 0;
            }

            if (length + (pendingSpace && length > 0 ? 2 : 1) > buffer.Length)
            {
                return 0;
            }

            if (pendingSpace && length > 0)
            {
                buffer[length++] = ' ';
            }

            pendingSpace = false;
            buffer[length++] = (char)Chars.ToLower(c);
        }

        if (length > 3 && buffer[..length].EndsWith(" of", StringComparison.Ordinal))
        {
            length -= 3;
        }

        return length;
    }

    private static string NormalizeArgument(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        Span<char> key = stackalloc char[MaxPhraseLength];
        int length = phrase.Length > MaxPhraseLength * 2 ? 0 : Normalize(phrase.AsSpan(), key, out _);
        if (length == 0)
        {
            throw new ArgumentException(
                $"'{CodeSyntax.Truncate(phrase)}' is not a phrase: use 1 to {MaxPhraseLength} ASCII letters and spaces.", nameof(phrase));
        }

        return new string(key[..length]);
    }
}
