using System.Globalization;
using System.Text;
using Incidents.Core.Utility;
using NodaTime;

namespace Incidents.Core;

/// <summary>A reported length of time with how exact it is: fighting that went on for "almost 24 hours".</summary>
/// <remarks>The default value is exactly zero.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public readonly record struct DurationEstimate
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
    public override string ToString()
    {
        string prefix = Approximation switch
        {
            Approximation.Approximate => "~",
            Approximation.AtLeast => "at least ",
            Approximation.AtMost => "at most ",
            _ => string.Empty,
        };
        return prefix + FormatIso(Value);
    }

    internal static string FormatIso(Duration value)
    {
        // Only non-negative durations reach here, so every component is non-negative.
        long hours = (value.Days * 24L) + value.Hours;
        int minutes = value.Minutes;
        int seconds = value.Seconds;
        int nanos = value.SubsecondNanoseconds;
        var builder = new StringBuilder("PT");
        if (hours != 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{hours}H");
        }

        if (minutes != 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{minutes}M");
        }

        if (seconds != 0 || nanos != 0 || builder.Length == 2)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{seconds}");
            if (nanos != 0)
            {
                builder.Append('.').Append(nanos.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
            }

            builder.Append('S');
        }

        return builder.ToString();
    }
}
