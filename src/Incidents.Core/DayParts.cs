using Incidents.Core.Utility;
using NodaTime;

namespace Incidents.Core;

/// <summary>The words for the parts of the day and their windows of local time (<see cref="DayPart"/>).</summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class DayParts
{
    // Longest phrases first, so that "late at night" is not read as "night" with trailing text.
    private static readonly (string Phrase, DayPart Part)[] s_phrases =
    [
        ("early in the morning", DayPart.EarlyMorning),
        ("early in the evening", DayPart.EarlyEvening),
        ("late in the night", DayPart.LateNight),
        ("during the night", DayPart.Night),
        ("in the afternoon", DayPart.Afternoon),
        ("in the morning", DayPart.Morning),
        ("in the evening", DayPart.Evening),
        ("early morning", DayPart.EarlyMorning),
        ("early evening", DayPart.EarlyEvening),
        ("late at night", DayPart.LateNight),
        ("late night", DayPart.LateNight),
        ("afternoon", DayPart.Afternoon),
        ("overnight", DayPart.Night),
        ("at night", DayPart.Night),
        ("morning", DayPart.Morning),
        ("evening", DayPart.Evening),
        ("night", DayPart.Night),
    ];

    /// <summary>Reads a part of the day in English words: <c>morning</c>, <c>in the afternoon</c>, <c>early
    /// evening</c>, <c>at night</c>, <c>overnight</c>, <c>late at night</c> …; any ASCII case, white space around and
    /// between the words.</summary>
    /// <param name="text">The words.</param>
    /// <param name="part">The part of the day, when this method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the whole text names a part of the day.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DayPart part)
    {
        part = default;
        int start = Chars.SkipWhiteSpace(text, 0);
        int end = text.Length;
        while (end > start && Chars.WhiteSpaceLength(text, end - 1) > 0)
        {
            end--;
        }

        ReadOnlySpan<char> trimmed = text[start..end];
        foreach ((string phrase, DayPart candidate) in s_phrases)
        {
            if (Chars.MatchPhrase(trimmed, 0, phrase, out int matched) && matched == trimmed.Length)
            {
                part = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the local time at which <paramref name="part"/> begins.</summary>
    /// <param name="part">The part of the day.</param>
    /// <returns>The start of its window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is not defined.</exception>
    public static LocalTime Start(DayPart part) => part switch
    {
        DayPart.Morning => new LocalTime(6, 0),
        DayPart.EarlyMorning => new LocalTime(4, 0),
        DayPart.Afternoon => new LocalTime(12, 0),
        DayPart.EarlyEvening => new LocalTime(17, 0),
        DayPart.Evening => new LocalTime(18, 0),
        DayPart.Night => new LocalTime(20, 0),
        DayPart.LateNight => new LocalTime(23, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "The value is not a defined DayPart."),
    };

    /// <summary>Gets the local time at which <paramref name="part"/> ends (exclusive); on the next date when
    /// <see cref="CrossesMidnight"/>.</summary>
    /// <param name="part">The part of the day.</param>
    /// <returns>The end of its window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is not defined.</exception>
    public static LocalTime End(DayPart part) => part switch
    {
        DayPart.Morning => new LocalTime(12, 0),
        DayPart.EarlyMorning => new LocalTime(8, 0),
        DayPart.Afternoon => new LocalTime(18, 0),
        DayPart.EarlyEvening => new LocalTime(20, 0),
        DayPart.Evening => new LocalTime(23, 0),
        DayPart.Night => new LocalTime(6, 0),
        DayPart.LateNight => new LocalTime(4, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "The value is not a defined DayPart."),
    };

    /// <summary>Gets whether <paramref name="part"/> runs past midnight into the next date (the night, late at
    /// night).</summary>
    /// <param name="part">The part of the day.</param>
    /// <returns><see langword="true"/> for <see cref="DayPart.Night"/> and <see cref="DayPart.LateNight"/>.</returns>
    public static bool CrossesMidnight(DayPart part) => End(part) < Start(part);

    /// <summary>Returns whether <paramref name="time"/> lies in <paramref name="part"/>'s window.</summary>
    /// <param name="part">The part of the day.</param>
    /// <param name="time">A local time of day.</param>
    /// <returns><see langword="true"/> when the time is in the window (start inclusive, end exclusive).</returns>
    public static bool Contains(DayPart part, LocalTime time) =>
        CrossesMidnight(part) ? time >= Start(part) || time < End(part) : time >= Start(part) && time < End(part);
}
