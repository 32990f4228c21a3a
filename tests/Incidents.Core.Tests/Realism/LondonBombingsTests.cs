using NodaTime;

namespace Incidents.Core.Tests.Realism;

/// <summary>
/// The London bombings of 7 July 2005. Patterns: several sites and times in one operation (three bombs on Underground
/// trains within a minute, a fourth on a bus almost an hour later), each site with its own toll, the tolls adding up
/// to the total; four named suicide bombers.
/// </summary>
/// <remarks>
/// Facts as reported: BBC News, "7 July London bombings: What happened that day?" (2015): "four suicide bombers with
/// rucksacks full of explosives attacked central London, killing 52 people"; "Three of the four bombs went off just
/// before 08:50 BST on Tube trains"; the bombers Mohammad Sidique Khan, Shehzad Tanweer, Hasib Hussain and Germaine
/// Lindsay. 9/11 Memorial &amp; Museum, "7/7 London Bombings": "killing 52 people and injuring more than 770"; between
/// Liverpool Street and Aldgate "killing seven and injuring 171" (Tanweer); at Edgware Road "killing six and injuring
/// another 163" (Khan); King's Cross – Russell Square "The blast killed 26 people"; "the final explosion taking place on
/// a double-decker bus about one hour later", in Tavistock Square, at 09:47 — 13 killed there.
/// </remarks>
public sealed class LondonBombingsTests
{
    private static readonly SourceId Bbc = new("bbc-2015-07-03");
    private static readonly SourceId Memorial = new("911-memorial");
    private static readonly ActorId Commuters = new("commuters");
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static readonly (string Phase, string Id, string Name, string Site, string Time, int Killed, int? Injured)[] Sites =
    [
        ("aldgate", "shehzad-tanweer", "Shehzad Tanweer", "Circle line train between Liverpool Street and Aldgate", "~08:50", 7, 171),
        ("edgware-road", "mohammad-sidique-khan", "Mohammad Sidique Khan", "Circle line train at Edgware Road", "~08:50", 6, 163),
        ("russell-square", "germaine-lindsay", "Germaine Lindsay", "Piccadilly line train between King's Cross and Russell Square", "~08:50", 26, null),
        ("tavistock-square", "hasib-hussain", "Hasib Hussain", "Double-decker bus in Tavistock Square", "~09:47", 13, null),
    ];

    private static SourceAttribution From(SourceId source) => new(source, SourceStance.Independent);

    internal static Incident Bombings { get; } = new()
    {
        Id = new IncidentId("london-2005-07-07"),
        Title = "Suicide bombings of three Underground trains and a bus in London",
        Timing = new Timing
        {
            Date = new PartialDate(2005, 7, 7), TimeOfDay = ApproximateTime.Parse("~08:50"), EndTimeOfDay = ApproximateTime.Parse("~09:47"), Zone = London,
        },
        Location = new Location { Precision = LocationPrecision.Settlement, Country = new CountryCode("GB"), Place = "London" },
        Methods = [new AttackMethod { Kind = AttackMethodKind.PersonBorneIed, Count = 4, IsSuicide = true, Target = "commuters on public transport" }],
        Phases =
        [
            .. Sites.Select(s => new IncidentPhase
            {
                Id = new PhaseId(s.Phase),
                Name = s.Site,
                Methods = [AttackMethodKind.PersonBorneIed],
                Actors = [new ActorId(s.Id)],
                Location = new Location { Precision = LocationPrecision.Site, Country = new CountryCode("GB"), Place = "London", Facility = s.Site },
                Timing = new Timing { Date = new PartialDate(2005, 7, 7), TimeOfDay = ApproximateTime.Parse(s.Time), Zone = London },
            }),
        ],
        Actors =
        [
            .. Sites.Select(s => new Actor { Id = new ActorId(s.Id), Name = s.Name, Kind = ActorKind.Individual }),
            new Actor { Id = Commuters, Name = "commuters", Kind = ActorKind.Civilians },
        ],
        Parties =
        [
            .. Sites.Select(s => new Party { Actor = new ActorId(s.Id), Role = PartyRole.Perpetrator, Attribution = AttributionCertainty.Confirmed, Sources = [Bbc] }),
            new Party { Actor = Commuters, Role = PartyRole.Victim },
        ],
        Casualties =
        [
            new CasualtyFigure { Party = Commuters, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(52), Attributions = [From(Bbc), From(Memorial)] },
            new CasualtyFigure { Party = Commuters, Kind = CasualtyKind.Wounded, Range = CasualtyRange.AtLeast(771), Wording = "more than 770", Attributions = [From(Memorial)] },
            .. Sites.Select(s => new CasualtyFigure
            {
                Party = Commuters, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(s.Killed), Scope = CasualtyScope.Event, Phase = new PhaseId(s.Phase),
                Attributions = [From(Memorial)],
            }),
            .. Sites.Where(s => s.Injured is not null).Select(s => new CasualtyFigure
            {
                Party = Commuters, Kind = CasualtyKind.Wounded, Range = CasualtyRange.Exactly(s.Injured!.Value), Scope = CasualtyScope.Event, Phase = new PhaseId(s.Phase),
                Attributions = [From(Memorial)],
            }),
        ],
        Sources =
        [
            new Source { Id = Bbc, Name = "BBC News", Kind = SourceKind.NewsMedia, Title = "7 July London bombings: What happened that day?", PublishedOn = new PartialDate(2015, 7) },
            new Source { Id = Memorial, Name = "9/11 Memorial & Museum", Kind = SourceKind.AnalystReport, Title = "7/7 London Bombings" },
        ],
        Metadata = RealIncident.Metadata,
    };

    [Fact]
    public void EverySite_HasItsPlaceTimeBomberAndToll_AfterTheJsonRoundTrip()
    {
        Incident read = RealIncident.RoundTrip(Bombings);

        read.Phases.Select(p => (p.Location!.Facility, p.Timing!.TimeOfDay!.Value.ToString(), p.Actors.Single().Value))
            .Should().Equal(Sites.Select(s => ((string?)s.Site, s.Time, s.Id)));
        read.Methods[0].Should().Match<AttackMethod>(m => m.Count == 4 && m.IsSuicide == true);
        read.Parties.Where(p => p.Role == PartyRole.Perpetrator).Should().HaveCount(4).And.OnlyContain(p => p.Attribution == AttributionCertainty.Confirmed);

        // Each site's toll is typed to its phase; the sites' tolls are events that add up to the total.
        read.Casualties.Where(f => f.Kind == CasualtyKind.Killed && f.Phase is not null).Select(f => (f.Phase!.Value.Value, f.Range!.Value.Best!.Value))
            .Should().Equal(Sites.Select(s => (s.Phase, s.Killed)));
        int perSite = read.Casualties.Where(f => f.Kind == CasualtyKind.Killed && f.Scope == CasualtyScope.Event).Sum(f => f.Range!.Value.Best!.Value);
        perSite.Should().Be(read.Casualties[0].Range!.Value.Best);
    }

    [Fact]
    public void TheValidator_ReadsTheSitesTollsAsEvents_AndABusBombAfterTheIncidentAsAnError()
    {
        RealIncident.Validate(Bombings);

        // The per-site tolls without their scope would be one source giving four competing totals.
        RealIncident.Validate(Bombings with { Casualties = [.. Bombings.Casualties.Select(f => f with { Scope = null })] },
            "INC-CAS-002", "INC-CAS-002", "INC-CAS-002", "INC-CAS-002", "INC-CAS-002", "INC-CAS-002");

        // A phase dated the next day lies outside the incident.
        Incident late = Bombings with { Phases = [.. Bombings.Phases.Take(3), Bombings.Phases[3] with { Timing = Bombings.Phases[3].Timing! with { Date = new PartialDate(2005, 7, 8) } }] };
        RealIncident.Validate(late, "INC-TIME-006");
    }
}
