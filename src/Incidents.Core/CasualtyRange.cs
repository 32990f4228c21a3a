using System.Globalization;

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
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public readonly record struct CasualtyRange
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
    /// <c>Approximately(3500) + Exactly(5) = Approximately(3505)</c>.
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
            // No bound is known in every range: all that is left is the lower bound of 0 that every count has.
            return AtLeast(SumMinimums(ranges));
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
    public override string ToString()
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        if (IsExact)
        {
            return _low.ToString(invariant);
        }

        string bounds = (Low, High) switch
        {
            (null, null) => string.Create(invariant, $"~{_best}"),
            ({ } low, null) => string.Create(invariant, $"at least {low}"),
            (null, { } high) => string.Create(invariant, $"at most {high}"),
            ({ } low, { } high) => string.Create(invariant, $"{low}-{high}"),
        };
        return Low is null && High is null || Best is null ? bounds : string.Create(invariant, $"{bounds} (best {_best})");
    }

    private static int SumMinimums(ReadOnlySpan<CasualtyRange> ranges)
    {
        int sum = 0;
        foreach (CasualtyRange range in ranges)
        {
            sum = checked(sum + range.Minimum);
        }

        return sum;
    }

    private static void ThrowIfNegative(int? value, string paramName)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "A count cannot be negative.");
        }
    }
}
