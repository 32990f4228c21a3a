using Incidents.Cli;
using Incidents.Core.Validation;
using NodaTime;
using NodaTime.TimeZones;

namespace Incidents.Core.Tests.Validation;

/// <summary>For each object rule: an edit of the raid seed that triggers it, the path and severity it must be
/// reported at, the text its line must contain in the indented JSON, and a near-miss edit that must not trigger it.</summary>
public static class RuleFixtures
{
    /// <summary>The clock of every validation test: the session's date, long after the seed.</summary>
    public static readonly IClock Clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 24, 12, 0));

    public static Incident Raid => SeedIncidents.BarracksRaid;

    public static readonly ActorId Nobody = new("nobody");
    public static readonly ActorId Army = new("iraqi-army");
    public static readonly ActorId IslamicState = new("is");

    /// <summary>A part of the army: its figures count within the army's.</summary>
    public static readonly Actor Officers = new() { Id = new ActorId("officers"), Name = "officers of the army", Kind = ActorKind.StateForce, AffiliatedWith = Army };
    public static readonly SourceId Reports = new("media-reports");
    public static readonly FigureId First = new("first");
    public static readonly FigureId Second = new("second");

    public sealed record Fixture(
        string Name,
        ValidationCode Code,
        Func<Incident, Incident> Trigger,
        string Path,
        ValidationSeverity Severity,
        string LineContains,
        Func<Incident, Incident> NearMiss,
        IncidentValidatorOptions? Options = null,
        string? After = null,
        bool ObjectOnly = false);

    private static CasualtyFigure Killed(ActorId? party, CasualtyRange range, SourceId source) =>
        new() { Party = party, Kind = CasualtyKind.Killed, Range = range, Attributions = [new SourceAttribution(source, SourceStance.Independent)] };

    public static readonly ICountryBounds Bounds = CountryBounds.FromTable(new Dictionary<CountryCode, GeoBoundingBox>
    {
        // Approximate boxes, for the tests only.
        [new CountryCode("IQ")] = new(29.0, 38.8, 37.4, 48.6),
        [new CountryCode("SY")] = new(32.3, 35.7, 37.3, 42.4),
    });

    public static IEnumerable<Fixture> All { get; } =
    [
        new("figure's party is not an actor", ValidationCodes.UnknownActor,
            i => i with { Casualties = [i.Casualties[0] with { Party = Nobody }] }, "/casualties/0/party", ValidationSeverity.Error, "\"party\": \"nobody\"",
            i => i with { Casualties = [i.Casualties[0] with { Party = IslamicState }] }),
        new("claimant is not an actor", ValidationCodes.UnknownActor,
            i => i with { Claims = [i.Claims[0] with { Claimant = Nobody }] }, "/claims/0/claimant", ValidationSeverity.Error, "\"claimant\": \"nobody\"",
            i => i with { Claims = [i.Claims[0] with { Claimant = Army }] }),
        new("figure's source is not a source", ValidationCodes.UnknownSource,
            i => i with { Casualties = [i.Casualties[0] with { Attributions = [new SourceAttribution(new SourceId("rumour"), SourceStance.Unknown)] }] },
            "/casualties/0/attributions/0/source", ValidationSeverity.Error, "\"source\": \"rumour\"",
            i => i with { Casualties = [i.Casualties[0] with { Attributions = [new SourceAttribution(new SourceId("seed-report"), SourceStance.Unknown)] }] }),
        new("date after the clock", ValidationCodes.FutureDate,
            i => i with { Timing = i.Timing with { Date = new PartialDate(2026, 12) } }, "/timing/date", ValidationSeverity.Error, "\"date\": \"2026-12\"",
            i => i with { Timing = i.Timing with { Date = new PartialDate(2026, 11, 25) } }), // already the 25th east of UTC+12
        new("end before start", ValidationCodes.EndBeforeStart,
            i => i with { Timing = i.Timing with { EndDate = new PartialDate(2022, 1, 19) } }, "/timing/endDate", ValidationSeverity.Error, "\"endDate\": \"2022-01-19\"",
            i => i with { Timing = i.Timing with { EndDate = new PartialDate(2022, 1) } }),
        new("claim dated before the attack", ValidationCodes.ClaimBeforeIncident,
            i => i with { Claims = [i.Claims[0] with { Date = new PartialDate(2022, 1, 19) }] }, "/claims/0/date", ValidationSeverity.Warning, "\"date\": \"2022-01-19\"",
            i => i with { Claims = [i.Claims[0] with { Date = new PartialDate(2022, 1) }] }),
        new("time of day without a zone", ValidationCodes.TimeWithoutZone,
            i => i with { Timing = i.Timing with { Zone = null } }, "/timing/timeOfDay", ValidationSeverity.Warning, "\"timeOfDay\": \"~03:00\"",
            i => i with { Timing = i.Timing with { Zone = null, TimeOfDay = null } }),
        new("zone outside TZDB", ValidationCodes.ZoneNotInTzdb,
            i => i with { Timing = i.Timing with { Zone = new NotInTzdb() } }, "/timing/zone", ValidationSeverity.Error, "\"zone\": \"",
            i => i with { Timing = i.Timing with { Zone = DateTimeZoneProviders.Tzdb["Asia/Baghdad"] } },
            ObjectOnly: true), // a JSON reader rejects a zone TZDB does not know (INC-JSON-005), so the rule is for objects
        new("coordinates outside the country", ValidationCodes.CoordinatesOutsideCountry,
            i => i with { Location = i.Location with { Coordinates = new GeoCoordinate(33.51, 36.29) } }, "/location/coordinates", ValidationSeverity.Error, "\"coordinates\": \"33.51,36.29\"",
            i => i with { Location = i.Location with { Coordinates = new GeoCoordinate(33.5, 44.4) } },
            IncidentValidatorOptions.Default with { CountryBounds = Bounds }),
        new("parts exceed the total", ValidationCodes.PartsExceedTotal,
            i => i with { Casualties = [Killed(null, CasualtyRange.Exactly(11), Reports), Killed(Army, CasualtyRange.Exactly(11), Reports), Killed(IslamicState, CasualtyRange.AtLeast(2), Reports)] },
            "/casualties/0/range", ValidationSeverity.Error, "\"range\": {",
            i => i with { Casualties = [Killed(null, CasualtyRange.Exactly(13), Reports), Killed(Army, CasualtyRange.Exactly(11), Reports), Killed(IslamicState, CasualtyRange.AtLeast(2), Reports)] },
            After: "\"casualties\": ["),
        new("a part of a party exceeds its whole", ValidationCodes.PartsExceedTotal,
            i => i with { Actors = [.. i.Actors, Officers], Casualties = [Killed(null, CasualtyRange.Exactly(11), Reports), Killed(Army, CasualtyRange.Exactly(11), Reports), Killed(Officers.Id, CasualtyRange.Exactly(12), Reports)] },
            "/casualties/2/range", ValidationSeverity.Error, "\"range\": {",
            i => i with { Actors = [.. i.Actors, Officers], Casualties = [Killed(null, CasualtyRange.Exactly(11), Reports), Killed(Army, CasualtyRange.Exactly(11), Reports), Killed(Officers.Id, CasualtyRange.Exactly(4), Reports)] },
            After: "\"party\": \"officers\""),
        new("one source, the same fact twice", ValidationCodes.DuplicateAttribution,
            i => i with { Casualties = [i.Casualties[0], i.Casualties[0] with { Range = CasualtyRange.Exactly(12) }] }, "/casualties/1/attributions/0/source", ValidationSeverity.Warning, "\"source\": \"media-reports\"",
            i => i with { Casualties = [i.Casualties[0], i.Casualties[0] with { Kind = CasualtyKind.Wounded }] },
            After: "\"best\": 12"),
        new("a figure of a phase that does not exist", ValidationCodes.UnknownPhase,
            i => i with { Phases = [new IncidentPhase { Id = new PhaseId("gate"), Name = "Gate" }], Casualties = [i.Casualties[0] with { Phase = new PhaseId("gait") }] },
            "/casualties/0/phase", ValidationSeverity.Error, "\"phase\": \"gait\"",
            i => i with { Phases = [new IncidentPhase { Id = new PhaseId("gate"), Name = "Gate" }], Casualties = [i.Casualties[0] with { Phase = new PhaseId("gate") }] }),
        new("two phases with one id", ValidationCodes.DuplicatePhaseId,
            i => i with { Phases = [new IncidentPhase { Id = new PhaseId("gate"), Name = "Gate" }, new IncidentPhase { Id = new PhaseId("gate"), Name = "Barracks" }] },
            "/phases/1/id", ValidationSeverity.Error, "\"id\": \"gate\"",
            i => i with { Phases = [new IncidentPhase { Id = new PhaseId("gate"), Name = "Gate" }, new IncidentPhase { Id = new PhaseId("barracks"), Name = "Barracks" }] },
            After: "\"name\": \"Gate\""),
        new("an incident part of itself", ValidationCodes.RelatedToItself,
            i => i with { Related = [new RelatedIncident(i.Id, IncidentRelation.PartOf)] },
            "/related/0/incident", ValidationSeverity.Error, "\"incident\": \"2022-01-20-iq-baghdad-barracks-raid\"",
            i => i with { Related = [new RelatedIncident(new IncidentId("2022-01-20-iq-baghdad-barracks-raids"), IncidentRelation.PartOf)] }),
        new("a revision of a figure that does not exist", ValidationCodes.UnknownFigure,
            i => i with { Casualties = [i.Casualties[0] with { Id = First }, i.Casualties[0] with { Range = CasualtyRange.Exactly(12), Revises = new FigureId("firts") }] },
            "/casualties/1/revises", ValidationSeverity.Error, "\"revises\": \"firts\"",
            i => i with { Casualties = [i.Casualties[0] with { Id = First }, i.Casualties[0] with { Range = CasualtyRange.Exactly(12), Revises = First }] }),
        new("two figures with one id", ValidationCodes.DuplicateFigureId,
            i => i with { Casualties = [i.Casualties[0] with { Id = First }, i.Casualties[0] with { Id = First, Kind = CasualtyKind.Wounded }] },
            "/casualties/1/id", ValidationSeverity.Error, "\"id\": \"first\"",
            i => i with { Casualties = [i.Casualties[0] with { Id = First }, i.Casualties[0] with { Id = Second, Kind = CasualtyKind.Wounded }] },
            After: "\"attributions\": ["),
        new("figures that revise each other", ValidationCodes.RevisionCycle,
            i => i with { Casualties = [i.Casualties[0] with { Id = First, Revises = Second }, i.Casualties[0] with { Id = Second, Range = CasualtyRange.Exactly(12), Revises = First }] },
            "/casualties/0/revises", ValidationSeverity.Error, "\"revises\": \"second\"",
            i => i with { Casualties = [i.Casualties[0] with { Id = First }, i.Casualties[0] with { Id = Second, Range = CasualtyRange.Exactly(12), Revises = First }] }),
        new("figure reported before the attack", ValidationCodes.FigureBeforeIncident,
            i => i with { Casualties = [i.Casualties[0] with { ReportedOn = new PartialDate(2022, 1, 19) }] }, "/casualties/0/reportedOn", ValidationSeverity.Warning, "\"reportedOn\": \"2022-01-19\"",
            i => i with { Casualties = [i.Casualties[0] with { ReportedOn = new PartialDate(2022, 1) }] }),
        new("figure reported before what it counts", ValidationCodes.ReportedBeforeOccurred,
            i => i with { Casualties = [i.Casualties[0] with { OccurredOn = new PartialDate(2022, 1, 25), ReportedOn = new PartialDate(2022, 1, 22) }] },
            "/casualties/0/reportedOn", ValidationSeverity.Error, "\"reportedOn\": \"2022-01-22\"",
            i => i with { Casualties = [i.Casualties[0] with { OccurredOn = new PartialDate(2022, 1, 25), ReportedOn = new PartialDate(2022, 1) }] }),
        new("a hand-typed code one transposition from a well-known one", ValidationCodes.UnknownCode,
            i => i with { Methods = [i.Methods[0] with { Kind = AttackMethodKind.Parse("vbeid") }] }, "/methods/0/kind", ValidationSeverity.Warning, "\"kind\": \"vbeid\"",
            i => i with { Methods = [i.Methods[0] with { Kind = AttackMethodKind.Parse("vbied") }] }),
        new("a phase dated after its incident", ValidationCodes.PhaseOutsideIncident,
            i => i with { Phases = [new IncidentPhase { Name = "Second site", Timing = new Timing { Date = new PartialDate(2022, 1, 25) } }] },
            "/phases/0/timing/date", ValidationSeverity.Error, "\"date\": \"2022-01-25\"",
            i => i with { Phases = [new IncidentPhase { Name = "Second site", Timing = new Timing { Date = new PartialDate(2022, 1, 20) } }] }),
        new("a time of day outside its part of the day", ValidationCodes.TimeOutsidePartOfDay,
            i => i with { Timing = i.Timing with { PartOfDay = DayPart.Evening } }, "/timing/timeOfDay", ValidationSeverity.Warning, "\"timeOfDay\": \"~03:00\"",
            i => i with { Timing = i.Timing with { PartOfDay = DayPart.LateNight } }),
        new("a date window that ends before it begins", ValidationCodes.WindowEndsBeforeStart,
            i => i with { Timing = i.Timing with { NotAfter = new PartialDate(2022, 1, 19) } }, "/timing/notAfter", ValidationSeverity.Error, "\"notAfter\": \"2022-01-19\"",
            i => i with { Timing = i.Timing with { NotAfter = new PartialDate(2022, 1, 22) } }),
        new("a campaign last seen before it was first seen", ValidationCodes.CampaignEndsBeforeStart,
            i => i with { Campaigns = [new Campaign { Name = "Breaking the Walls", FirstSeen = new PartialDate(2013, 7), LastSeen = new PartialDate(2012, 7) }] },
            "/campaigns/0/lastSeen", ValidationSeverity.Error, "\"lastSeen\": \"2012-07\"",
            i => i with { Campaigns = [new Campaign { Name = "Breaking the Walls", FirstSeen = new PartialDate(2012, 7), LastSeen = new PartialDate(2023) }] }),
        new("an incident after its campaign", ValidationCodes.IncidentOutsideCampaign,
            i => i with { Campaigns = [new Campaign { Name = "Breaking the Walls", FirstSeen = new PartialDate(2012, 7), LastSeen = new PartialDate(2013, 7) }] },
            "/campaigns/0/lastSeen", ValidationSeverity.Warning, "\"lastSeen\": \"2013-07\"",
            i => i with { Campaigns = [new Campaign { Name = "Breaking the Walls", FirstSeen = new PartialDate(2012, 7), LastSeen = new PartialDate(2022) }] }),
        new("two groups claim it", ValidationCodes.CompetingClaims,
            i => i with { Claims = [i.Claims[0], i.Claims[0] with { Claimant = Army }] }, "/claims/1/claimant", ValidationSeverity.Warning, "\"claimant\": \"iraqi-army\"",
            i => i with { Claims = [i.Claims[0], i.Claims[0] with { Modes = [ClaimMode.Video] }] }),
        new("responsibility without claimant", ValidationCodes.ClaimWithoutClaimant,
            i => i with { Claims = [i.Claims[0] with { Claimant = null }] }, "/claims/0", ValidationSeverity.Error, "{",
            i => i with { Claims = [i.Claims[0] with { Claimant = null, Kind = ClaimKind.StatementOfFact }] },
            After: "\"claims\": ["),
        new("title over the limit", ValidationCodes.TextTooLong,
            i => i with { Title = new string('t', 301) }, "/title", ValidationSeverity.Warning, "\"title\": \"ttt",
            i => i with { Title = new string('t', 300) }),
    ];

    /// <summary>A zone from another provider, with an id TZDB does not have.</summary>
    private sealed class NotInTzdb() : DateTimeZone("Mars/Olympus_Mons", true, Offset.FromHours(3), Offset.FromHours(3))
    {
        public override ZoneInterval GetZoneInterval(Instant instant) => new("MOT", null, null, Offset.FromHours(3), Offset.Zero);
    }
}
