using System.Globalization;
using Incidents.Core.Utility;
using NodaTime;

namespace Incidents.Core;

/// <summary>A local time of day as reported, with how exact it is: "around 3 a.m." is <c>~03:00</c>.</summary>
/// <remarks>
/// <para>The time is local to the place of the incident; <see cref="Timing.Zone"/> says which time zone that is.</para>
/// <para>The default value is exactly midnight.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public readonly record struct ApproximateTime
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
    public override string ToString()
    {
        string prefix = Approximation switch
        {
            Approximation.Approximate => "~",
            Approximation.AtLeast => "not before ",
            Approximation.AtMost => "not after ",
            _ => string.Empty,
        };
        return prefix + FormatTime(Time);
    }

    internal static string FormatTime(LocalTime time)
    {
        if (time.Second == 0 && time.NanosecondOfSecond == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{time.Hour:D2}:{time.Minute:D2}");
        }

        string text = string.Create(CultureInfo.InvariantCulture, $"{time.Hour:D2}:{time.Minute:D2}:{time.Second:D2}");
        return time.NanosecondOfSecond == 0
            ? text
            : text + "." + time.NanosecondOfSecond.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
    }
}
