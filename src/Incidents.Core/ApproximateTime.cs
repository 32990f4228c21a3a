using System.Numerics;
using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;
using NodaTime;

namespace Incidents.Core;

/// <summary>A local time of day as reported, with how exact it is: "around 3 a.m." is <c>~03:00</c>.</summary>
/// <remarks>
/// <para>The time is local to the place of the incident; <see cref="Timing.Zone"/> says which time zone that is.</para>
/// <para>
/// Text: an optional approximation (<c>~</c>, <c>about</c>, <c>around</c>, <c>approximately</c>, <c>circa</c> …;
/// <c>not before</c>, <c>after</c>; <c>not after</c>, <c>before</c>), then a 24-hour time <c>H:mm</c>, <c>HH:mm:ss</c>
/// or <c>HH:mm:ss.fffffffff</c>, or a 12-hour time <c>3 a.m.</c>, <c>3:30pm</c>, or <c>noon</c> or <c>midnight</c>,
/// optionally followed by <c>local time</c>. Case-insensitive and culture-invariant. The canonical form is
/// <c>03:00</c>, <c>~03:00</c>, <c>not before 03:00</c> or <c>not after 03:00</c>.
/// </para>
/// <para>The default value is exactly midnight.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<ApproximateTime>))]
[TextValue("a local time of day with its approximation", "\"03:00\", \"~03:00\", \"around 3 a.m.\"")]
public readonly partial record struct ApproximateTime
{
    /// <summary>Creates a time of day.</summary>
    /// <param name="time">The local time of day.</param>
    /// <param name="approximation">How exact <paramref name="time"/> is.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="approximation"/> is not a defined value.</exception>
    public ApproximateTime(LocalTime time, Approximation approximation = Approximation.Exact)
    {
        Time = time;
        Approximation = Guard.Defined(approximation, nameof(approximation));
    }

    /// <summary>Gets the local time of day.</summary>
    public LocalTime Time { get; }

    /// <summary>Gets how exact <see cref="Time"/> is; for a time, <see cref="Approximation.AtLeast"/> means "not before".</summary>
    public Approximation Approximation { get; }

    /// <summary>Creates an approximate time ("around 3 a.m.").</summary>
    /// <param name="hour">The hour, 0–23.</param>
    /// <param name="minute">The minute, 0–59.</param>
    /// <returns>The time with <see cref="Approximation.Approximate"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The hour or minute is out of range.</exception>
    public static ApproximateTime Around(int hour, int minute = 0) => new(new LocalTime(hour, minute), Approximation.Approximate);

    /// <summary>Returns the time as <c>HH:mm</c>, or <c>HH:mm:ss</c> (with a fraction where there is one), behind
    /// <c>~</c> (approximate), <c>not before </c> or <c>not after </c>.</summary>
    /// <returns>The canonical text, e.g. <c>~03:00</c>.</returns>
    public override string ToString() => TextValue.Format(this);

    private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, out ApproximateTime result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        const string Expected = "a time of day such as 03:00, ~03:00, around 3 a.m. or not after 23:30";
        result = default;
        if (!Chars.TryTrim(text, Expected, out int i, out int end, out error))
        {
            return false;
        }

        text = text[..end];
        Approximation approximation = Chars.ReadApproximation(text, ref i);
        if (!TryReadTime(text, ref i, out LocalTime time, out error))
        {
            return false;
        }

        int next = Chars.SkipWhiteSpace(text, i);
        if (next > i && Chars.MatchPhrase(text, next, "local time", out int afterSuffix))
        {
            i = afterSuffix;
        }

        if (i != end)
        {
            error = Chars.Trailing(text, i, "the end of the time, or \"local time\"");
            return false;
        }

        result = new ApproximateTime(time, approximation);
        return true;
    }

    internal static bool TryReadTime<TChar>(ReadOnlySpan<TChar> text, ref int i, out LocalTime time, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        const string Expected = "a time of day: HH:mm, HH:mm:ss, 3 a.m., 3:30 p.m., noon or midnight";
        time = default;
        bool startsWithLetter = i < text.Length && Chars.IsLetter(Chars.At(text, i));
        int end = 0;
        if (startsWithLetter && (Chars.MatchPhrase(text, i, "noon", out end) || Chars.MatchPhrase(text, i, "midday", out end)))
        {
            time = LocalTime.Noon;
            i = end;
            error = default;
            return true;
        }

        if (startsWithLetter && Chars.MatchPhrase(text, i, "midnight", out end))
        {
            i = end;
            error = default;
            return true;
        }

        int hourStart = i;
        if (!TryReadNumber(text, ref i, 2, Expected, out int hour, out error))
        {
            return false;
        }

        int minute = 0, second = 0, nanosecond = 0;
        bool hasMinutes = false;
        if (i < text.Length && Chars.At(text, i) == ':')
        {
            i++;
            int minuteStart = i;
            if (!TryReadNumber(text, ref i, 2, "two-digit minutes", out minute, out error))
            {
                return false;
            }

            if (i - minuteStart != 2 || minute > 59)
            {
                error = new ParseError(ParseErrorKind.OutOfRange, minuteStart, "two-digit minutes from 00 to 59");
                return false;
            }

            hasMinutes = true;
            if (i < text.Length && Chars.At(text, i) == ':')
            {
                i++;
                int secondStart = i;
                if (!TryReadNumber(text, ref i, 2, "two-digit seconds", out second, out error))
                {
                    return false;
                }

                if (i - secondStart != 2 || second > 59)
                {
                    error = new ParseError(ParseErrorKind.OutOfRange, secondStart, "two-digit seconds from 00 to 59");
                    return false;
                }

                if (i < text.Length && Chars.At(text, i) == '.')
                {
                    i++;
                    int fractionStart = i;
                    if (!TryReadNumber(text, ref i, 9, "a fraction of a second: 1 to 9 digits", out nanosecond, out error))
                    {
                        return false;
                    }

                    for (int digits = i - fractionStart; digits < 9; digits++)
                    {
                        nanosecond *= 10;
                    }
                }
            }
        }

        int meridiemStart = Chars.SkipWhiteSpace(text, i);
        int meridiem = meridiemStart < text.Length && Chars.ToLower(Chars.At(text, meridiemStart)) is 'a' or 'p'
            ? ReadMeridiem(text, ref meridiemStart)
            : 0;
        if (meridiem != 0)
        {
            if (hour is < 1 or > 12 || second != 0 || nanosecond != 0)
            {
                error = new ParseError(ParseErrorKind.OutOfRange, hourStart, "an hour from 1 to 12 before a.m. or p.m.");
                return false;
            }

            hour = (hour % 12) + (meridiem == 'p' ? 12 : 0);
            i = meridiemStart;
        }
        else if (!hasMinutes)
        {
            error = Chars.Unexpected(text, i, "':' and minutes, or a.m. or p.m. after the hour");
            return false;
        }

        if (hour > 23)
        {
            error = new ParseError(ParseErrorKind.OutOfRange, hourStart, "an hour from 00 to 23");
            return false;
        }

        time = LocalTime.FromHourMinuteSecondNanosecond(hour, minute, second, nanosecond);
        error = default;
        return true;
    }

    // Reads a.m./am/p.m./pm at index; returns 'a', 'p' or 0.
    private static int ReadMeridiem<TChar>(ReadOnlySpan<TChar> text, ref int index)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        foreach (string form in (ReadOnlySpan<string>)["a.m.", "a.m", "am", "p.m.", "p.m", "pm"])
        {
            if (Chars.MatchPhrase(text, index, form, out int end))
            {
                index = end;
                return form[0];
            }
        }

        return 0;
    }

    private static bool TryReadNumber<TChar>(ReadOnlySpan<TChar> text, ref int i, int maxDigits, string expected, out int value, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        value = 0;
        int start = i;
        while (i < text.Length && i - start < maxDigits && Chars.IsDigit(Chars.At(text, i)))
        {
            value = (value * 10) + (Chars.At(text, i) - '0');
            i++;
        }

        if (i == start)
        {
            error = Chars.Unexpected(text, i, expected);
            return false;
        }

        if (i < text.Length && Chars.IsDigit(Chars.At(text, i)))
        {
            error = new ParseError(ParseErrorKind.OutOfRange, start, expected);
            return false;
        }

        error = default;
        return true;
    }

    private bool TryFormatText<TChar>(Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var writer = new AsciiWriter<TChar>(destination);
        writer.Append(Approximation switch
        {
            Approximation.Approximate => "~",
            Approximation.AtLeast => "not before ",
            Approximation.AtMost => "not after ",
            _ => string.Empty,
        });
        writer.AppendNumber(Time.Hour, 2);
        writer.Append(':');
        writer.AppendNumber(Time.Minute, 2);
        if (Time.Second != 0 || Time.NanosecondOfSecond != 0)
        {
            writer.Append(':');
            writer.AppendNumber(Time.Second, 2);
            AppendFraction(ref writer, Time.NanosecondOfSecond);
        }

        return writer.TryComplete(out written);
    }

    /// <summary>Appends <c>.f</c> with 1 to 9 digits and no trailing zeros; nothing for zero.</summary>
    internal static void AppendFraction<TChar>(ref AsciiWriter<TChar> writer, int nanoseconds)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (nanoseconds == 0)
        {
            return;
        }

        int digits = 9;
        while (nanoseconds % 10 == 0)
        {
            nanoseconds /= 10;
            digits--;
        }

        writer.Append('.');
        writer.AppendNumber(nanoseconds, digits);
    }
}
