using NodaTime;
using NodaTime.TimeZones;
using Incidents.Core.Utility;

namespace Incidents.Core.Validation;

/// <summary>The built-in rules of <see cref="IncidentValidator"/>, one per code, individually switchable
/// (<see cref="IncidentValidatorOptions.Without"/>).</summary>
public static class IncidentRules
{
    /// <summary>Gets the rule for <see cref="ValidationCodes.UnknownActor"/>: every actor id (parties, phases,
    /// affiliations, figures' parties, claimants, outlets, originators) is among the incident's actors.</summary>
    public static IncidentRule ActorReferences { get; } = new ActorReferencesRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.UnknownSource"/>: every source id (attributions, claims'
    /// sources) is among the incident's sources.</summary>
    public static IncidentRule SourceReferences { get; } = new SourceReferencesRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.FutureDate"/>: no date or instant after now.</summary>
    public static IncidentRule NoFutureDates { get; } = new FutureDatesRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.EndBeforeStart"/>.</summary>
    public static IncidentRule EndAfterStart { get; } = new EndBeforeStartRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.ClaimBeforeIncident"/>.</summary>
    public static IncidentRule ClaimsAfterIncident { get; } = new ClaimBeforeIncidentRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.TimeWithoutZone"/>.</summary>
    public static IncidentRule TimeHasZone { get; } = new TimeWithoutZoneRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.ZoneNotInTzdb"/>.</summary>
    public static IncidentRule ZoneInTzdb { get; } = new ZoneInTzdbRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.CoordinatesOutsideCountry"/> (silent without
    /// <see cref="IncidentValidatorOptions.CountryBounds"/>).</summary>
    public static IncidentRule CoordinatesInCountry { get; } = new CoordinatesInCountryRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.PartsExceedTotal"/>.</summary>
    public static IncidentRule PartsWithinTotal { get; } = new PartsWithinTotalRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.DuplicateAttribution"/>.</summary>
    public static IncidentRule NoDuplicateAttribution { get; } = new DuplicateAttributionRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.UnknownPhase"/>.</summary>
    public static IncidentRule PhaseReferences { get; } = new UnknownPhaseRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.DuplicatePhaseId"/>.</summary>
    public static IncidentRule UniquePhaseIds { get; } = new DuplicatePhaseIdRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.RelatedToItself"/>.</summary>
    public static IncidentRule RelatedToOthers { get; } = new RelatedToItselfRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.UnknownFigure"/>.</summary>
    public static IncidentRule RevisionReferences { get; } = new UnknownFigureRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.DuplicateFigureId"/>.</summary>
    public static IncidentRule UniqueFigureIds { get; } = new DuplicateFigureIdRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.RevisionCycle"/>.</summary>
    public static IncidentRule NoRevisionCycles { get; } = new RevisionCycleRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.FigureBeforeIncident"/>.</summary>
    public static IncidentRule FiguresAfterIncident { get; } = new FigureBeforeIncidentRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.ReportedBeforeOccurred"/>.</summary>
    public static IncidentRule ReportedAfterOccurred { get; } = new ReportedBeforeOccurredRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.PhaseOutsideIncident"/>.</summary>
    public static IncidentRule PhasesWithinIncident { get; } = new PhaseOutsideIncidentRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.WindowEndsBeforeStart"/>.</summary>
    public static IncidentRule WindowInOrder { get; } = new WindowEndsBeforeStartRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.TimeOutsidePartOfDay"/>.</summary>
    public static IncidentRule TimeWithinPartOfDay { get; } = new TimeOutsidePartOfDayRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.CampaignEndsBeforeStart"/>.</summary>
    public static IncidentRule CampaignInOrder { get; } = new CampaignEndsBeforeStartRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.IncidentOutsideCampaign"/>.</summary>
    public static IncidentRule IncidentWithinCampaign { get; } = new IncidentOutsideCampaignRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.UnknownCode"/>.</summary>
    public static IncidentRule WellKnownCodes { get; } = new UnknownCodeRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.CompetingClaims"/>.</summary>
    public static IncidentRule NoCompetingClaims { get; } = new CompetingClaimsRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.ClaimWithoutClaimant"/>.</summary>
    public static IncidentRule ClaimsHaveClaimants { get; } = new ClaimWithoutClaimantRule();

    /// <summary>Gets the rule for <see cref="ValidationCodes.TextTooLong"/>.</summary>
    public static IncidentRule TextWithinLimits { get; } = new TextLengthRule();

    /// <summary>Gets every built-in rule, in the order they run.</summary>
    public static EquatableArray<IncidentRule> All { get; } =
    [
        ActorReferences, SourceReferences, PhaseReferences, UniquePhaseIds, RelatedToOthers, NoFutureDates, EndAfterStart, ClaimsAfterIncident, TimeHasZone, ZoneInTzdb,
        CoordinatesInCountry, PartsWithinTotal, NoDuplicateAttribution, RevisionReferences, UniqueFigureIds, NoRevisionCycles,
        FiguresAfterIncident, ReportedAfterOccurred, PhasesWithinIncident, WindowInOrder, TimeWithinPartOfDay, CampaignInOrder, IncidentWithinCampaign, WellKnownCodes, NoCompetingClaims, ClaimsHaveClaimants, TextWithinLimits,
    ];

    /// <summary>Whether a figure is the current estimate of its quantity: a total (not one event of several) that no
    /// other figure of the incident revises.</summary>
    private static bool IsCurrentTotal(CasualtyFigure figure, HashSet<FigureId>? revised) =>
        (figure.Scope is null or CasualtyScope.Total) && (figure.Id is not { } id || revised is null || !revised.Contains(id));

    /// <summary>The ids that some figure of the incident revises; <see langword="null"/> when none does (the usual
    /// case: no set is made).</summary>
    private static HashSet<FigureId>? Revised(Incident incident)
    {
        HashSet<FigureId>? revised = null;
        foreach (CasualtyFigure figure in incident.Casualties)
        {
            if (figure.Revises is { } id)
            {
                (revised ??= []).Add(id);
            }
        }

        return revised;
    }

    /// <summary>Whether an id is among a few items, by a scan — no set to build for the usual incident — or among many,
    /// by a hash set, so that a hostile incident with thousands still costs linear time.</summary>
    private sealed class KnownIds<TItem, TId>(EquatableArray<TItem> items, Func<TItem, TId> id)
        where TId : IEquatable<TId>
    {
        private const int ScanAtMost = 16;

        private readonly HashSet<TId>? _many = items.Count > ScanAtMost ? [.. items.AsImmutableArray().Select(id)] : null;

        public bool Contains(TId value)
        {
            if (_many is not null)
            {
                return _many.Contains(value);
            }

            foreach (TItem item in items)
            {
                if (id(item).Equals(value))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class ActorReferencesRule() : IncidentRule(ValidationCodes.UnknownActor)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            var known = new KnownIds<Actor, ActorId>(incident.Actors, static a => a.Id);
            void Expect(ActorId? id, RulePath path)
            {
                if (id is { } actor && !known.Contains(actor))
                {
                    context.Report(Code, path.ToString(), $"The actor '{actor}' is not among the incident's actors.");
                }
            }

            for (int i = 0; i < incident.Actors.Count; i++)
            {
                Expect(incident.Actors[i].AffiliatedWith, new RulePath("/actors", i, "affiliatedWith"));
            }

            for (int i = 0; i < incident.Phases.Count; i++)
            {
                for (int j = 0; j < incident.Phases[i].Actors.Count; j++)
                {
                    Expect(incident.Phases[i].Actors[j], new RulePath("/phases", i, "actors", j));
                }
            }

            for (int i = 0; i < incident.Parties.Count; i++)
            {
                Expect(incident.Parties[i].Actor, new RulePath("/parties", i, "actor"));
            }

            for (int i = 0; i < incident.Casualties.Count; i++)
            {
                Expect(incident.Casualties[i].Party, new RulePath("/casualties", i, "party"));
            }

            for (int i = 0; i < incident.Claims.Count; i++)
            {
                Expect(incident.Claims[i].Claimant, new RulePath("/claims", i, "claimant"));
                Expect(incident.Claims[i].Outlet, new RulePath("/claims", i, "outlet"));
                Expect(incident.Claims[i].Speaker, new RulePath("/claims", i, "speaker"));
                for (int j = 0; j < incident.Claims[i].Named.Count; j++)
                {
                    Expect(incident.Claims[i].Named[j], new RulePath("/claims", i, "named", j));
                }
            }

            for (int i = 0; i < incident.Sources.Count; i++)
            {
                Expect(incident.Sources[i].Originator, new RulePath("/sources", i, "originator"));
            }
        }
    }

    private sealed class SourceReferencesRule() : IncidentRule(ValidationCodes.UnknownSource)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            var known = new KnownIds<Source, SourceId>(incident.Sources, static s => s.Id);
            void Expect(SourceId id, RulePath path)
            {
                if (!known.Contains(id))
                {
                    context.Report(Code, path.ToString(), $"The source '{id}' is not among the incident's sources.");
                }
            }

            for (int i = 0; i < incident.Casualties.Count; i++)
            {
                for (int j = 0; j < incident.Casualties[i].Attributions.Count; j++)
                {
                    Expect(incident.Casualties[i].Attributions[j].Source, new RulePath("/casualties", i, "attributions", j, "source"));
                }
            }

            for (int i = 0; i < incident.Claims.Count; i++)
            {
                for (int j = 0; j < incident.Claims[i].Sources.Count; j++)
                {
                    Expect(incident.Claims[i].Sources[j], new RulePath("/claims", i, "sources", j));
                }
            }

            for (int i = 0; i < incident.Parties.Count; i++)
            {
                for (int j = 0; j < incident.Parties[i].Sources.Count; j++)
                {
                    Expect(incident.Parties[i].Sources[j], new RulePath("/parties", i, "sources", j));
                }
            }
        }
    }

    private sealed class FutureDatesRule() : IncidentRule(ValidationCodes.FutureDate)
    {
        // The latest calendar date anywhere on Earth now (UTC+14), so that a date that is already "today"
        // somewhere is never reported.
        private static readonly DateTimeZone s_earliestZone = DateTimeZone.ForOffset(Offset.FromHours(14));

        public override void Check(Incident incident, IncidentRuleContext context)
        {
            Instant now = context.Clock.GetCurrentInstant();
            LocalDate today = now.InZone(s_earliestZone).Date;
            void Date(PartialDate? date, RulePath path)
            {
                if (date is { } d && d.Earliest > today)
                {
                    context.Report(Code, path.ToString(), $"The date {d} lies in the future (now is {now}).");
                }
            }

            void At(Instant instant, RulePath path)
            {
                if (instant > now)
                {
                    context.Report(Code, path.ToString(), $"The instant {instant} lies in the future (now is {now}).");
                }
            }

            Date(incident.Timing.Date, "/timing/date");
            Date(incident.Timing.EndDate, "/timing/endDate");
            for (int i = 0; i < incident.Phases.Count; i++)
            {
                Date(incident.Phases[i].Timing?.Date, new RulePath("/phases", i, "timing/date"));
            }

            for (int i = 0; i < incident.Casualties.Count; i++)
            {
                Date(incident.Casualties[i].OccurredOn, new RulePath("/casualties", i, "occurredOn"));
                Date(incident.Casualties[i].ReportedOn, new RulePath("/casualties", i, "reportedOn"));
            }
            for (int i = 0; i < incident.Claims.Count; i++)
            {
                Date(incident.Claims[i].Date, new RulePath("/claims", i, "date"));
            }

            for (int i = 0; i < incident.Sources.Count; i++)
            {
                Date(incident.Sources[i].PublishedOn, new RulePath("/sources", i, "publishedOn"));
            }

            At(incident.Metadata.Created, "/metadata/created");
            At(incident.Metadata.Modified, "/metadata/modified");
        }
    }

    private sealed class EndBeforeStartRule() : IncidentRule(ValidationCodes.EndBeforeStart)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            Timing t = incident.Timing;
            if (t.EndDate is { } end)
            {
                if (end.Latest < t.Date.Earliest)
                {
                    context.Report(Code, "/timing/endDate", $"The end date {end} lies before the start date {t.Date}.");
                    return;
                }

                if (end == t.Date && end.Precision == DatePrecision.Day && t.TimeOfDay is { } start && t.EndTimeOfDay is { } stop && stop.Time < start.Time)
                {
                    context.Report(Code, "/timing/endTimeOfDay", $"On the same day {end}, the end time {stop} lies before the start time {start}.");
                }
            }

            if (incident.Metadata.Modified < incident.Metadata.Created)
            {
                context.Report(Code, "/metadata/modified", $"The record was modified ({incident.Metadata.Modified}) before it was created ({incident.Metadata.Created}).");
            }
        }
    }

    private sealed class ClaimBeforeIncidentRule() : IncidentRule(ValidationCodes.ClaimBeforeIncident)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            for (int i = 0; i < incident.Claims.Count; i++)
            {
                if (incident.Claims[i].Date is { } date && date.Latest < incident.Timing.Date.Earliest)
                {
                    context.Report(Code, $"/claims/{i}/date", $"The claim is dated {date}, before the incident began ({incident.Timing.Date}).");
                }
            }
        }
    }

    private sealed class TimeWithoutZoneRule() : IncidentRule(ValidationCodes.TimeWithoutZone)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            Timing t = incident.Timing;
            if (t.Zone is not null)
            {
                return;
            }

            if (t.TimeOfDay is { } start)
            {
                context.Report(Code, "/timing/timeOfDay", $"The time {start} has no time zone (timing/zone), so it cannot be placed on the time line.");
            }

            if (t.EndTimeOfDay is { } end)
            {
                context.Report(Code, "/timing/endTimeOfDay", $"The time {end} has no time zone (timing/zone), so it cannot be placed on the time line.");
            }
        }
    }

    private sealed class ZoneInTzdbRule() : IncidentRule(ValidationCodes.ZoneNotInTzdb)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            if (incident.Timing.Zone is { } zone && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone.Id) is null)
            {
                context.Report(Code, "/timing/zone", $"The time zone '{zone.Id}' is not in TZDB {DateTimeZoneProviders.Tzdb.VersionId}; other systems will not be able to read it.");
            }
        }
    }

    private sealed class CoordinatesInCountryRule() : IncidentRule(ValidationCodes.CoordinatesOutsideCountry)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            Location l = incident.Location;
            if (context.Options.CountryBounds is { } bounds && l.Country is { } country && l.Coordinates is { } point
                && bounds.TryGetBounds(country, out GeoBoundingBox box) && !box.Expand(context.Options.CountryBoundsMargin).Contains(point))
            {
                context.Report(Code, "/location/coordinates", $"The coordinates {point} lie outside {country} (latitude {box.South} to {box.North}, longitude {box.West} to {box.East}).");
            }
        }
    }

    private sealed class PartsWithinTotalRule() : IncidentRule(ValidationCodes.PartsExceedTotal)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            EquatableArray<CasualtyFigure> figures = incident.Casualties;
            HashSet<FigureId>? revised = Revised(incident);

            // Per party and kind, over the current estimates (figures that were revised, and single events, are not
            // estimates of the whole): the largest lower bound any source gives, and the figure with the lowest upper
            // bound. One pass each, so the rule stays linear in the figures.
            var largestLow = new Dictionary<(ActorId, CasualtyKind), int>();
            var lowestHigh = new Dictionary<(ActorId, CasualtyKind), int>();
            for (int i = 0; i < figures.Count; i++)
            {
                CasualtyFigure f = figures[i];
                if (f.Party is not { } party || !IsCurrentTotal(f, revised))
                {
                    continue;
                }

                if (f.Range?.Low is { } low && (!largestLow.TryGetValue((party, f.Kind), out int l) || low > l))
                {
                    largestLow[(party, f.Kind)] = low;
                }

                if (f.Range?.High is { } high && (!lowestHigh.TryGetValue((party, f.Kind), out int h) || high < h))
                {
                    lowestHigh[(party, f.Kind)] = high;
                }
            }

            // A party that is part of another (the children among the hostages) counts within that party's figures of
            // the kind, when it has any, not beside them.
            var wholeOf = new Dictionary<ActorId, ActorId>();
            foreach (Actor actor in incident.Actors)
            {
                if (actor.AffiliatedWith is { } whole && whole != actor.Id)
                {
                    wholeOf[actor.Id] = whole;
                }
            }

            bool CountsWithin((ActorId Party, CasualtyKind Kind) key, out ActorId whole) =>
                wholeOf.TryGetValue(key.Party, out whole) && (largestLow.ContainsKey((whole, key.Kind)) || lowestHigh.ContainsKey((whole, key.Kind)));

            var sums = new Dictionary<CasualtyKind, long>();
            foreach (((ActorId Party, CasualtyKind Kind) key, int low) in largestLow)
            {
                if (!CountsWithin(key, out _))
                {
                    sums[key.Kind] = sums.GetValueOrDefault(key.Kind) + low;
                }
            }

            for (int i = 0; i < figures.Count; i++)
            {
                CasualtyFigure f = figures[i];
                if (!IsCurrentTotal(f, revised))
                {
                    continue;
                }

                if (f.Party is null && f.Range?.High is { } high && sums.GetValueOrDefault(f.Kind) is var sum && sum > high)
                {
                    context.Report(Code, $"/casualties/{i}/range", $"The figures per party for '{f.Kind}' add up to at least {sum}, more than the stated total of at most {high}.");
                }
                else if (f.Party is { } party && f.Range?.Low is { } low && CountsWithin((party, f.Kind), out ActorId whole)
                    && lowestHigh.TryGetValue((whole, f.Kind), out int wholeHigh) && low > wholeHigh)
                {
                    context.Report(Code, $"/casualties/{i}/range", $"The '{f.Kind}' figure of '{party}' (at least {low}) is more than that of '{whole}', which it is part of (at most {wholeHigh}).");
                }
            }
        }
    }

    private sealed class DuplicateAttributionRule() : IncidentRule(ValidationCodes.DuplicateAttribution)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            // One source's successive reports (other dates, or a chain of revisions) and separate events of one kind
            // are not the same fact twice.
            var seen = new HashSet<(ActorId?, CasualtyKind, SourceId, PartialDate?)>();
            HashSet<FigureId>? revised = Revised(incident);
            for (int i = 0; i < incident.Casualties.Count; i++)
            {
                CasualtyFigure figure = incident.Casualties[i];
                if (figure.Revises is not null || !IsCurrentTotal(figure, revised))
                {
                    continue;
                }

                for (int j = 0; j < figure.Attributions.Count; j++)
                {
                    SourceId source = figure.Attributions[j].Source;
                    if (!seen.Add((figure.Party, figure.Kind, source, figure.ReportedOn)))
                    {
                        string whose = figure.Party is { } party ? $"of '{party}'" : "in total";
                        context.Report(Code, $"/casualties/{i}/attributions/{j}/source", $"The source '{source}' is already attributed a '{figure.Kind}' figure {whose}.");
                    }
                }
            }
        }
    }

    private sealed class UnknownPhaseRule() : IncidentRule(ValidationCodes.UnknownPhase)
    {
        public override void Check(Incident incident, IncidentRuleContext context) =>
            ReportUnresolved(incident, context, Code, incident.Phases, static p => p.Id, static f => f.Phase, "phase", "phase");
    }

    private sealed class RelatedToItselfRule() : IncidentRule(ValidationCodes.RelatedToItself)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            for (int i = 0; i < incident.Related.Count; i++)
            {
                if (incident.Related[i].Incident == incident.Id)
                {
                    context.Report(Code, $"/related/{i}/incident", $"The incident '{incident.Id}' names itself as {incident.Related[i].Relation} (related/{i}).");
                }
            }
        }
    }

    private sealed class DuplicatePhaseIdRule() : IncidentRule(ValidationCodes.DuplicatePhaseId)
    {
        public override void Check(Incident incident, IncidentRuleContext context) =>
            ReportRepeatedIds(context, Code, incident.Phases, static p => p.Id, "/phases", "phase");
    }

    /// <summary>Reports each element whose optional id an earlier element of <paramref name="items"/> already has.</summary>
    private static void ReportRepeatedIds<T, TId>(IncidentRuleContext context, ValidationCode code, EquatableArray<T> items, Func<T, TId?> id, string path, string noun)
        where TId : struct
    {
        var first = new Dictionary<TId, int>();
        for (int i = 0; i < items.Count; i++)
        {
            if (id(items[i]) is { } value && !first.TryAdd(value, i))
            {
                context.Report(code, $"{path}/{i}/id", $"The {noun} at index {first[value]} already has the id '{value}'.");
            }
        }
    }

    private sealed class UnknownFigureRule() : IncidentRule(ValidationCodes.UnknownFigure)
    {
        public override void Check(Incident incident, IncidentRuleContext context) =>
            ReportUnresolved(incident, context, Code, incident.Casualties, static f => f.Id, static f => f.Revises, "revises", "figure");
    }

    /// <summary>Reports each casualty figure whose reference (<paramref name="reference"/>, at
    /// <paramref name="property"/>) names an id that no element of <paramref name="targets"/> has.</summary>
    private static void ReportUnresolved<T, TId>(
        Incident incident, IncidentRuleContext context, ValidationCode code, EquatableArray<T> targets, Func<T, TId?> idOf,
        Func<CasualtyFigure, TId?> reference, string property, string noun)
        where TId : struct
    {
        var ids = new HashSet<TId>();
        foreach (T target in targets)
        {
            if (idOf(target) is { } id)
            {
                ids.Add(id);
            }
        }

        for (int i = 0; i < incident.Casualties.Count; i++)
        {
            if (reference(incident.Casualties[i]) is { } named && !ids.Contains(named))
            {
                context.Report(code, $"/casualties/{i}/{property}", $"No {noun} of the incident has the id '{named}'.");
            }
        }
    }

    private sealed class DuplicateFigureIdRule() : IncidentRule(ValidationCodes.DuplicateFigureId)
    {
        public override void Check(Incident incident, IncidentRuleContext context) =>
            ReportRepeatedIds(context, Code, incident.Casualties, static f => f.Id, "/casualties", "figure");
    }

    private sealed class RevisionCycleRule() : IncidentRule(ValidationCodes.RevisionCycle)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            // Follow each chain at most as many steps as there are figures (linear per figure; figures are few).
            var revises = new Dictionary<FigureId, FigureId>();
            foreach (CasualtyFigure f in incident.Casualties)
            {
                if (f.Id is { } id && f.Revises is { } target)
                {
                    revises.TryAdd(id, target);
                }
            }

            // Each cycle once, at its first figure in list order.
            var inReportedCycle = new HashSet<FigureId>();
            for (int i = 0; i < incident.Casualties.Count; i++)
            {
                if (incident.Casualties[i].Id is not { } start || !revises.ContainsKey(start) || inReportedCycle.Contains(start))
                {
                    continue;
                }

                var chain = new List<FigureId> { start };
                for (FigureId current = start; chain.Count <= revises.Count && revises.TryGetValue(current, out FigureId next); current = next)
                {
                    if (next == start)
                    {
                        inReportedCycle.UnionWith(chain);
                        context.Report(Code, $"/casualties/{i}/revises", chain.Count == 1
                            ? $"The figure '{start}' revises itself."
                            : $"The figure '{start}' revises itself through {string.Join(" → ", chain.Skip(1).Select(id => $"'{id}'"))}.");
                        break;
                    }

                    chain.Add(next);
                }
            }
        }
    }

    private sealed class FigureBeforeIncidentRule() : IncidentRule(ValidationCodes.FigureBeforeIncident)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            LocalDate began = incident.Timing.Date.Earliest;
            for (int i = 0; i < incident.Casualties.Count; i++)
            {
                CasualtyFigure f = incident.Casualties[i];
                if (f.OccurredOn is { } occurred && occurred.Latest < began)
                {
                    context.Report(Code, $"/casualties/{i}/occurredOn", $"The figure counts what happened on {occurred}, before the incident began ({incident.Timing.Date}).");
                }

                if (f.ReportedOn is { } reported && reported.Latest < began)
                {
                    context.Report(Code, $"/casualties/{i}/reportedOn", $"The figure is reported on {reported}, before the incident began ({incident.Timing.Date}).");
                }
            }
        }
    }

    private sealed class ReportedBeforeOccurredRule() : IncidentRule(ValidationCodes.ReportedBeforeOccurred)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            for (int i = 0; i < incident.Casualties.Count; i++)
            {
                CasualtyFigure f = incident.Casualties[i];
                if (f.OccurredOn is { } occurred && f.ReportedOn is { } reported && reported.Latest < occurred.Earliest)
                {
                    context.Report(Code, $"/casualties/{i}/reportedOn", $"The figure is reported on {reported}, before what it counts happened ({occurred}).");
                }
            }
        }
    }

    /// <summary>The last date the incident may cover: its end, the end of its date window, or its date.</summary>
    private static LocalDate LastDay(Timing t)
    {
        LocalDate last = t.Date.Latest;
        if (t.EndDate is { } end && end.Latest > last)
        {
            last = end.Latest;
        }

        if (t.NotAfter is { } notAfter && notAfter.Latest > last)
        {
            last = notAfter.Latest;
        }

        return last;
    }

    private sealed class PhaseOutsideIncidentRule() : IncidentRule(ValidationCodes.PhaseOutsideIncident)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            LocalDate first = incident.Timing.Date.Earliest;
            LocalDate last = LastDay(incident.Timing);
            for (int i = 0; i < incident.Phases.Count; i++)
            {
                if (incident.Phases[i].Timing is { } t && (t.Date.Latest < first || t.Date.Earliest > last))
                {
                    context.Report(Code, $"/phases/{i}/timing/date", $"The phase is dated {t.Date}, outside the incident's dates ({incident.Timing.Date} to {new PartialDate(last.Year, last.Month, last.Day)}).");
                }
            }
        }
    }

    private sealed class WindowEndsBeforeStartRule() : IncidentRule(ValidationCodes.WindowEndsBeforeStart)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            if (incident.Timing.NotAfter is { } notAfter && notAfter.Latest < incident.Timing.Date.Earliest)
            {
                context.Report(Code, "/timing/notAfter", $"The window of the start date ends on {notAfter}, before it begins ({incident.Timing.Date}).");
            }
        }
    }

    private sealed class TimeOutsidePartOfDayRule() : IncidentRule(ValidationCodes.TimeOutsidePartOfDay)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            Timing t = incident.Timing;
            if (t.PartOfDay is { } part && t.TimeOfDay is { } time && !DayParts.Contains(part, time.Time))
            {
                context.Report(Code, "/timing/timeOfDay", $"The time {time} lies outside the {part} ({new ApproximateTime(DayParts.Start(part))}–{new ApproximateTime(DayParts.End(part))}) given with it.");
            }
        }
    }

    private sealed class CampaignEndsBeforeStartRule() : IncidentRule(ValidationCodes.CampaignEndsBeforeStart)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            for (int i = 0; i < incident.Campaigns.Count; i++)
            {
                Campaign c = incident.Campaigns[i];
                if (c.FirstSeen is { } first && c.LastSeen is { } last && last.Latest < first.Earliest)
                {
                    context.Report(Code, $"/campaigns/{i}/lastSeen", $"The campaign was last seen on {last}, before it was first seen ({first}).");
                }
            }
        }
    }

    private sealed class IncidentOutsideCampaignRule() : IncidentRule(ValidationCodes.IncidentOutsideCampaign)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            for (int i = 0; i < incident.Campaigns.Count; i++)
            {
                Campaign c = incident.Campaigns[i];
                if (c.FirstSeen is { } first && LastDay(incident.Timing) < first.Earliest)
                {
                    context.Report(Code, $"/campaigns/{i}/firstSeen", $"The campaign was first seen on {first}, after the incident ({incident.Timing.Date}).");
                }

                if (c.LastSeen is { } last && incident.Timing.Date.Earliest > last.Latest)
                {
                    context.Report(Code, $"/campaigns/{i}/lastSeen", $"The campaign was last seen on {last}, before the incident ({incident.Timing.Date}).");
                }
            }
        }
    }

    private sealed class UnknownCodeRule() : IncidentRule(ValidationCodes.UnknownCode)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            for (int i = 0; i < incident.Methods.Count; i++)
            {
                Expect(context, incident.Methods[i].Kind, new RulePath("/methods", i, "kind"), "attack method");
            }

            for (int i = 0; i < incident.Phases.Count; i++)
            {
                for (int j = 0; j < incident.Phases[i].Methods.Count; j++)
                {
                    Expect(context, incident.Phases[i].Methods[j], new RulePath("/phases", i, "methods", j), "attack method");
                }
            }

            for (int i = 0; i < incident.Actors.Count; i++)
            {
                Expect(context, incident.Actors[i].Kind, new RulePath("/actors", i, "kind"), "actor kind");
            }

            for (int i = 0; i < incident.Parties.Count; i++)
            {
                Expect(context, incident.Parties[i].Role, new RulePath("/parties", i, "role"), "party role");
            }

            for (int i = 0; i < incident.Casualties.Count; i++)
            {
                Expect(context, incident.Casualties[i].Kind, new RulePath("/casualties", i, "kind"), "casualty kind");
            }

            for (int i = 0; i < incident.Claims.Count; i++)
            {
                for (int j = 0; j < incident.Claims[i].Modes.Count; j++)
                {
                    Expect(context, incident.Claims[i].Modes[j], new RulePath("/claims", i, "modes", j), "claim mode");
                }
            }

            for (int i = 0; i < incident.Sources.Count; i++)
            {
                Expect(context, incident.Sources[i].Kind, new RulePath("/sources", i, "kind"), "source kind");
            }
        }

        private void Expect<T>(IncidentRuleContext context, T value, RulePath path, string list)
            where T : struct, IExtensibleCode<T>
        {
            if (value.IsWellKnown)
            {
                return;
            }

            string code = value.Code;
            string? nearest = null;
            int best = 3;
            foreach (T known in T.WellKnown)
            {
                int distance = EditDistance.Within(code, known.Code, best - 1);
                if (distance < best)
                {
                    (best, nearest) = (distance, known.Code);
                }
            }

            context.Report(Code, path.ToString(), nearest is null
                ? $"'{code}' is not a well-known {list} code; it is kept as given."
                : $"'{code}' is not a well-known {list} code; did you mean '{nearest}'? It is kept as given.");
        }
    }

    private sealed class CompetingClaimsRule() : IncidentRule(ValidationCodes.CompetingClaims)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            ActorId? first = null;
            for (int i = 0; i < incident.Claims.Count; i++)
            {
                Claim claim = incident.Claims[i];
                if (claim.Kind != ClaimKind.Responsibility || claim.Claimant is not { } claimant)
                {
                    continue;
                }

                if (first is null)
                {
                    first = claimant;
                }
                else if (first != claimant)
                {
                    context.Report(Code, $"/claims/{i}/claimant", $"'{claimant}' claims responsibility too; '{first}' already did (competing claims).");
                }
            }
        }
    }

    private sealed class ClaimWithoutClaimantRule() : IncidentRule(ValidationCodes.ClaimWithoutClaimant)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            for (int i = 0; i < incident.Claims.Count; i++)
            {
                if (incident.Claims[i].Kind == ClaimKind.Responsibility && incident.Claims[i].Claimant is null)
                {
                    context.Report(Code, $"/claims/{i}", "A claim of responsibility names no claimant.");
                }
            }
        }
    }

    private sealed class TextLengthRule() : IncidentRule(ValidationCodes.TextTooLong)
    {
        public override void Check(Incident incident, IncidentRuleContext context)
        {
            int max = context.Options.MaxTextLength;
            if (incident.Title.Length > context.Options.MaxTitleLength)
            {
                context.Report(Code, "/title", $"The title has {incident.Title.Length} characters; at most {context.Options.MaxTitleLength} are expected.");
            }

            foreach ((RulePath path, string? text) in Texts(incident))
            {
                if (text is not null && text.Length > max)
                {
                    context.Report(Code, path.ToString(), $"The text has {text.Length} characters; at most {max} are expected.");
                }
            }
        }

        private static IEnumerable<(RulePath Path, string? Text)> Texts(Incident x)
        {
            yield return ("/summary", x.Summary);
            yield return ("/timing/wording", x.Timing.Wording);
            yield return ("/location/description", x.Location.Description);
            for (int i = 0; i < x.Methods.Count; i++)
            {
                yield return (new RulePath("/methods", i, "target"), x.Methods[i].Target);
                yield return (new RulePath("/methods", i, "description"), x.Methods[i].Description);
            }

            for (int i = 0; i < x.Phases.Count; i++)
            {
                yield return (new RulePath("/phases", i, "name"), x.Phases[i].Name);
                yield return (new RulePath("/phases", i, "description"), x.Phases[i].Description);
            }

            for (int i = 0; i < x.Actors.Count; i++)
            {
                yield return (new RulePath("/actors", i, "name"), x.Actors[i].Name);
                yield return (new RulePath("/actors", i, "description"), x.Actors[i].Description);
            }

            for (int i = 0; i < x.Parties.Count; i++)
            {
                yield return (new RulePath("/parties", i, "description"), x.Parties[i].Description);
            }

            for (int i = 0; i < x.Casualties.Count; i++)
            {
                yield return (new RulePath("/casualties", i, "wording"), x.Casualties[i].Wording);
                yield return (new RulePath("/casualties", i, "description"), x.Casualties[i].Description);
            }

            for (int i = 0; i < x.Claims.Count; i++)
            {
                yield return (new RulePath("/claims", i, "quote"), x.Claims[i].Quote);
                yield return (new RulePath("/claims", i, "note"), x.Claims[i].Note);
            }

            for (int i = 0; i < x.Sources.Count; i++)
            {
                yield return (new RulePath("/sources", i, "name"), x.Sources[i].Name);
                yield return (new RulePath("/sources", i, "title"), x.Sources[i].Title);
            }

            for (int i = 0; i < x.Campaigns.Count; i++)
            {
                yield return (new RulePath("/campaigns", i, "name"), x.Campaigns[i].Name);
                yield return (new RulePath("/campaigns", i, "description"), x.Campaigns[i].Description);
                yield return (new RulePath("/campaigns", i, "objective"), x.Campaigns[i].Objective);
            }

            yield return ("/metadata/revisionNote", x.Metadata.RevisionNote);
        }
    }
}

/// <summary>The JSON Pointer of a place a rule checks (<c>/casualties/3/attributions/0/source</c>), made into text only
/// when an issue is reported there: checking a valid incident formats no pointer.</summary>
/// <param name="Head">The pointer up to the first index (<c>/casualties</c>), or all of it.</param>
/// <param name="First">The first index, or −1 for none.</param>
/// <param name="Middle">The segments after the first index (<c>attributions</c>, <c>timing/date</c>).</param>
/// <param name="Second">The second index, or −1 for none.</param>
/// <param name="Tail">The segments after the second index.</param>
internal readonly record struct RulePath(string Head, int First = -1, string? Middle = null, int Second = -1, string? Tail = null)
{
    public static implicit operator RulePath(string path) => new(path);

    public override string ToString()
    {
        if (First < 0)
        {
            return Head;
        }

        var text = new System.Text.StringBuilder(Head, Head.Length + 32);
        text.Append('/').Append(First);
        if (Middle is not null)
        {
            text.Append('/').Append(Middle);
        }

        if (Second >= 0)
        {
            text.Append('/').Append(Second);
        }

        if (Tail is not null)
        {
            text.Append('/').Append(Tail);
        }

        return text.ToString();
    }
}
