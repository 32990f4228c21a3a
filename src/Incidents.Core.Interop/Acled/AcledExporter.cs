using Incidents.Core.Interop.CodeMaps;
using NodaTime;

namespace Incidents.Core.Interop.Acled;

/// <summary>One ACLED event: the columns an incident can fill (ACLED's names).</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record AcledRecord
{
    /// <summary>Gets <c>event_date</c>.</summary>
    public LocalDate EventDate { get; init; }

    /// <summary>Gets <c>time_precision</c>: 1 the day, 2 a week or similar (midpoint recorded), 3 the month.</summary>
    public int TimePrecision { get; init; }

    /// <summary>Gets <c>event_type</c> and <c>sub_event_type</c>.</summary>
    public AcledEventType Type { get; init; }

    /// <summary>Gets <c>actor1</c>.</summary>
    public string? Actor1 { get; init; }

    /// <summary>Gets <c>inter1</c>: the actor type (State forces, Rebel group, … Civilians).</summary>
    public string? Inter1 { get; init; }

    /// <summary>Gets <c>actor2</c>.</summary>
    public string? Actor2 { get; init; }

    /// <summary>Gets <c>inter2</c>.</summary>
    public string? Inter2 { get; init; }

    /// <summary>Gets <c>civilian_targeting</c>.</summary>
    public bool CivilianTargeting { get; init; }

    /// <summary>Gets <c>country</c> (the ISO code; ACLED writes the name and the numeric ISO code).</summary>
    public CountryCode? Country { get; init; }

    /// <summary>Gets <c>admin1</c>.</summary>
    public string? Admin1 { get; init; }

    /// <summary>Gets <c>location</c>.</summary>
    public string? Location { get; init; }

    /// <summary>Gets <c>geo_precision</c>: 1 the town, 2 near it or part of a region, 3 a larger region.</summary>
    public int GeoPrecision { get; init; }

    /// <summary>Gets <c>fatalities</c>: one number, the most conservative reported.</summary>
    public int Fatalities { get; init; }

    /// <summary>Gets <c>source</c> (";"-separated).</summary>
    public string? Source { get; init; }

    /// <summary>Gets <c>notes</c>.</summary>
    public string? Notes { get; init; }
}

/// <summary>Maps an incident to ACLED events (one per day it lasted, as ACLED codes multi-day fighting), with a
/// <see cref="LossReport"/>: ACLED keeps one event type by its hierarchy, one actor pair, one fatality number (the most
/// conservative, split over the days), no wounded, no ranges, no claims, no time of day.</summary>
public static class AcledExporter
{
    // ACLED's hierarchy: a higher type absorbs co-occurring lower ones.
    private static readonly string[] s_hierarchy = ["Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians", "Strategic developments"];

    /// <summary>Maps an incident.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The events, one per day, and the losses.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is <see langword="null"/>.</exception>
    public static Mapping<EquatableArray<AcledRecord>> Export(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var losses = new List<Loss>();
        void Lose(LossKind kind, string subject, string description) => losses.Add(new Loss(kind, subject, description));

        // Days: ACLED has one event per day; dates it cannot place to a month are excluded.
        Timing t = incident.Timing;
        if (t.Date.Precision == DatePrecision.Year)
        {
            Lose(LossKind.Dropped, "/timing/date", $"date {t.Date} → ACLED excludes events it cannot place within a month");
            return new Mapping<EquatableArray<AcledRecord>>([], new LossReport([.. losses]));
        }

        LocalDate first = t.Date.Precision == DatePrecision.Day ? t.Date.Earliest : t.Date.Earliest.PlusDays((t.Date.Latest.Day - 1) / 2);
        int precision = t.Date.Precision == DatePrecision.Day ? 1 : 3;
        // One event per day of fighting, counted in 24-hour periods from the start: a raid from 23:00 to 03:00 is one
        // event (on the date it began), not two.
        int days = 1;
        if (t.Date.Precision == DatePrecision.Day && t.Duration is { } duration)
        {
            days = Math.Max(1, (int)Math.Ceiling(duration.Value.TotalHours / 24));
        }
        else if (t.EndDate is { Precision: DatePrecision.Day } endDate && t.Date.Precision == DatePrecision.Day)
        {
            days = Period.Between(first, endDate.Earliest, PeriodUnits.Days).Days + 1;
            bool beganAtNight = t.PartOfDay is DayPart.Night or DayPart.LateNight or DayPart.Evening || t.TimeOfDay is { Time.Hour: >= 18 };
            bool overnight = days == 2 && (t.EndTimeOfDay is { } ended && t.TimeOfDay is { } began
                ? ended.Time < began.Time
                : t.EndTimeOfDay is null && beganAtNight);
            if (overnight)
            {
                days = 1;
                Lose(LossKind.Coarsened, "/timing/endDate", $"a night from {t.Date} to {endDate} → one event on {first}");
            }
        }

        if (t.EndDate is { } lastDay && !(lastDay.Precision == DatePrecision.Day && t.Date.Precision == DatePrecision.Day))
        {
            Lose(LossKind.Dropped, "/timing/endDate", $"end {lastDay} → ACLED splits an event by day only when both dates are days");
        }

        if (t.EndTimeOfDay is { } endTime)
        {
            Lose(LossKind.Dropped, "/timing/endTimeOfDay", $"end time {endTime} → ACLED has dates only");
        }

        if (t.TimeOfDay is { } tod)
        {
            Lose(LossKind.Dropped, "/timing/timeOfDay", $"local time {tod}{(t.Zone is { } z ? $" {z.Id}" : string.Empty)} → ACLED has dates only");
        }

        if (t.Duration is { } d)
        {
            Lose(LossKind.Coarsened, "/timing/duration", $"duration {d} → {days} daily event{(days == 1 ? string.Empty : "s")}");
        }
        else if (t.Date.Precision == DatePrecision.Month)
        {
            Lose(LossKind.Coarsened, "/timing/date", $"month {t.Date} → the mid-month date {first} with time_precision 3");
        }

        // Type: the highest in ACLED's hierarchy among the methods.
        AcledEventType type = new("Battles", "Armed clash");
        List<(int Index, AttackMethod Method)> used = UncarriedFacts.MethodsUsed(incident, losses, "ACLED");
        if (used.Count > 0)
        {
            AcledEventType[] types = [.. used.Select(m => EventCodeMaps.ToAcled(m.Method.Kind).Value)];
            type = types.MinBy(x => Array.IndexOf(s_hierarchy, x.EventType));
            string all = string.Join(", ", used.Select(m => m.Method.Kind.Code));
            Lose(LossKind.Coarsened, "/methods", $"{all} → one event type {type.EventType} / {type.SubEventType} (ACLED keeps one, by its hierarchy)");
        }

        // Actors: the first perpetrator and the first target, defender or victim; in two-sided fighting with no
        // perpetrator (UCDP's belligerents), the first two sides.
        Actor[] belligerents = [.. ActorsOf(incident, PartyRole.Belligerent)];
        Actor? actor1 = ActorsOf(incident, PartyRole.Perpetrator).FirstOrDefault() ?? belligerents.FirstOrDefault();
        Actor? actor2 = ActorsOf(incident, PartyRole.Defender).FirstOrDefault() ?? ActorsOf(incident, PartyRole.Target).FirstOrDefault()
            ?? ActorsOf(incident, PartyRole.Victim).FirstOrDefault() ?? belligerents.FirstOrDefault(a => a != actor1);

        // An armed attack with no armed side against it is not a battle: ACLED's violence against civilians.
        bool armedOpponent = incident.Parties.AsImmutableArray().Any(p => p.Role != PartyRole.Perpetrator && p.Role != PartyRole.Claimant && p.Role != PartyRole.ReportingSource
            && incident.Actors.AsImmutableArray().Any(a => a.Id == p.Actor && (a.Kind == ActorKind.StateForce || a.Kind == ActorKind.NonStateArmedGroup)));
        if (type.EventType == "Battles" && !armedOpponent && actor2?.Kind == ActorKind.Civilians)
        {
            type = new AcledEventType("Violence against civilians", "Attack");
            Lose(LossKind.Coarsened, "/parties", "an armed attack on civilians, no armed opponent → Violence against civilians / Attack");
        }
        int sides = incident.Parties.AsImmutableArray().Select(p => p.Actor).Distinct().Count();
        if (sides > 2)
        {
            Lose(LossKind.Dropped, "/parties", $"{sides} actors in roles → ACLED keeps actor1 and actor2 (the rest at most as associated actors)");
        }

        // Fatalities: the most conservative total, split over the days (the remainder on day 1).
        FigureTimeline.ReportLost(incident, losses, "ACLED");
        UncarriedFacts.ReportLost(incident, losses, "ACLED", UncarriedFacts.Carried.End);
        int fatalities = Fatalities(incident, losses);
        if (days > 1 && fatalities > 0)
        {
            Lose(LossKind.Coarsened, "/casualties", $"{fatalities} fatalities split over {days} days");
        }

        foreach (CasualtyFigure other in incident.Casualties.AsImmutableArray().Where(f => f.Kind != CasualtyKind.Killed))
        {
            Lose(LossKind.Dropped, "/casualties", $"{other.Kind} {other.Range?.ToString() ?? "unknown"} → ACLED records fatalities only");
        }

        if (!incident.Claims.IsEmpty)
        {
            Lose(LossKind.Dropped, "/claims", $"{incident.Claims.Count} claim{(incident.Claims.Count == 1 ? string.Empty : "s")} → ACLED has no claims (at most a line in notes)");
        }

        Location l = incident.Location;
        int geo = l.Precision switch
        {
            LocationPrecision.Site or LocationPrecision.Settlement => 1,
            LocationPrecision.NearSettlement or LocationPrecision.SecondOrderArea => 2,
            _ => 3,
        };
        if (l.Precision == LocationPrecision.Country)
        {
            Lose(LossKind.Coarsened, "/location/precision", "country-level location → geo_precision 3 (ACLED almost never records country-level events)");
        }

        string sources = string.Join("; ", incident.Sources.AsImmutableArray().Select(s => s.Name));
        if (!incident.Sources.IsEmpty)
        {
            Lose(LossKind.Coarsened, "/sources", "sources → one ';'-separated source text: ratings, dates and each figure's attribution lost");
        }

        var events = new List<AcledRecord>();
        for (int day = 0; day < days; day++)
        {
            events.Add(new AcledRecord
            {
                EventDate = first.PlusDays(day),
                TimePrecision = precision,
                Type = type,
                Actor1 = actor1?.Name,
                Inter1 = Inter(actor1),
                Actor2 = actor2?.Name,
                Inter2 = Inter(actor2),
                CivilianTargeting = actor2?.Kind == ActorKind.Civilians,
                Country = l.Country,
                Admin1 = l.Admin1,
                Location = l.Place ?? l.Facility,
                GeoPrecision = geo,
                Fatalities = (fatalities / days) + (day == 0 ? fatalities % days : 0),
                Source = sources.Length == 0 ? null : sources,
                Notes = incident.Summary,
            });
        }

        return new Mapping<EquatableArray<AcledRecord>>([.. events], new LossReport([.. losses]));
    }

    private static IEnumerable<Actor> ActorsOf(Incident incident, PartyRole role) =>
        incident.Parties.AsImmutableArray().Where(p => p.Role == role).Select(p => incident.Actors.AsImmutableArray().FirstOrDefault(a => a.Id == p.Actor)).OfType<Actor>();

    private static string? Inter(Actor? actor) => actor is null ? null : actor.Kind switch
    {
        _ when actor.Kind == ActorKind.StateForce => "State forces",
        _ when actor.Kind == ActorKind.NonStateArmedGroup => "Rebel group",
        _ when actor.Kind == ActorKind.Civilians || actor.Kind == ActorKind.Detainees => "Civilians",
        _ => "External/Other forces",
    };

    private static int Fatalities(Incident incident, List<Loss> losses)
    {
        if (FigureSelection.Select(incident, CasualtyKind.Killed, _ => true, FigureSelection.Estimate.Conservative) is not { } chosen)
        {
            losses.Add(new Loss(LossKind.Coarsened, "/casualties", "no killed figure with a number → fatalities 0 (ACLED's 0 also means 'unknown')"));
            return 0;
        }

        losses.Add(new Loss(LossKind.Coarsened, "/casualties", $"killed → fatalities {chosen.Value}: {chosen.Basis} (the lower bound by the exporters' figure rule; the other figures, ranges and sources are not carried)"));
        return chosen.Value;
    }
}
