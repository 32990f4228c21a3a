using System.Numerics;
using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;
using NodaTime;

namespace Incidents.Core;

/// <summary>A reported length of time with how exact it is: fighting that went on for "almost 24 hours".</summary>
/// <remarks>
/// <para>
/// Text: an optional approximation (<c>~</c>, <c>about</c>, <c>almost</c> …; <c>at least</c>, <c>more than</c>;
/// <c>at most</c>, <c>up to</c>), then an ISO 8601 duration of days, hours, minutes and seconds (<c>PT24H</c>,
/// <c>P1DT2H</c>, <c>PT1H30M</c>, <c>PT0.5S</c>); a day counts as 24 hours. Years, months and weeks are rejected: their
/// length depends on the calendar. The canonical form writes hours, minutes and seconds only (<c>PT26H</c>).
/// </para>
/// <para>The default value is exactly zero.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<DurationEstimate>))]
[TextValue("an ISO 8601 duration with its approximation", "\"PT24H\", \"~PT24H\", \"at least PT1H30M\"")]
public readonly partial record struct DurationEstimate
{
    /// <summary>Creates a duration estimate.</summary>
    /// <param name="value">The length of time; not negative.</param>
    /// <param name="approximation">How exact <paramref name="value"/> is.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, or
    /// <paramref name="approximation"/> is not a defined value.</exception>
    public DurationEstimate(Duration value, Approximation approximation = Approximation.Exact)
    {
        if (value < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A duration cannot be negative.");
        }

        Value = value;
        Approximation = Guard.Defined(approximation, nameof(approximation));
    }

    /// <summary>Gets the length of time.</summary>
    public Duration Value { get; }

    /// <summary>Gets how exact <see cref="Value"/> is; "almost 24 hours" is <see cref="Approximation.Approximate"/>,
    /// "more than a day" <see cref="Approximation.AtLeast"/>.</summary>
    public Approximation Approximation { get; }

    /// <summary>Returns the ISO 8601 duration in hours, minutes and seconds (<c>PT24H</c>, <c>PT1H30M</c>) behind
    /// <c>~</c>, <c>at least </c> or <c>at most </c>.</summary>
    /// <returns>The canonical text, e.g. <c>~PT24H</c>.</returns>
    public override string ToString() => TextValue.Format(this);

    private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, out DurationEstimate result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        const string Expected = "an ISO 8601 duration such as PT24H or P1DT2H30M, optionally after ~, at least or at most";
        result = default;
        if (!Chars.TryTrim(text, Expected, out int i, out int end, out error))
        {
            return false;
        }

        text = text[..end];
        Approximation approximation = Chars.ReadApproximation(text, ref i);
        if (i < end && (Chars.IsDigit(Chars.At(text, i)) || NumberWords.StartsAt(text, i)))
        {
            // Words, as reports write durations: "some 13 hours", "four days", "2 days and 3 hours".
            return TryParseWords(text, i, approximation, out result, out error);
        }

        if (i >= end || Chars.ToLower(Chars.At(text, i)) != 'p')
        {
            error = Chars.Unexpected(text, i, Expected);
            return false;
        }

        i++;
        long nanoseconds = 0;
        bool inTime = false, any = false;
        int lastUnit = 0;
        while (i < end)
        {
            int c = Chars.ToLower(Chars.At(text, i));
            if (c == 't' && !inTime)
            {
                inTime = true;
                i++;
                continue;
            }

            int numberStart = i;
            long whole = 0;
            while (i < end && Chars.IsDigit(Chars.At(text, i)))
            {
                if (i - numberStart >= 12)
                {
                    error = new ParseError(ParseErrorKind.Overflow, numberStart, "a number of at most 12 digits");
                    return false;
                }

                whole = (whole * 10) + (Chars.At(text, i) - '0');
                i++;
            }

            if (i == numberStart)
            {
                error = Chars.Unexpected(text, i, "a number of days, hours, minutes or seconds");
                return false;
            }

            long fraction = 0;
            int fractionDigits = 0;
            if (i < end && Chars.At(text, i) is '.' or ',')
            {
                i++;
                while (i < end && Chars.IsDigit(Chars.At(text, i)) && fractionDigits < 9)
                {
                    fraction = (fraction * 10) + (Chars.At(text, i) - '0');
                    fractionDigits++;
                    i++;
                }

                if (fractionDigits == 0 || (i < end && Chars.IsDigit(Chars.At(text, i))))
                {
                    error = Chars.Unexpected(text, i, "1 to 9 digits of a fraction of a second");
                    return false;
                }
            }

            int unit = i < end ? Chars.ToLower(Chars.At(text, i)) : 0;
            int order = (inTime, unit) switch
            {
                (false, 'd') => 1,
                (true, 'h') => 2,
                (true, 'm') => 3,
                (true, 's') => 4,
                _ => 0,
            };
            if (order == 0)
            {
                error = unit is 'y' or 'w' || (!inTime && unit == 'm')
                    ? new ParseError(ParseErrorKind.UnknownWord, i, "days (D) or, after T, hours (H), minutes (M) and seconds (S): years, months and weeks have no fixed length")
                    : Chars.Unexpected(text, i, "a unit: D before T; H, M or S after it");
                return false;
            }

            if (order <= lastUnit || (fractionDigits > 0 && order != 4))
            {
                error = new ParseError(ParseErrorKind.UnexpectedCharacter, i, "units in the order D, H, M, S, each once, with a fraction only on seconds");
                return false;
            }

            lastUnit = order;
            long unitNanoseconds = UnitNanoseconds(order);
            for (int d = fractionDigits; d < 9; d++)
            {
                fraction *= 10;
            }

            if (whole > (long.MaxValue - nanoseconds - fraction) / unitNanoseconds)
            {
                error = new ParseError(ParseErrorKind.Overflow, numberStart, "a duration of at most about 292 years");
                return false;
            }

            nanoseconds += (whole * unitNanoseconds) + fraction;

            any = true;
            i++;
        }

        if (!any)
        {
            error = new ParseError(ParseErrorKind.UnexpectedEnd, i, "at least one of days, hours, minutes or seconds");
            return false;
        }

        result = new DurationEstimate(Duration.FromNanoseconds(nanoseconds), approximation);
        error = default;
        return true;
    }

    // One or more "<count> <unit>" parts (a count in digits or English words; units day, hour, minute, second, singular
    // or plural, largest first), joined by white space, a comma or "and".
    private static bool TryParseWords<TChar>(ReadOnlySpan<TChar> text, int i, Approximation approximation, out DurationEstimate result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        result = default;
        long nanoseconds = 0;
        int lastUnit = 0;
        while (true)
        {
            int countStart = i;
            int count;
            if (Chars.IsDigit(Chars.At(text, i)))
            {
                if (!Chars.TryReadCount(text, ref i, out count, out error))
                {
                    return false;
                }
            }
            else if (!NumberWords.TryRead(text, ref i, out count))
            {
                error = Chars.Unexpected(text, i, "a number of days, hours, minutes or seconds, in digits or words");
                return false;
            }

            int unitStart = Chars.SkipWhiteSpace(text, i);
            int order = 0, afterUnit = unitStart;
            foreach ((string singular, string plural, int unitOrder) in s_unitWords)
            {
                if (Chars.MatchPhrase(text, unitStart, plural, out afterUnit) || Chars.MatchPhrase(text, unitStart, singular, out afterUnit))
                {
                    order = unitOrder;
                    break;
                }
            }

            if (order == 0 || unitStart == i)
            {
                error = Chars.Unexpected(text, unitStart, "a unit after the number: days, hours, minutes or seconds");
                return false;
            }

            if (order <= lastUnit)
            {
                error = new ParseError(ParseErrorKind.UnexpectedCharacter, unitStart, "units largest first, each once (2 days and 3 hours)");
                return false;
            }

            lastUnit = order;
            long unitNanoseconds = UnitNanoseconds(order);
            if (count > (long.MaxValue - nanoseconds) / unitNanoseconds)
            {
                error = new ParseError(ParseErrorKind.Overflow, countStart, "a duration of at most about 292 years");
                return false;
            }

            nanoseconds += count * unitNanoseconds;
            i = afterUnit;
            int next = Chars.SkipWhiteSpace(text, i);
            if (next < text.Length && Chars.At(text, next) == ',')
            {
                next = Chars.SkipWhiteSpace(text, next + 1);
            }

            if (Chars.MatchPhrase(text, next, "and", out int afterAnd))
            {
                next = Chars.SkipWhiteSpace(text, afterAnd);
            }

            if (next >= text.Length)
            {
                result = new DurationEstimate(Duration.FromNanoseconds(nanoseconds), approximation);
                error = default;
                return true;
            }

            if (next == i || !(Chars.IsDigit(Chars.At(text, next)) || NumberWords.StartsAt(text, next)))
            {
                error = Chars.Trailing(text, next, "another number and unit, or the end of the duration");
                return false;
            }

            i = next;
        }
    }

    // The length of a unit by its order: 1 day, 2 hour, 3 minute, 4 second (a day is 24 hours).
    private static long UnitNanoseconds(int order) => order switch
    {
        1 => 86_400_000_000_000L,
        2 => 3_600_000_000_000L,
        3 => 60_000_000_000L,
        _ => 1_000_000_000L,
    };

    private static readonly (string Singular, string Plural, int Order)[] s_unitWords =
        [("day", "days", 1), ("hour", "hours", 2), ("minute", "minutes", 3), ("second", "seconds", 4)];

    private bool TryFormatText<TChar>(Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var writer = new AsciiWriter<TChar>(destination);
        writer.Append(Approximation switch
        {
            Approximation.Approximate => "~",
            Approximation.AtLeast => "at least ",
            Approximation.AtMost => "at most ",
            _ => string.Empty,
        });

        // Only non-negative durations reach here, so every component is non-negative.
        long hours = (Value.Days * 24L) + Value.Hours;
        int minutes = Value.Minutes;
        int seconds = Value.Seconds;
        int nanos = Value.SubsecondNanoseconds;
        writer.Append("PT");
        if (hours != 0)
        {
            writer.AppendNumber(hours);
            writer.Append('H');
        }

        if (minutes != 0)
        {
            writer.AppendNumber(minutes);
            writer.Append('M');
        }

        if (seconds != 0 || nanos != 0 || (hours == 0 && minutes == 0))
        {
            writer.AppendNumber(seconds);
            ApproximateTime.AppendFraction(ref writer, nanos);
            writer.Append('S');
        }

        return writer.TryComplete(out written);
    }
}
