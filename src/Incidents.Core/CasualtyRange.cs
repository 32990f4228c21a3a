using System.Numerics;
using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>
/// A count of people as the field reports it: a UCDP-style low, best and high estimate, each of which may be unknown.
/// </summary>
/// <remarks>
/// <para>
/// At least one bound is known, every known bound is non-negative, and the known bounds are ordered
/// <c>low ≤ best ≤ high</c>. The factories name the usual shapes: <see cref="Exactly"/> ("39"),
/// <see cref="AtLeast"/> ("at least 11": an open upper bound), <see cref="AtMost"/> ("up to 20"),
/// <see cref="Between"/> ("10–15") and <see cref="Approximately"/> ("about 3,500": a best estimate without bounds).
/// An unknown <see cref="High"/> is an open upper bound; an unknown <see cref="Low"/> is taken as 0 by
/// <see cref="Contains"/> and <see cref="Overlaps"/>, since a count cannot be negative.
/// </para>
/// <para>
/// A count that is not known at all is not a range: the model leaves the range out (<see cref="CasualtyFigure.Range"/>
/// is <see langword="null"/>). Zero is <c>Exactly(0)</c>, which is also the default value.
/// </para>
/// <para>
/// <b>Text.</b> English only, case- and white-space-insensitive, culture-invariant (the current culture changes nothing):
/// </para>
/// <list type="bullet">
/// <item><description>a count: ASCII digits, with thousands separators where unambiguous — after a first group of 1–3
/// digits, <c>,</c> <c>.</c> <c>'</c> or a (no-break) space followed by exactly three digits, the same separator
/// throughout: <c>3,500</c>, <c>3 500</c>, <c>3.500</c> and <c>1,234,567</c> are counts; <c>3.5</c> is not (a count
/// has no fraction);</description></item>
/// <item><description>exact: <c>39</c>;</description></item>
/// <item><description>approximate (best estimate only): <c>~3500</c>, <c>about</c>, <c>around</c>, <c>approximately</c>,
/// <c>approx.</c>, <c>roughly</c>, <c>circa</c>, <c>c.</c>, <c>some</c>, <c>an estimated</c>, <c>estimated</c>,
/// <c>nearly</c>, <c>almost</c> + count;</description></item>
/// <item><description>lower bound: <c>at least</c>, <c>no fewer than</c>, <c>no less than</c>, <c>not less than</c>,
/// <c>a minimum of</c> + N, or <c>N+</c> (low N); <c>more than</c>, <c>over</c>, <c>above</c>, <c>in excess of</c>,
/// <c>upwards of</c> + N (low N + 1);</description></item>
/// <item><description>upper bound: <c>at most</c>, <c>up to</c>, <c>no more than</c>, <c>not more than</c>,
/// <c>a maximum of</c>, <c>as many as</c> + N (high N); <c>fewer than</c>, <c>less than</c>, <c>under</c>,
/// <c>below</c> + N (high N − 1);</description></item>
/// <item><description>range: <c>10-15</c>, <c>10–15</c> (en or em dash), <c>10 to 15</c>, <c>between 10 and 15</c>,
/// <c>from 10 to 15</c>;</description></item>
/// <item><description>a best estimate after bounds: <c>10-15 (best 12)</c>, <c>at least 10 (best 12)</c>;</description></item>
/// <item><description>vague quantifiers through a <see cref="VagueQuantifierTable"/> (<see cref="VagueQuantifierTable.Default"/>
/// unless the caller passes its own): <c>a few</c>, <c>several</c>, <c>a number of</c>, <c>dozens</c>, <c>scores</c>,
/// <c>hundreds</c>, <c>thousands</c> ….</description></item>
/// </list>
/// <para>The canonical form, which <see cref="ToString()"/> writes and every parser reads back to an equal value, is
/// <c>39</c>, <c>~3500</c>, <c>at least 11</c>, <c>at most 20</c>, <c>10-15</c>, and with a best estimate inside bounds
/// <c>10-15 (best 12)</c>, <c>at least 10 (best 12)</c>, <c>at most 15 (best 12)</c>.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(CasualtyRangeJsonConverter))]
[TextValue("a count or range of people", "\"39\", \"at least 11\", \"10-15\", \"dozens\"")]
public readonly partial record struct CasualtyRange
{
    [Flags]
    private enum Unknown : byte
    {
        None = 0,
        Low = 1,
        Best = 2,
        High = 4,
    }

    private readonly int _low;
    private readonly int _best;
    private readonly int _high;

    // Which bounds are unknown; "none" keeps the default value the exact count 0.
    private readonly Unknown _unknown;

    /// <summary>Creates a range from its bounds.</summary>
    /// <param name="low">The lowest reliable estimate, or <see langword="null"/> when it is not known.</param>
    /// <param name="best">The best (most likely) estimate, or <see langword="null"/> when it is not known.</param>
    /// <param name="high">The highest reliable estimate, or <see langword="null"/> for an open upper bound.</param>
    /// <exception cref="ArgumentException">All three bounds are <see langword="null"/>, or the known bounds are not
    /// ordered low ≤ best ≤ high.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative.</exception>
    public CasualtyRange(int? low, int? best, int? high)
    {
        if (low is null && best is null && high is null)
        {
            throw new ArgumentException("At least one of low, best and high must be known.", nameof(best));
        }

        ThrowIfNegative(low, nameof(low));
        ThrowIfNegative(best, nameof(best));
        ThrowIfNegative(high, nameof(high));
        if (low > best)
        {
            throw new ArgumentException($"The low estimate ({low}) is above the best estimate ({best}).", nameof(low));
        }

        if (best > high)
        {
            throw new ArgumentException($"The best estimate ({best}) is above the high estimate ({high}).", nameof(high));
        }

        if (low > high)
        {
            throw new ArgumentException($"The low estimate ({low}) is above the high estimate ({high}).", nameof(low));
        }

        _low = low ?? 0;
        _best = best ?? 0;
        _high = high ?? 0;
        _unknown = (low is null ? Unknown.Low : Unknown.None)
            | (best is null ? Unknown.Best : Unknown.None)
            | (high is null ? Unknown.High : Unknown.None);
    }

    // An exact count known to be non-negative.
    private CasualtyRange(int exact)
    {
        _low = _best = _high = exact;
    }

    /// <summary>Gets the lowest reliable estimate, or <see langword="null"/> when it is not known.</summary>
    public int? Low => (_unknown & Unknown.Low) != 0 ? null : _low;

    /// <summary>Gets the best (most likely) estimate, or <see langword="null"/> when it is not known.</summary>
    public int? Best => (_unknown & Unknown.Best) != 0 ? null : _best;

    /// <summary>Gets the highest reliable estimate, or <see langword="null"/> for an open upper bound ("at least").</summary>
    public int? High => (_unknown & Unknown.High) != 0 ? null : _high;

    /// <summary>Gets a value indicating whether the count is exact: low, best and high are known and equal.</summary>
    public bool IsExact => _unknown == Unknown.None && _low == _high;

    /// <summary>Gets a value indicating whether the range has no upper bound ("at least 11", "about 3,500").</summary>
    public bool IsOpenEnded => (_unknown & Unknown.High) != 0;

    /// <summary>Gets the smallest count the range allows: <see cref="Low"/>, or 0 when the low bound is not known.</summary>
    public int Minimum => Low ?? 0;

    /// <summary>Creates an exact count ("39").</summary>
    /// <param name="count">The count; not negative.</param>
    /// <returns>A range with low = best = high = <paramref name="count"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static CasualtyRange Exactly(int count) => new(count, count, count);

    /// <summary>Creates a lower bound with an open upper bound ("at least 11"; "more than 100" is <c>AtLeast(101)</c>).</summary>
    /// <param name="low">The lowest count; not negative.</param>
    /// <returns>A range with only <see cref="Low"/> known.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="low"/> is negative.</exception>
    public static CasualtyRange AtLeast(int low) => new(low, null, null);

    /// <summary>Creates an upper bound ("up to 20"; "fewer than 5" is <c>AtMost(4)</c>).</summary>
    /// <param name="high">The highest count; not negative.</param>
    /// <returns>A range with only <see cref="High"/> known.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="high"/> is negative.</exception>
    public static CasualtyRange AtMost(int high) => new(null, null, high);

    /// <summary>Creates a closed range ("10–15"), with an optional best estimate.</summary>
    /// <param name="low">The lowest count; not negative.</param>
    /// <param name="high">The highest count; not below <paramref name="low"/>.</param>
    /// <param name="best">The best estimate, between <paramref name="low"/> and <paramref name="high"/>, or
    /// <see langword="null"/>.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative.</exception>
    /// <exception cref="ArgumentException">The bounds are out of order.</exception>
    public static CasualtyRange Between(int low, int high, int? best = null) => new(low, best, high);

    /// <summary>Creates a best estimate without bounds ("about 3,500", "an estimated 3,500").</summary>
    /// <param name="best">The best estimate; not negative.</param>
    /// <returns>A range with only <see cref="Best"/> known.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="best"/> is negative.</exception>
    public static CasualtyRange Approximately(int best) => new(null, best, null);

    /// <summary>Adds two ranges bound by bound (see <see cref="Sum(ReadOnlySpan{CasualtyRange})"/>).</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">A bound of the sum is above <see cref="int.MaxValue"/>.</exception>
    public static CasualtyRange operator +(CasualtyRange left, CasualtyRange right) => Sum([left, right]);

    /// <summary>Adds two ranges bound by bound (see <see cref="Sum(ReadOnlySpan{CasualtyRange})"/>).</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">A bound of the sum is above <see cref="int.MaxValue"/>.</exception>
    public static CasualtyRange Add(CasualtyRange left, CasualtyRange right) => left + right;

    /// <summary>
    /// Adds ranges bound by bound: a bound of the sum is known only when it is known in every range, so
    /// <c>Exactly(39) + Exactly(35) = Exactly(74)</c>, <c>AtLeast(11) + Exactly(5) = AtLeast(16)</c> and
    /// <c>Approximately(3500) + Exactly(5) = Approximately(3505)</c>. When no bound is known in every range, the sum
    /// is at least the sum of the ranges' <see cref="Minimum"/>s: <c>AtLeast(11) + AtMost(20) = AtLeast(11)</c>.
    /// </summary>
    /// <param name="ranges">The ranges; at least one.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException"><paramref name="ranges"/> is empty.</exception>
    /// <exception cref="OverflowException">A bound of the sum is above <see cref="int.MaxValue"/>.</exception>
    public static CasualtyRange Sum(ReadOnlySpan<CasualtyRange> ranges)
    {
        if (ranges.IsEmpty)
        {
            throw new ArgumentException("There must be at least one range to add.", nameof(ranges));
        }

        int low = 0, best = 0, high = 0;
        Unknown unknown = Unknown.None;
        foreach (CasualtyRange range in ranges)
        {
            unknown |= range._unknown;
            low = checked(low + range._low);
            best = checked(best + range._best);
            high = checked(high + range._high);
        }

        if (unknown == (Unknown.Low | Unknown.Best | Unknown.High))
        {
            // No bound is known in every range. An unknown low is stored as 0, so `low` is the sum of the minimums:
            // still a true lower bound of the total.
            return AtLeast(low);
        }

        return new(
            (unknown & Unknown.Low) != 0 ? null : low,
            (unknown & Unknown.Best) != 0 ? null : best,
            (unknown & Unknown.High) != 0 ? null : high);
    }

    /// <summary>Tells whether <paramref name="count"/> lies within the range.</summary>
    /// <param name="count">A count.</param>
    /// <returns><see langword="true"/> when <see cref="Minimum"/> ≤ <paramref name="count"/> and, if there is a
    /// <see cref="High"/>, <paramref name="count"/> ≤ <see cref="High"/>.</returns>
    public bool Contains(int count) => count >= Minimum && (High is not { } high || count <= high);

    /// <summary>Tells whether two ranges have a count in common.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> when some count lies within both ranges.</returns>
    public bool Overlaps(CasualtyRange other)
    {
        int lowest = Math.Max(Minimum, other.Minimum);
        return (High is not { } high || lowest <= high) && (other.High is not { } otherHigh || lowest <= otherHigh);
    }

    /// <summary>
    /// Returns the canonical text: <c>39</c> (exact), <c>~3500</c> (best only), <c>at least 11</c>, <c>at most 20</c>,
    /// <c>10-15</c>, and with a best estimate inside bounds <c>10-15 (best 12)</c>, <c>at least 10 (best 12)</c> or
    /// <c>at most 15 (best 12)</c>.
    /// </summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => TextValue.Format(this);

    /// <summary>Parses casualty text, reading vague quantifiers through <paramref name="quantifiers"/>.</summary>
    /// <param name="text">The text; see the remarks on <see cref="CasualtyRange"/> for the grammar.</param>
    /// <param name="quantifiers">The table of vague quantifiers, e.g. <see cref="VagueQuantifierTable.Default"/> with
    /// additions.</param>
    /// <returns>The parsed range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quantifiers"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> does not fit the grammar.</exception>
    public static CasualtyRange Parse(ReadOnlySpan<char> text, VagueQuantifierTable quantifiers)
    {
        ArgumentNullException.ThrowIfNull(quantifiers);
        return TryParseText(text, quantifiers, out CasualtyRange result, out ParseError error) ? result : throw error.ToException();
    }

    /// <summary>Tries to parse casualty text, reading vague quantifiers through <paramref name="quantifiers"/>; never
    /// throws for bad text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="quantifiers">The table of vague quantifiers.</param>
    /// <param name="result">The parsed range, or the default value on failure.</param>
    /// <param name="error">Why and where parsing failed, or the default value on success.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> fits the grammar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quantifiers"/> is <see langword="null"/>.</exception>
    public static bool TryParse(ReadOnlySpan<char> text, VagueQuantifierTable quantifiers, out CasualtyRange result, out ParseError error)
    {
        ArgumentNullException.ThrowIfNull(quantifiers);
        return TryParseText(text, quantifiers, out result, out error);
    }

    /// <summary>Tries to parse UTF-8 casualty text, reading vague quantifiers through <paramref name="quantifiers"/>;
    /// never throws for bad text.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="quantifiers">The table of vague quantifiers.</param>
    /// <param name="result">The parsed range, or the default value on failure.</param>
    /// <param name="error">Why and where (as a byte offset) parsing failed, or the default value on success.</param>
    /// <returns><see langword="true"/> when <paramref name="utf8Text"/> fits the grammar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quantifiers"/> is <see langword="null"/>.</exception>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, VagueQuantifierTable quantifiers, out CasualtyRange result, out ParseError error)
    {
        ArgumentNullException.ThrowIfNull(quantifiers);
        return TryParseText(utf8Text, quantifiers, out result, out error);
    }

    private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, out CasualtyRange result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar> =>
        TryParseText(text, VagueQuantifierTable.Default, out result, out error);

    private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, VagueQuantifierTable quantifiers, out CasualtyRange result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        const string Expected = "a count (39), a range (10-15), a bound (at least 11, up to 20), an approximation (~3,500) or a quantifier such as \"dozens\"";
        result = default;
        if (!Chars.TryTrim(text, Expected, out int i, out int end, out error))
        {
            return false;
        }

        text = text[..end];
        if (end - i <= 9 && TryReadBareCount(text, i, out int bare))
        {
            // The most common input, a bare count ("39"), skips the grammar.
            result = new CasualtyRange(bare);
            error = default;
            return true;
        }

        int start = i;
        int? low = null, best = null, high = null;
        int secondStart = start;
        bool boundsForm = true;
        int count;
        Lead lead = ReadLeadingPhrase(text, ref i);
        switch (lead)
        {
            case Lead.Approximate:
                if (!TryReadCount(text, ref i, out count, out error))
                {
                    return false;
                }

                best = count;
                boundsForm = false;
                break;

            case Lead.AtLeast:
            case Lead.MoreThan:
                int lowStart = i;
                bool exclusiveLow = lead == Lead.MoreThan;
                if (!TryReadCount(text, ref i, out count, out error))
                {
                    return false;
                }

                if (exclusiveLow && count == int.MaxValue)
                {
                    error = new ParseError(ParseErrorKind.Overflow, lowStart, "a count below 2147483647 after 'more than'");
                    return false;
                }

                low = exclusiveLow ? count + 1 : count;
                break;

            case Lead.AtMost:
            case Lead.FewerThan:
                int boundStart = i;
                bool exclusiveHigh = lead == Lead.FewerThan;
                if (!TryReadCount(text, ref i, out count, out error))
                {
                    return false;
                }

                if (exclusiveHigh && count == 0)
                {
                    error = new ParseError(ParseErrorKind.OutOfRange, boundStart, "a count above 0 after 'fewer than'");
                    return false;
                }

                high = exclusiveHigh ? count - 1 : count;
                break;

            case Lead.Between:
            case Lead.From:
                bool between = lead == Lead.Between;
                if (!TryReadCount(text, ref i, out count, out error))
                {
                    return false;
                }

                low = count;
                int separator = Chars.SkipWhiteSpace(text, i);
                if (!Chars.MatchPhrase(text, separator, between ? "and" : "to", out int afterSeparator) || separator == i)
                {
                    error = Chars.Unexpected(text, separator, between ? "'and' and the high count" : "'to' and the high count");
                    return false;
                }

                i = Chars.SkipWhiteSpace(text, afterSeparator);
                secondStart = i;
                if (!TryReadCount(text, ref i, out count, out error))
                {
                    return false;
                }

                high = count;
                break;

            default:
                if (i < end && (Chars.IsDigit(Chars.At(text, i)) || NumberWords.StartsAt(text, i)))
                {
                    if (!TryReadCount(text, ref i, out count, out error))
                    {
                        return false;
                    }

                    int j = Chars.SkipWhiteSpace(text, i);
                    int dash = Chars.DashLength(text, j);
                    int afterTo = 0;
                    if (dash > 0 || (j > i && Chars.MatchPhrase(text, j, "to", out afterTo)))
                    {
                        low = count;
                        i = Chars.SkipWhiteSpace(text, dash > 0 ? j + dash : afterTo);
                        secondStart = i;
                        if (!TryReadCount(text, ref i, out count, out error))
                        {
                            return false;
                        }

                        high = count;
                    }
                    else if (i < end && Chars.At(text, i) == '+')
                    {
                        low = count;
                        i++;
                    }
                    else
                    {
                        low = best = high = count;
                        boundsForm = false;
                    }

                    break;
                }

                if (quantifiers.TryLookup(text[start..], out result, out int badIndex))
                {
                    error = default;
                    return true;
                }

                error = badIndex >= 0
                    ? Chars.Unexpected(text, start + badIndex, Expected)
                    : new ParseError(ParseErrorKind.UnknownWord, start, Expected);
                return false;
        }

        int bestStart = Chars.SkipWhiteSpace(text, i);
        if (boundsForm && bestStart < end && Chars.At(text, bestStart) == '(')
        {
            int k = Chars.SkipWhiteSpace(text, bestStart + 1);
            if (!Chars.MatchPhrase(text, k, "best", out int afterBest) || (k = Chars.SkipWhiteSpace(text, afterBest)) == afterBest)
            {
                error = Chars.Unexpected(text, k, "'best' and a count, as in (best 12)");
                return false;
            }

            bestStart = k;
            if (!TryReadCount(text, ref k, out count, out error))
            {
                return false;
            }

            best = count;
            k = Chars.SkipWhiteSpace(text, k);
            if (k >= end || Chars.At(text, k) != ')')
            {
                error = Chars.Unexpected(text, k, "')' after the best estimate");
                return false;
            }

            i = k + 1;
        }

        i = Chars.SkipWhiteSpace(text, i);
        if (i != end)
        {
            error = Chars.Trailing(text, i, "the end of the casualty text");
            return false;
        }

        if (low > high)
        {
            error = new ParseError(ParseErrorKind.BoundsOutOfOrder, secondStart, "a high count not below the low count");
            return false;
        }

        if (low > best || best > high)
        {
            error = new ParseError(ParseErrorKind.BoundsOutOfOrder, bestStart, "a best estimate between the bounds");
            return false;
        }

        result = new CasualtyRange(low, best, high);
        error = default;
        return true;
    }

    private enum Lead
    {
        None,
        Approximate,
        AtLeast,
        MoreThan,
        AtMost,
        FewerThan,
        Between,
        From,
    }

    private static readonly (string Phrase, Lead Lead)[] s_leads =
    [
        ("about", Lead.Approximate),
        ("around", Lead.Approximate),
        ("approximately", Lead.Approximate),
        ("approx.", Lead.Approximate),
        ("roughly", Lead.Approximate),
        ("circa", Lead.Approximate),
        ("c.", Lead.Approximate),
        ("some", Lead.Approximate),
        ("an estimated", Lead.Approximate),
        ("estimated", Lead.Approximate),
        ("nearly", Lead.Approximate),
        ("almost", Lead.Approximate),
        ("at least", Lead.AtLeast),
        ("no fewer than", Lead.AtLeast),
        ("no less than", Lead.AtLeast),
        ("not less than", Lead.AtLeast),
        ("a minimum of", Lead.AtLeast),
        ("more than", Lead.MoreThan),
        ("over", Lead.MoreThan),
        ("above", Lead.MoreThan),
        ("in excess of", Lead.MoreThan),
        ("upwards of", Lead.MoreThan),
        ("at most", Lead.AtMost),
        ("up to", Lead.AtMost),
        ("no more than", Lead.AtMost),
        ("not more than", Lead.AtMost),
        ("a maximum of", Lead.AtMost),
        ("as many as", Lead.AtMost),
        ("fewer than", Lead.FewerThan),
        ("less than", Lead.FewerThan),
        ("under", Lead.FewerThan),
        ("below", Lead.FewerThan),
        ("between", Lead.Between),
        ("from", Lead.From),
    ];

    // Words that may stand between a bound and its count ("up to about 1,000", "at least some 40").
    private static readonly string[] s_approximately = ["about", "around", "approximately", "roughly", "some", "nearly", "almost"];

    // Reads a count in digits (3,500) or, where a letter starts it, in English words (twenty-five).
    private static bool TryReadCount<TChar>(ReadOnlySpan<TChar> text, ref int index, out int value, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (index < text.Length && Chars.IsLetter(Chars.At(text, index)))
        {
            if (NumberWords.TryRead(text, ref index, out value))
            {
                error = default;
                return true;
            }

            error = Chars.Unexpected(text, index, "a count of people, in digits (3,500) or in words (twenty-five)");
            return false;
        }

        return Chars.TryReadCount(text, ref index, out value, out error);
    }

    // The lead phrases grouped by their first letter, so that a text is only tried against phrases that can match.
    private static readonly (string Phrase, Lead Lead)[][] s_leadsByLetter = GroupByFirstLetter(s_leads);

    // Reads a leading phrase that must be followed by a count ("at least 11"); leaves index alone and returns None when
    // there is none, so that "some" on its own reaches the table of vague quantifiers.
    private static Lead ReadLeadingPhrase<TChar>(ReadOnlySpan<TChar> text, ref int index)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (index < text.Length && Chars.At(text, index) == '~')
        {
            index = Chars.SkipWhiteSpace(text, index + 1);
            return Lead.Approximate;
        }

        int first = index < text.Length ? Chars.ToLower(Chars.At(text, index)) : 0;
        if (first is < 'a' or > 'z')
        {
            return Lead.None;
        }

        foreach ((string phrase, Lead lead) in s_leadsByLetter[first - 'a'])
        {
            if (Chars.MatchPhrase(text, index, phrase, out int end))
            {
                int next = Chars.SkipWhiteSpace(text, end);
                if ((next > end || phrase[^1] == '.') && next < text.Length)
                {
                    // A bound may be approximate itself ("up to about 1,000"): the bound is what the range keeps.
                    if (lead is not (Lead.Approximate or Lead.Between or Lead.From) && !Chars.IsDigit(Chars.At(text, next)))
                    {
                        foreach (string approximately in s_approximately)
                        {
                            if (Chars.MatchPhrase(text, next, approximately, out int afterWord) && Chars.SkipWhiteSpace(text, afterWord) > afterWord)
                            {
                                next = Chars.SkipWhiteSpace(text, afterWord);
                                break;
                            }
                        }
                    }

                    if (Chars.IsDigit(Chars.At(text, next)) || NumberWords.StartsAt(text, next))
                    {
                        index = next;
                        return lead;
                    }
                }
            }
        }

        return Lead.None;
    }

    private static (string Phrase, Lead Lead)[][] GroupByFirstLetter((string Phrase, Lead Lead)[] leads)
    {
        var groups = new (string Phrase, Lead Lead)[26][];
        for (int letter = 0; letter < 26; letter++)
        {
            groups[letter] = Array.FindAll(leads, lead => lead.Phrase[0] == 'a' + letter);
        }

        return groups;
    }

    // Reads text[start..] as 1 to 9 ASCII digits and nothing else.
    private static bool TryReadBareCount<TChar>(ReadOnlySpan<TChar> text, int start, out int value)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        value = 0;
        for (int k = start; k < text.Length; k++)
        {
            int c = Chars.At(text, k);
            if (!Chars.IsDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return text.Length > start;
    }

    private bool TryFormatText<TChar>(Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var writer = new AsciiWriter<TChar>(destination);
        if (IsExact)
        {
            writer.AppendNumber(_low);
            return writer.TryComplete(out written);
        }

        int? low = Low, high = High;
        if (low is null && high is null)
        {
            writer.Append('~');
            writer.AppendNumber(_best);
            return writer.TryComplete(out written);
        }

        if (high is null)
        {
            writer.Append("at least ");
            writer.AppendNumber(_low);
        }
        else if (low is null)
        {
            writer.Append("at most ");
            writer.AppendNumber(_high);
        }
        else
        {
            writer.AppendNumber(_low);
            writer.Append('-');
            writer.AppendNumber(_high);
        }

        if (Best is not null)
        {
            writer.Append(" (best ");
            writer.AppendNumber(_best);
            writer.Append(')');
        }

        return writer.TryComplete(out written);
    }

    private static void ThrowIfNegative(int? value, string paramName)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "A count cannot be negative.");
        }
    }
}
