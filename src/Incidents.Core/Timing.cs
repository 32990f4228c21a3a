using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Utility;
using NodaTime.TimeZones;
using NodaTime;

namespace Incidents.Core;

/// <summary>
/// When an incident happened, as precisely as it was reported: a partial date, an optional (approximate) local time of
/// day, the time zone of the place, and an end or a duration.
/// </summary>
/// <remarks>
/// <para>
/// The seed's barracks raid is <c>Date = 2022-01-20, TimeOfDay = ~03:00, Zone = Asia/Baghdad</c>; the prison assault,
/// with gunfire heard "almost 24 hours" after it began, has <c>Duration = ~PT24H</c>.
/// A UCDP GED window (<c>date_start</c>, <c>date_end</c>) maps onto <see cref="Date"/> and <see cref="EndDate"/>.
/// </para>
/// <para>
/// Conversion to instants needs the zone: <see cref="TryGetStartInstant"/> and <see cref="TryGetStartWindow"/> return
/// <see langword="false"/> where the data do not allow it, instead of guessing. Cross-field rules (an end before the
/// start, a time without a zone) are checked by the validators, not here.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WireFormatJsonConverter<Timing>))]
[WireRecord("a timing")]
public sealed record Timing
{
    /// <summary>Gets the date on which the incident began, or the earliest date it may have begun on (see
    /// <see cref="NotAfter"/>).</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public required PartialDate Date { get; init => field = Guard.NotDefault(value, nameof(Date)); }

    /// <summary>Gets the latest date the incident may have begun on, when its date is known only within a window: it
    /// began on one day from <see cref="Date"/> to this date ("between 10 and 16 May"; UCDP's <c>date_prec</c> 2–5).
    /// Not the same as <see cref="EndDate"/>, which says the incident lasted until then. <see langword="null"/> when the
    /// date is known to its precision.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public PartialDate? NotAfter { get; init => field = value is { } date ? Guard.NotDefault(date, nameof(NotAfter)) : null; }

    /// <summary>Gets the last date of the incident: it lasted until then (a siege of several days); <see langword="null"/>
    /// when it is not reported (a one-day incident needs none). A date known only within a window is
    /// <see cref="NotAfter"/>.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public PartialDate? EndDate { get; init => field = value is { } date ? Guard.NotDefault(date, nameof(EndDate)) : null; }

    /// <summary>Gets the local time of day at which the incident began, when reported ("around 3 a.m.").</summary>
    public ApproximateTime? TimeOfDay { get; init; }

    /// <summary>Gets the part of the day in which the incident began, when the report gives it in words ("in the
    /// early evening", "late at night"; <see cref="DayParts.TryParse"/>); a night that runs past midnight belongs to
    /// <see cref="Date"/>, the evening it began on. <see cref="TimeOfDay"/>, when also known, lies in it
    /// (<c>INC-TIME-008</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: the value is not defined.</exception>
    public DayPart? PartOfDay { get; init => field = value is { } v ? Guard.Defined(v, nameof(PartOfDay)) : null; }

    /// <summary>Gets the local time of day at which the incident ended, when reported.</summary>
    public ApproximateTime? EndTimeOfDay { get; init; }

    /// <summary>Gets the time zone of the place (an IANA zone such as <c>Asia/Baghdad</c>), which gives
    /// <see cref="TimeOfDay"/> and the dates their meaning as instants.</summary>
    public DateTimeZone? Zone { get; init; }

    /// <summary>Gets how long the incident lasted, when reported ("almost 24 hours").</summary>
    public DurationEstimate? Duration { get; init; }

    /// <summary>Gets the original wording of the time, when it says more than the fields ("Thursday, January 20th");
    /// <see langword="null"/> or non-blank.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Wording { get; init => field = Guard.NullOrNotBlank(value, nameof(Wording)); }

    /// <summary>Gets the instant at which the incident began, when the data pin it down.</summary>
    /// <param name="instant">The instant, when this method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when <see cref="Date"/> has a day, <see cref="TimeOfDay"/> and <see cref="Zone"/>
    /// are known, and the local time maps to exactly one instant (not in a daylight-saving gap or overlap). An
    /// approximate time of day is taken at its stated value; <see cref="ApproximateTime.Approximation"/> says how far to
    /// trust it.</returns>
    public bool TryGetStartInstant(out Instant instant)
    {
        instant = default;
        if (Zone is null || TimeOfDay is not { } time || !Date.TryGetLocalDate(out LocalDate date))
        {
            return false;
        }

        ZoneLocalMapping mapping = Zone.MapLocal(date.At(time.Time));
        if (mapping.Count != 1)
        {
            return false;
        }

        instant = mapping.Single().ToInstant();
        return true;
    }

    /// <summary>Gets the span of instants within which the incident began.</summary>
    /// <param name="window">The span, when this method returns <see langword="true"/>: from the start of
    /// <see cref="PartialDate.Earliest"/> to the start of the day after <see cref="PartialDate.Latest"/> (of
    /// <see cref="NotAfter"/> when the date is known within a window) in; or, for a known day and a
    /// <see cref="PartOfDay"/>, that part's window of local time (the night's running into the next date) in
    /// <see cref="Zone"/>; or, when the full date and a time of day are known, the instant itself (an empty interval), or
    /// both instants of a local time that occurs twice when clocks go back.</param>
    /// <returns><see langword="true"/> when <see cref="Zone"/> is known and the span fits NodaTime's range.</returns>
    public bool TryGetStartWindow(out Interval window)
    {
        window = default;
        if (Zone is null)
        {
            return false;
        }

        if (TimeOfDay is { } time && Date.TryGetLocalDate(out LocalDate date))
        {
            ZoneLocalMapping mapping = Zone.MapLocal(date.At(time.Time));
            if (mapping.Count == 0)
            {
                // The local time falls in a gap (clocks went forward): it never happened as written.
                return false;
            }

            window = new Interval(mapping.First().ToInstant(), mapping.Last().ToInstant());
            return true;
        }

        if (PartOfDay is { } part && NotAfter is null && Date.TryGetLocalDate(out LocalDate day) && day < new LocalDate(PartialDate.MaxYear, 12, 31))
        {
            // "In the early evening" of a known day: that window of local time, the night's running into the next date.
            LocalDate endDay = DayParts.CrossesMidnight(part) ? day.PlusDays(1) : day;
            window = new Interval(Zone.AtLeniently(day.At(DayParts.Start(part))).ToInstant(), Zone.AtLeniently(endDay.At(DayParts.End(part))).ToInstant());
            return true;
        }

        LocalDate latest = NotAfter is { } notAfter && notAfter.Latest > Date.Latest ? notAfter.Latest : Date.Latest;
        if (latest.Year == PartialDate.MaxYear && latest.Month == 12 && latest.Day == 31)
        {
            return false;
        }

        window = new Interval(Zone.AtStartOfDay(Date.Earliest).ToInstant(), Zone.AtStartOfDay(latest.PlusDays(1)).ToInstant());
        return true;
    }

    /// <summary>Gets or initializes the properties the model has no place for, kept so that nothing is lost: those a
    /// newer minor version of the wire format added, or an imported dataset's columns (see
    /// <see cref="ExtensionProperty"/>). The JSON writer emits them after the record's own properties.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the default, two elements share a name, or a
    /// name is one of the record's own JSON property names.</exception>
    public EquatableArray<ExtensionProperty> Extensions { get; init => field = Guard.Extensions(value, WireNames.Timing, nameof(Extensions)); }
}
