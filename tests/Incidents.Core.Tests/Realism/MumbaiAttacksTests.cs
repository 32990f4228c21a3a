using NodaTime;

namespace Incidents.Core.Tests.Realism;

/// <summary>
/// The Mumbai attacks of 26–29 November 2008. Patterns: an operation at several sites beginning at night and lasting
/// "60 hours" (a duration in words), per-site tolls, perpetrators killed and one captured, grenades among the
/// methods.
/// </summary>
/// <remarks>
/// Facts as reported: Outlook India (26 November 2020): "on the night of November 26, 2008, ten Pakistan-based
/// terrorists launched a coordinated shooting and bombing attacks in Mumbai … killing 166 people and injuring over 300";
/// "Lashkar-e-Taiba terrorists"; "They used automatic weapons and grenades"; "nine terrorists were killed in the
/// four-day operation …, the lone terrorist Ajmal Kasab was captured alive"; the Chhatrapati Shivaji Terminus attack
/// "At around 9.20 pm … leaving 58 people dead"; at Leopold Cafe "At around 9.40 pm … killing 10". The Independent,
/// "Mumbai: Sixty hours of terror and chaos": "for the next 60 hours". Mid-day (25 November 2022): hostages at the Taj,
/// the Trident and Nariman House.
/// </remarks>
public sealed class MumbaiAttacksTests
{
    private static readonly ActorId Let = new("lashkar-e-taiba");
    private static readonly ActorId Kasab = new("ajmal-kasab");
    private static readonly ActorId Victims = new("victims");
    private static readonly SourceId Outlook = new("outlook-2020-11-26");
    private static readonly SourceId Independent = new("independent-2008-11-30");
    private static readonly DateTimeZone Kolkata = DateTimeZoneProviders.Tzdb["Asia/Kolkata"];

    private static IncidentPhase Site(string facility, string? time, params AttackMethodKind[] methods) => new()
    {
        Id = new PhaseId(facility.ToLowerInvariant().Replace(' ', '-')),
        Name = facility,
        Methods = [.. methods],
        Location = new Location { Precision = LocationPrecision.Site, Country = new CountryCode("IN"), Place = "Mumbai", Facility = facility },
        Timing = new Timing { Date = new PartialDate(2008, 11, 26), TimeOfDay = time is null ? null : ApproximateTime.Parse(time), PartOfDay = DayPart.Night, Zone = Kolkata },
    };

    private static SourceAttribution From(SourceId source) => new(source, SourceStance.Independent);

    internal static Incident Attacks { get; } = new()
    {
        Id = new IncidentId("mumbai-2008-11-26"),
        Title = "Coordinated shooting and bombing attacks in Mumbai",
        Timing = new Timing
        {
            Date = new PartialDate(2008, 11, 26), EndDate = new PartialDate(2008, 11, 29), PartOfDay = DayPart.Night, Zone = Kolkata,
            Duration = DurationEstimate.Parse("about 60 hours"), Wording = "for the next 60 hours",
        },
        Location = new Location { Precision = LocationPrecision.Settlement, Country = new CountryCode("IN"), Admin1 = "Maharashtra", Place = "Mumbai" },
        Methods =
        [
            new AttackMethod { Kind = AttackMethodKind.Shooting, Description = "automatic weapons" },
            new AttackMethod { Kind = AttackMethodKind.Grenade },
            new AttackMethod { Kind = AttackMethodKind.HostageTaking, Target = "the Taj, the Trident and Nariman House" },
        ],
        Phases =
        [
            Site("Chhatrapati Shivaji Terminus", "~21:20", AttackMethodKind.Shooting),
            Site("Leopold Cafe", "~21:40", AttackMethodKind.Shooting),
            Site("Taj Mahal Palace hotel", null, AttackMethodKind.Shooting, AttackMethodKind.Grenade, AttackMethodKind.HostageTaking),
            Site("Oberoi-Trident hotel", null, AttackMethodKind.HostageTaking),
            Site("Nariman House", null, AttackMethodKind.HostageTaking),
            Site("Cama Hospital", null, AttackMethodKind.Shooting),
        ],
        Actors =
        [
            new Actor { Id = Let, Name = "Lashkar-e-Taiba", Kind = ActorKind.NonStateArmedGroup },
            new Actor { Id = Kasab, Name = "Ajmal Kasab", Kind = ActorKind.Individual, AffiliatedWith = Let },
            new Actor { Id = Victims, Name = "people in Mumbai", Kind = ActorKind.Civilians },
        ],
        Parties =
        [
            new Party { Actor = Let, Role = PartyRole.Perpetrator, Attribution = AttributionCertainty.Confirmed, Sources = [Outlook] },
            new Party { Actor = Victims, Role = PartyRole.Victim },
        ],
        Casualties =
        [
            new CasualtyFigure { Party = Victims, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(166), Attributions = [From(Outlook)] },
            new CasualtyFigure { Party = Victims, Kind = CasualtyKind.Wounded, Range = CasualtyRange.Parse("over 300"), Wording = "over 300", Attributions = [From(Outlook)] },
            new CasualtyFigure { Party = Victims, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(58), Scope = CasualtyScope.Event, Phase = new PhaseId("chhatrapati-shivaji-terminus"), Attributions = [From(Outlook)] },
            new CasualtyFigure { Party = Victims, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(10), Scope = CasualtyScope.Event, Phase = new PhaseId("leopold-cafe"), Attributions = [From(Outlook)] },
            new CasualtyFigure { Party = Let, Kind = CasualtyKind.Killed, Range = CasualtyRange.Parse("nine"), Wording = "nine terrorists were killed", Attributions = [From(Outlook)] },
            new CasualtyFigure { Party = Kasab, Kind = CasualtyKind.Captured, Range = CasualtyRange.Exactly(1), Wording = "captured alive", Attributions = [From(Outlook)] },
        ],
        Sources =
        [
            new Source { Id = Outlook, Name = "Outlook India", Kind = SourceKind.NewsMedia, Title = "Mumbai Terror Attacks: What Happened On 26/11", PublishedOn = new PartialDate(2020, 11, 26) },
            new Source { Id = Independent, Name = "The Independent", Kind = SourceKind.NewsMedia, Title = "Mumbai: Sixty hours of terror and chaos", PublishedOn = new PartialDate(2008, 11) },
        ],
        Metadata = RealIncident.Metadata,
    };

    [Fact]
    public void EveryFact_IsInItsTypedField_AfterTheJsonRoundTrip()
    {
        Incident read = RealIncident.RoundTrip(Attacks);

        read.Timing.Duration.Should().Be(new DurationEstimate(Duration.FromHours(60), Approximation.Approximate));
        read.Timing.PartOfDay.Should().Be(DayPart.Night);
        read.Phases.Should().HaveCount(6).And.OnlyContain(p => p.Location!.Place == "Mumbai");
        read.Phases[0].Timing!.TimeOfDay.Should().Be(ApproximateTime.Around(21, 20));
        read.Methods.Select(m => m.Kind).Should().Contain(AttackMethodKind.Grenade);
        read.Casualties.Single(f => f.Party == Let).Range.Should().Be(CasualtyRange.Exactly(9));
        read.Casualties.Where(f => f.Phase is not null).Select(f => (f.Phase!.Value.Value, f.Range!.Value.Best)).Should().Equal(
            ("chhatrapati-shivaji-terminus", 58), ("leopold-cafe", 10));
        read.Casualties.Single(f => f.Kind == CasualtyKind.Captured).Party.Should().Be(Kasab);
        read.Casualties.Single(f => f.Kind == CasualtyKind.Wounded).Range!.Value.Low.Should().Be(301);
    }

    [Fact]
    public void TheValidator_FindsNothing_AndTheSitesTimesLieInTheNight()
    {
        RealIncident.Validate(Attacks);
        Attacks.Phases.Where(p => p.Timing!.TimeOfDay is not null).Should().OnlyContain(p => DayParts.Contains(DayPart.Night, p.Timing!.TimeOfDay!.Value.Time));
    }
}
