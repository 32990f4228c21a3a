using System.Text.Json.Serialization;
using Incidents.Core.Json;
namespace Incidents.Core;

/// <summary>A part of the day, as reports give the time of an incident in words ("in the early evening", "late at
/// night"): <see cref="Timing.PartOfDay"/>. Each has a window of local time, <see cref="DayParts.Start"/> to
/// <see cref="DayParts.End"/>; the night and the late night run past midnight into the next date, so that "the night
/// of 20 to 21 January" is the date 20 January with <see cref="Night"/>.</summary>
/// <remarks>The windows are this library's convention (stated in FORMAT.md), wide enough that the reports' words
/// fall inside them; a more exact time belongs in <see cref="Timing.TimeOfDay"/>.</remarks>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<DayPart>))]
public enum DayPart
{
    /// <summary>The morning, 06:00–12:00.</summary>
    Morning = 0,

    /// <summary>The early morning, 04:00–08:00.</summary>
    EarlyMorning = 1,

    /// <summary>The afternoon, 12:00–18:00.</summary>
    Afternoon = 2,

    /// <summary>The early evening, 17:00–20:00.</summary>
    EarlyEvening = 3,

    /// <summary>The evening, 18:00–23:00.</summary>
    Evening = 4,

    /// <summary>The night, 20:00 to 06:00 of the next date.</summary>
    Night = 5,

    /// <summary>Late at night, 23:00 to 04:00 of the next date.</summary>
    LateNight = 6,
}
