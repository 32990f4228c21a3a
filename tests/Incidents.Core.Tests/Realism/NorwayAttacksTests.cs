using NodaTime;

namespace Incidents.Core.Tests.Realism;

/// <summary>
/// The attacks in Oslo and on Utøya of 22 July 2011. Patterns: two sites and two times in one operation (a car bomb in
/// Oslo's government quarter, a shooting on the island about two hours later); tolls revised down after bodies were
/// counted twice, and one revised up, by the same police, days apart; a perpetrator captured.
/// </summary>
/// <remarks>
/// Facts as reported: Wikinews, "Norwegian police lower death toll in massacre" (26 July 2011): police "now reporting
/// that an estimated total of 76 people were killed, rather than the 93 previously reported. Of these, 68 were in
/// Utøya and eight were from the bombing in Oslo"; "some bodies may have been counted twice"; the Oslo toll "was
/// revised upwards from seven to eight". Europe 1 (25 July 2011): the authorities said Anders Behring Breivik "a tué 86
/// personnes sur l'île", the bomb "un peu plus tôt vendredi dans l'après-midi" had killed seven. Sputnik (25 July
/// 2011): "L'auteur des attaques, Anders Behring Breivik, a été arrêté." O Estado de S. Paulo: the island attack came
/// "cerca de duas horas depois do atentado com um carro-bomba".
/// </remarks>
public sealed class NorwayAttacksTests
{
    private static readonly ActorId Breivik = new("anders-behring-breivik");
    private static readonly ActorId Victims = new("victims");
    private static readonly SourceId Police = new("norwegian-police");
    private static readonly FigureId Island86 = new("utoya-86");
    private static readonly FigureId Oslo7 = new("oslo-7");
    private static readonly FigureId Total93 = new("total-93");
    private static readonly PartialDate Day = new(2011, 7, 22);
    private static readonly DateTimeZone OsloZone = DateTimeZoneProviders.Tzdb["Europe/Oslo"];

    private static readonly PhaseId OsloSite = new("oslo");
    private static readonly PhaseId IslandSite = new("utoya");

    private static CasualtyFigure Killed(FigureId? id, int count, PhaseId? site, PartialDate reported, FigureStatus status, FigureId? revises, string? why = null) => new()
    {
        Id = id, Party = Victims, Phase = site, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(count), Scope = site is null ? null : CasualtyScope.Event,
        OccurredOn = site is null ? null : Day, ReportedOn = reported, Status = status, Revises = revises, Description = why,
        Attributions = [new SourceAttribution(Police, SourceStance.Unknown)],
    };

    internal static Incident Attacks { get; } = new()
    {
        Id = new IncidentId("norway-2011-07-22"),
        Title = "Car bomb in Oslo's government quarter and shooting on Utøya",
        Timing = new Timing { Date = Day, PartOfDay = DayPart.Afternoon, Zone = OsloZone },
        Location = new Location { Precision = LocationPrecision.Country, Country = new CountryCode("NO") },
        Methods = [new AttackMethod { Kind = AttackMethodKind.VehicleBorneIed, Count = 1 }, new AttackMethod { Kind = AttackMethodKind.Shooting }],
        Phases =
        [
            new IncidentPhase
            {
                Id = OsloSite,
                Name = "Car bomb", Methods = [AttackMethodKind.VehicleBorneIed], Actors = [Breivik],
                Location = new Location { Precision = LocationPrecision.Site, Country = new CountryCode("NO"), Place = "Oslo", Facility = "government quarter" },
                Timing = new Timing { Date = Day, PartOfDay = DayPart.Afternoon, Zone = OsloZone },
            },
            new IncidentPhase
            {
                Id = IslandSite,
                Name = "Shooting on the island", Methods = [AttackMethodKind.Shooting], Actors = [Breivik], Description = "about two hours after the car bomb",
                Location = new Location { Precision = LocationPrecision.Site, Country = new CountryCode("NO"), Place = "Utøya" },
                Timing = new Timing { Date = Day, Zone = OsloZone },
            },
        ],
        Actors =
        [
            new Actor { Id = Breivik, Name = "Anders Behring Breivik", Kind = ActorKind.Individual },
            new Actor { Id = Victims, Name = "victims in Oslo and on Utøya", Kind = ActorKind.Civilians },
        ],
        Parties =
        [
            new Party { Actor = Breivik, Role = PartyRole.Perpetrator, Attribution = AttributionCertainty.Confirmed, Sources = [Police] },
            new Party { Actor = Victims, Role = PartyRole.Victim },
        ],
        Casualties =
        [
            Killed(Island86, 86, IslandSite, new PartialDate(2011, 7, 25), FigureStatus.Preliminary, null),
            Killed(null, 68, IslandSite, new PartialDate(2011, 7, 26), FigureStatus.Revised, Island86, "some bodies may have been counted twice"),
            Killed(Oslo7, 7, OsloSite, new PartialDate(2011, 7, 25), FigureStatus.Preliminary, null),
            Killed(null, 8, OsloSite, new PartialDate(2011, 7, 26), FigureStatus.Revised, Oslo7),
            Killed(Total93, 93, null, new PartialDate(2011, 7, 25), FigureStatus.Preliminary, null),
            Killed(null, 76, null, new PartialDate(2011, 7, 26), FigureStatus.Revised, Total93),
            new CasualtyFigure { Party = Breivik, Kind = CasualtyKind.Captured, Range = CasualtyRange.Exactly(1), Attributions = [new SourceAttribution(Police, SourceStance.Unknown)] },
        ],
        Sources = [new Source { Id = Police, Name = "Norwegian police (Øystein Mæland)", Kind = SourceKind.Government, PublishedOn = new PartialDate(2011, 7, 26) }],
        Metadata = RealIncident.Metadata,
    };

    [Fact]
    public void EveryFact_IsInItsTypedField_AfterTheJsonRoundTrip()
    {
        Incident read = RealIncident.RoundTrip(Attacks);

        read.Phases.Select(p => (p.Location!.Facility ?? p.Location.Place, p.Methods.Single())).Should().Equal(
            ("government quarter", AttackMethodKind.VehicleBorneIed), ("Utøya", AttackMethodKind.Shooting));
        read.Timing.PartOfDay.Should().Be(DayPart.Afternoon);

        // The island's toll revised down, the city's up, the total down: each a chain, the current figures adding up.
        CasualtyFigure[] current = [.. read.Casualties.Where(f => f.Kind == CasualtyKind.Killed && !read.Casualties.Any(g => g.Revises is { } r && r == f.Id))];
        current.Where(f => f.Scope == CasualtyScope.Event).Sum(f => f.Range!.Value.Best!.Value).Should().Be(76);
        current.Single(f => f.Scope is null).Range!.Value.Best.Should().Be(76);
        read.Casualties.Single(f => f.Revises == Island86).Should().Match<CasualtyFigure>(f => f.Range!.Value.Best == 68 && f.Status == FigureStatus.Revised && f.Phase == IslandSite);
        read.Casualties.Single(f => f.Kind == CasualtyKind.Captured).Party.Should().Be(Breivik);
    }

    [Fact]
    public void TheValidator_ReadsThePolicesSuccessiveFigures_AsRevisions()
    {
        RealIncident.Validate(Attacks);

        // Without the links, the same source gives two island tolls (86 and 68) as of different days: still not the
        // same fact twice; with one date for both, it is.
        Incident unlinked = Attacks with { Casualties = [.. Attacks.Casualties.Select(f => f with { Id = null, Revises = null, Scope = null, Phase = null, ReportedOn = Day })] };
        RealIncident.Validate(unlinked, "INC-CAS-002", "INC-CAS-002", "INC-CAS-002", "INC-CAS-002", "INC-CAS-002");
    }
}
