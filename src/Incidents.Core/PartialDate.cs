using System.Numerics;
using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;
using NodaTime;

namespace Incidents.Core;

/// <summary>
/// A date in the ISO calendar of which only the year, or the year and month, or the full date may be known:
/// <c>2022</c>, <c>2022-01</c> or <c>2022-01-20</c>.
/// </summary>
/// <remarks>
/// <para>
/// Datasets in the field carry unknown months and days (GTD codes them as 0). A partial date never guesses: it covers the
/// whole span from <see cref="Earliest"/> to <see cref="Latest"/>, and <see cref="TryGetLocalDate"/> answers only when the
/// day is known.
/// </para>
/// <para>Years run from <see cref="MinYear"/> to <see cref="MaxYear"/>. The default value is not a date
/// (<see cref="IsDefault"/>; its <see cref="Year"/> is 0 and its text empty): the model rejects it wherever a date is
/// given, so that a forgotten or uninitialised date is an error rather than the year 0001.</para>
/// <para>Ordering compares <see cref="Earliest"/> and then <see cref="Latest"/>, so <c>2022-01 &lt; 2022</c>: of two spans that
/// start together the shorter comes first.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<PartialDate>))]
[TextValue("an ISO 8601 date of year, month or day precision", "\"2022\", \"2022-01\", \"2022-01-20\"")]
public readonly partial record struct PartialDate : IComparable<PartialDate>, IComparable
{
    /// <summary>The earliest year accepted.</summary>
    public const int MinYear = 1;

    /// <summary>The latest year accepted.</summary>
    public const int MaxYear = 9999;

    // 0 = the default value, not a date.
    private readonly short _year;

    // 0 = unknown.
    private readonly byte _month;

    // 0 = unknown.
    private readonly byte _day;

    /// <summary>Creates a date of which only the year is known.</summary>
    /// <param name="year">The year, from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public PartialDate(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        _year = (short)year;
    }

    /// <summary>Creates a date of which the year and month are known.</summary>
    /// <param name="year">The year, from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="month">The month, from 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="month"/> is out of range.</exception>
    public PartialDate(int year, int month)
        : this(year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        _month = (byte)month;
    }

    /// <summary>Creates a full date.</summary>
    /// <param name="year">The year, from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="month">The month, from 1 to 12.</param>
    /// <param name="day">The day, from 1 to the length of the month.</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is out of range, e.g. 29 February in a common year.</exception>
    public PartialDate(int year, int month, int day)
        : this(year, month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, CalendarSystem.Iso.GetDaysInMonth(year, month));
        _day = (byte)day;
    }

    /// <summary>Gets the year, or 0 for the default value.</summary>
    public int Year => _year;

    /// <summary>Gets a value indicating whether this is the default value, which is not a date.</summary>
    public bool IsDefault => _year == 0;

    /// <summary>Gets the month (1–12), or <see langword="null"/> when it is not known.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>Gets the day of the month, or <see langword="null"/> when it is not known.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>Gets how much of the date is known.</summary>
    public DatePrecision Precision => _day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Gets the first day the date may stand for (1 January of the year when only the year is known).</summary>
    public LocalDate Earliest => new(Year, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day);

    /// <summary>Gets the last day the date may stand for (31 December of the year when only the year is known).</summary>
    public LocalDate Latest
    {
        get
        {
            int month = _month == 0 ? 12 : _month;
            return new(Year, month, _day == 0 ? CalendarSystem.Iso.GetDaysInMonth(Year, month) : _day);
        }
    }

    /// <summary>Creates a full date from a NodaTime date.</summary>
    /// <param name="date">A date in the ISO calendar with a year from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The partial date with <see cref="DatePrecision.Day"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year of <paramref name="date"/> is out of range.</exception>
    public static PartialDate FromLocalDate(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The date must be in the ISO calendar.", nameof(date));
        }

        return new PartialDate(date.Year, date.Month, date.Day);
    }

    /// <summary>Compares two dates by <see cref="Earliest"/>, then <see cref="Latest"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Compares two dates by <see cref="Earliest"/>, then <see cref="Latest"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two dates by <see cref="Earliest"/>, then <see cref="Latest"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Compares two dates by <see cref="Earliest"/>, then <see cref="Latest"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>Gets the full date when the day is known.</summary>
    /// <param name="date">The date, when this method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when <see cref="Precision"/> is <see cref="DatePrecision.Day"/>.</returns>
    public bool TryGetLocalDate(out LocalDate date)
    {
        if (_day == 0)
        {
            date = default;
            return false;
        }

        date = Earliest;
        return true;
    }

    /// <summary>Gets the span of days the date may stand for.</summary>
    /// <returns>The interval from <see cref="Earliest"/> to <see cref="Latest"/>, both included.</returns>
    public DateInterval ToDateInterval() => new(Earliest, Latest);

    /// <summary>Tells whether <paramref name="date"/> lies within the span the date may stand for.</summary>
    /// <param name="date">A date in the ISO calendar.</param>
    /// <returns><see langword="true"/> when <see cref="Earliest"/> ≤ <paramref name="date"/> ≤ <see cref="Latest"/>.</returns>
    public bool Contains(LocalDate date) => date >= Earliest && date <= Latest;

    /// <inheritdoc/>
    public int CompareTo(PartialDate other)
    {
        int byStart = Earliest.CompareTo(other.Earliest);
        return byStart != 0 ? byStart : Latest.CompareTo(other.Latest);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException($"The object is not a {nameof(PartialDate)}.", nameof(obj)),
    };

    /// <summary>Returns the ISO 8601 form: <c>2022</c>, <c>2022-01</c> or <c>2022-01-20</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => TextValue.Format(this);

    private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, out PartialDate result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        const string Expected = "an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD";
        result = default;
        if (!Chars.TryTrim(text, Expected, out int start, out int end, out error))
        {
            return false;
        }

        ReadOnlySpan<TChar> date = text[..end];
        if (!TryReadDigits(date, start, 4, "a four-digit year from 0001 to 9999", out int year, out error))
        {
            return false;
        }

        if (year < MinYear)
        {
            error = new ParseError(ParseErrorKind.OutOfRange, start, "a four-digit year from 0001 to 9999");
            return false;
        }

        int i = start + 4;
        if (i == end)
        {
            result = new PartialDate(year);
            return true;
        }

        if (!TryReadSeparator(date, i, out error)
            || !TryReadDigits(date, i + 1, 2, "a two-digit month from 01 to 12", out int month, out error))
        {
            return false;
        }

        if (month is < 1 or > 12)
        {
            error = new ParseError(ParseErrorKind.OutOfRange, i + 1, "a two-digit month from 01 to 12");
            return false;
        }

        i += 3;
        if (i == end)
        {
            result = new PartialDate(year, month);
            return true;
        }

        if (!TryReadSeparator(date, i, out error)
            || !TryReadDigits(date, i + 1, 2, "a two-digit day of the month", out int day, out error))
        {
            return false;
        }

        if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            error = new ParseError(ParseErrorKind.OutOfRange, i + 1, "a day that exists in the month");
            return false;
        }

        if (i + 3 != end)
        {
            error = Chars.Trailing(text, i + 3, "the end of the date");
            return false;
        }

        result = new PartialDate(year, month, day);
        return true;
    }

    private static bool TryReadDigits<TChar>(ReadOnlySpan<TChar> text, int index, int count, string expected, out int value, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        value = 0;
        for (int i = index; i < index + count; i++)
        {
            if (i >= text.Length || !Chars.IsDigit(Chars.At(text, i)))
            {
                error = Chars.Unexpected(text, i, expected);
                return false;
            }

            value = (value * 10) + (Chars.At(text, i) - '0');
        }

        error = default;
        return true;
    }

    private static bool TryReadSeparator<TChar>(ReadOnlySpan<TChar> text, int index, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (Chars.At(text, index) == '-')
        {
            error = default;
            return true;
        }

        error = Chars.IsDigit(Chars.At(text, index))
            ? Chars.Trailing(text, index, "'-' or the end of the date (the year has four digits)")
            : Chars.Unexpected(text, index, "'-' between the parts of the date");
        return false;
    }

    private bool TryFormatText<TChar>(Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var writer = new AsciiWriter<TChar>(destination);
        if (_year == 0)
        {
            return writer.TryComplete(out written);
        }

        writer.AppendNumber(Year, 4);
        if (_month != 0)
        {
            writer.Append('-');
            writer.AppendNumber(_month, 2);
            if (_day != 0)
            {
                writer.Append('-');
                writer.AppendNumber(_day, 2);
            }
        }

        return writer.TryComplete(out written);
    }
}
