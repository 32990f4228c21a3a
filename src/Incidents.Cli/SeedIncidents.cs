using Incidents.Core;
using NodaTime;

namespace Incidents.Cli;

/// <summary>
/// The two Islamic State operations of 20 January 2022 from the seed report (shared/seeds), built with the model:
/// the assault on al-Sina'a (Ghweiran) prison in Hasakah, Syria, and the night raid on an army barracks north of
/// Baghdad, Iraq. The report does not state the year; 2022 is the year in which 20 January fell on a Thursday, as the
/// report says it did.
/// </summary>
public static class SeedIncidents
{
    public static readonly IncidentId PrisonAssaultId = new("2022-01-20-sy-hasakah-prison-assault");
    public static readonly IncidentId BarracksRaidId = new("2022-01-20-iq-baghdad-barracks-raid");

    private static readonly Instant s_recorded = Instant.FromUtc(2022, 1, 24, 12, 0);

    private static readonly SourceId s_report = new("seed-report");
    private static readonly SourceId s_sohr = new("sohr");
    private static readonly SourceId s_sdfStatement = new("sdf-statement");
    private static readonly SourceId s_mediaReports = new("media-reports");
    private static readonly SourceId s_videos = new("online-videos");
    private static readonly SourceId s_amaqClaim = new("amaq-claim");

    private static readonly ActorId s_is = new("is");
    private static readonly ActorId s_prisoners = new("is-prisoners");
    private static readonly ActorId s_sdf = new("sdf");
    private static readonly ActorId s_sohrActor = new("sohr");
    private static readonly ActorId s_amaq = new("amaq");
    private static readonly ActorId s_naba = new("al-naba");
    private static readonly ActorId s_iraqiArmy = new("iraqi-army");

    public static Incident PrisonAssault { get; } = CreatePrisonAssault();

    public static Incident BarracksRaid { get; } = CreateBarracksRaid();

    public static EquatableArray<Incident> All { get; } = [PrisonAssault, BarracksRaid];

    private static Actor IslamicState => new()
    {
        Id = s_is,
        Name = "Islamic State",
        Kind = ActorKind.NonStateArmedGroup,
        Aliases = ["IS", "ISIS", "Daesh"],
    };

    private static Source AnalystReport => new()
    {
        Id = s_report,
        Name = "Analyst report on the Islamic State operations of 20 January",
        Kind = SourceKind.AnalystReport,
    };

    private static Source MediaReports => new()
    {
        Id = s_mediaReports,
        Name = "Media reports (unnamed)",
        Kind = SourceKind.NewsMedia,
    };

    /// <summary>Builds the prison assault anew (each call returns a new, equal instance).</summary>
    public static Incident CreatePrisonAssault() => new()
    {
        Id = PrisonAssaultId,
        Title = "Islamic State assault on al-Sina'a prison, Hasakah",
        Summary = "Two VBIEDs struck the outer walls of al-Sina'a prison, the largest detention facility for IS prisoners; "
            + "dozens of IS militants then laid siege to it while prisoners rioted inside. The firefight went on for almost "
            + "24 hours; a number of prisoners escaped and some were recaptured.",
        Timing = new Timing
        {
            Date = new PartialDate(2022, 1, 20),
            Zone = DateTimeZoneProviders.Tzdb["Asia/Damascus"],
            Duration = new DurationEstimate(Duration.FromHours(24), Approximation.Approximate),
            Wording = "Thursday, January 20th; gunfire heard almost 24 hours after the attack began",
        },
        Location = new Location
        {
            Precision = LocationPrecision.Site,
            Country = new CountryCode("SY"),
            Admin1 = "al-Hasakah",
            Place = "Hasakah",
            Facility = "al-Sina'a prison",
            AlternativeNames = ["Ghweiran prison"],
            Description = "northeastern Syria; run and defended by the SDF",
        },
        Methods =
        [
            new AttackMethod { Kind = AttackMethodKind.VehicleBorneIed, Count = 2, Target = "the outside walls of the prison" },
            new AttackMethod { Kind = AttackMethodKind.Siege, Target = "the prison", Description = "dozens of IS militants laid siege to the facility" },
            new AttackMethod { Kind = AttackMethodKind.Riot, Description = "IS prisoners rioted inside at the same time" },
            new AttackMethod { Kind = AttackMethodKind.PrisonBreak, Description = "a number of imprisoned IS fighters escaped" },
        ],
        Phases =
        [
            new IncidentPhase { Name = "VBIED detonations", Methods = [AttackMethodKind.VehicleBorneIed], Actors = [s_is] },
            new IncidentPhase { Name = "Siege and firefight", Methods = [AttackMethodKind.Siege], Actors = [s_is, s_sdf] },
            new IncidentPhase { Name = "Riot inside", Methods = [AttackMethodKind.Riot], Actors = [s_prisoners] },
            new IncidentPhase { Name = "Escapes", Methods = [AttackMethodKind.PrisonBreak], Actors = [s_prisoners] },
            new IncidentPhase { Name = "Recaptures", Description = "the SDF caught escapees", Actors = [s_sdf] },
        ],
        Actors =
        [
            IslamicState,
            new Actor { Id = s_prisoners, Name = "IS prisoners", Kind = ActorKind.Detainees, AffiliatedWith = s_is },
            new Actor
            {
                Id = s_sdf,
                Name = "Syrian Democratic Forces",
                Kind = ActorKind.NonStateArmedGroup,
                Aliases = ["SDF"],
                Description = "a US-backed Kurdish militia",
            },
            new Actor { Id = s_sohrActor, Name = "Syrian Observatory for Human Rights", Kind = ActorKind.MonitoringGroup, Aliases = ["SOHR"] },
            new Actor { Id = s_amaq, Name = "Amaq News Agency", Kind = ActorKind.MediaOutlet, AffiliatedWith = s_is, Description = "the Islamic State's official media organ" },
            new Actor { Id = s_naba, Name = "al-Naba", Kind = ActorKind.MediaOutlet, AffiliatedWith = s_is, Description = "the Islamic State's weekly newsletter, usually released on Thursdays" },
        ],
        Parties =
        [
            new Party { Actor = s_is, Role = PartyRole.Perpetrator, Attribution = AttributionCertainty.Claimed },
            new Party { Actor = s_prisoners, Role = PartyRole.Perpetrator, Description = "rioted inside the prison; some escaped" },
            new Party { Actor = s_sdf, Role = PartyRole.Defender, Description = "runs and defends the prison" },
            new Party { Actor = s_is, Role = PartyRole.Claimant },
            new Party { Actor = s_sohrActor, Role = PartyRole.ReportingSource },
        ],
        Casualties =
        [
            Figure(s_prisoners, CasualtyKind.Held, CasualtyRange.Approximately(3500), "estimated to house 3,500", "IS prisoners held in the prison", s_report, SourceStance.Independent),
            Figure(s_is, CasualtyKind.Participants, CasualtyRange.Between(24, 99), "dozens", "IS militants who laid siege", s_report, SourceStance.Independent),
            Figure(s_is, CasualtyKind.Killed, CasualtyRange.Exactly(39), "39", "IS gunmen", s_sohr, SourceStance.Independent),
            Figure(s_sdf, CasualtyKind.Killed, CasualtyRange.Exactly(35), "35", "SDF personnel", s_sohr, SourceStance.Independent),
            Figure(s_prisoners, CasualtyKind.Escaped, CasualtyRange.AtLeast(2), "a number of", "imprisoned IS fighters who escaped", s_mediaReports, SourceStance.Independent),
            Figure(s_prisoners, CasualtyKind.Recaptured, CasualtyRange.AtLeast(1), "some", "escapees seen being recaptured in videos", s_videos, SourceStance.Unknown),
            Figure(s_prisoners, CasualtyKind.Recaptured, CasualtyRange.Exactly(89), "89 of the escapees in total", "escapees caught by the SDF", s_sdfStatement, SourceStance.PartyToConflict),
        ],
        Claims =
        [
            new Claim
            {
                Kind = ClaimKind.Responsibility,
                Claimant = s_is,
                Outlet = s_amaq,
                Modes = [ClaimMode.Statement],
                Date = new PartialDate(2022, 1, 21),
                Quote = "Islamic State fighters launched a broad offensive on the Ghweiran prison in al-Hasakah governorate, "
                    + "aiming to free the prisoners inside … clashes have been ongoing",
                Language = "en",
                Sources = [s_amaqClaim, s_report],
            },
            new Claim
            {
                Kind = ClaimKind.StatementOfFact,
                Claimant = s_sdf,
                Modes = [ClaimMode.Statement],
                Sources = [s_sdfStatement],
                Note = "the SDF said it had caught 89 of the escapees in total",
            },
            new Claim
            {
                Kind = ClaimKind.Omission,
                Claimant = s_is,
                Outlet = s_naba,
                Sources = [s_report],
                Note = "the weekly issue was not released on Thursday as usual, and the issue eventually released did not mention the prison attack",
            },
        ],
        Sources =
        [
            AnalystReport,
            new Source { Id = s_sohr, Name = "Syrian Observatory for Human Rights", Kind = SourceKind.MonitoringGroup, Originator = s_sohrActor },
            new Source { Id = s_sdfStatement, Name = "SDF statement", Kind = SourceKind.PartyStatement, Originator = s_sdf },
            MediaReports,
            new Source { Id = s_videos, Name = "Videos posted online", Kind = SourceKind.SocialMedia },
            new Source { Id = s_amaqClaim, Name = "Amaq News Agency claim", Kind = SourceKind.GroupMedia, Originator = s_amaq, PublishedOn = new PartialDate(2022, 1, 21) },
        ],
        Campaigns =
        [
            new Campaign
            {
                Name = "Breaking the Walls",
                Description = "The Islamic State's formally promoted strategy of assaulting prisons and inciting riots; global in scope, with attempts in the Sahel, Southeast Asia and Central Asia.",
                Objective = "Free prisoners to bolster the group's ranks and provide propaganda victories",
            },
        ],
        Related = [new RelatedIncident(BarracksRaidId, IncidentRelation.Related)],
        Metadata = new RecordMetadata { Created = s_recorded, Modified = s_recorded },
    };

    /// <summary>Builds the barracks raid anew (each call returns a new, equal instance).</summary>
    public static Incident CreateBarracksRaid() => new()
    {
        Id = BarracksRaidId,
        Title = "Islamic State night raid on an army barracks north of Baghdad",
        Summary = "IS gunmen entered an army barracks north of Baghdad around 3 a.m. and shot Iraqi soldiers as they slept, killing 11.",
        Timing = new Timing
        {
            Date = new PartialDate(2022, 1, 20),
            TimeOfDay = ApproximateTime.Around(3),
            Zone = DateTimeZoneProviders.Tzdb["Asia/Baghdad"],
            Wording = "Thursday, around 3 a.m. local time",
        },
        Location = new Location
        {
            Precision = LocationPrecision.Area,
            Country = new CountryCode("IQ"),
            Facility = "army barracks",
            Description = "north of Baghdad",
        },
        Methods =
        [
            new AttackMethod { Kind = AttackMethodKind.Raid, Target = "an army barracks", Description = "a clandestine raid: IS gunmen entered the facility" },
            new AttackMethod { Kind = AttackMethodKind.Shooting, Target = "Iraqi soldiers as they slept" },
        ],
        Actors =
        [
            IslamicState,
            new Actor { Id = s_iraqiArmy, Name = "Iraqi Army", Kind = ActorKind.StateForce },
        ],
        Parties =
        [
            new Party { Actor = s_is, Role = PartyRole.Perpetrator, Attribution = AttributionCertainty.Claimed },
            new Party { Actor = s_is, Role = PartyRole.Claimant },
            new Party { Actor = s_iraqiArmy, Role = PartyRole.Target },
        ],
        Casualties =
        [
            Figure(s_iraqiArmy, CasualtyKind.Killed, CasualtyRange.Exactly(11), "killing 11", "Iraqi soldiers", s_mediaReports, SourceStance.Independent),
        ],
        Claims =
        [
            new Claim
            {
                Kind = ClaimKind.Responsibility,
                Claimant = s_is,
                Modes = [ClaimMode.Statement, ClaimMode.Photos],
                Date = new PartialDate(2022, 1, 21),
                Sources = [s_report],
                Note = "officially claimed, with photos released from the incident",
            },
        ],
        Sources = [AnalystReport, MediaReports],
        Related = [new RelatedIncident(PrisonAssaultId, IncidentRelation.Related)],
        Metadata = new RecordMetadata { Created = s_recorded, Modified = s_recorded },
    };

    private static CasualtyFigure Figure(ActorId party, CasualtyKind kind, CasualtyRange range, string wording, string description, SourceId source, SourceStance stance) => new()
    {
        Party = party,
        Kind = kind,
        Range = range,
        Wording = wording,
        Description = description,
        Attributions = [new SourceAttribution(source, stance)],
    };
}
