using NodaTime;

namespace Incidents.Core.Tests.Realism;

/// <summary>
/// The Madrid commuter-train bombings of 11 March 2004. Patterns: several sites in one operation; a toll revised over
/// the day to a final figure; a government attributing the attack to a group whose political wing denied it; a claim
/// of responsibility, in the name of al-Qaida, by a group whose earlier claims had proved spurious.
/// </summary>
/// <remarks>
/// Facts as reported: Reuters (11 March 2004): ten "rush-hour blasts" on "four packed commuter trains"; the government
/// "blamed the Basque separatist group ETA" — Interior Minister Ángel Acebes: "It is absolutely clear that the
/// terrorist organization ETA was seeking an attack with wide repercussions"; the other blasts "at El Pozo station …
/// and at Santa Eugenia". The Independent (11 March 2004): "Arnold Otegi, leader of Batasuna, … denied it was behind
/// the blasts"; "The blasts killed 173 people", said the Madrid emergency services' spokesman. The Guardian (11 March
/// 2004): "The Spanish interior ministry said there were 190 confirmed dead and more than 1,240 injured"; bombs
/// "detonated near simultaneously at 7.35am local time"; (12 March 2004) al-Quds al-Arabi "received a claim of
/// responsibility … issued by the Brigade of Abu Hafs al-Masri in the name of al-Qaida. However, the organisation has
/// made similar claims … which later proved to be spurious." The final toll, 191, as later established.
/// </remarks>
public sealed class MadridTrainBombingsTests
{
    private static readonly ActorId Eta = new("eta");
    private static readonly ActorId Batasuna = new("batasuna");
    private static readonly ActorId Otegi = new("arnaldo-otegi");
    private static readonly ActorId AbuHafs = new("abu-hafs-al-masri-brigades");
    private static readonly ActorId AlQaida = new("al-qaida");
    private static readonly ActorId AlQuds = new("al-quds-al-arabi");
    private static readonly ActorId Commuters = new("commuters");
    private static readonly SourceId Acebes = new("acebes-2004-03-11");
    private static readonly SourceId Emergency = new("samur-2004-03-11");
    private static readonly SourceId Ministry = new("interior-ministry-2004-03-11");
    private static readonly SourceId Guardian = new("guardian-2004-03-12");
    private static readonly FigureId Early = new("killed-173");
    private static readonly FigureId Confirmed = new("killed-190");

    private static IncidentPhase Station(string name) => new()
    {
        Name = $"Bombs at {name}",
        Methods = [AttackMethodKind.Ied],
        Location = new Location { Precision = LocationPrecision.Site, Country = new CountryCode("ES"), Place = "Madrid", Facility = name },
    };

    private static SourceAttribution From(SourceId source) => new(source, SourceStance.Unknown);

    internal static Incident Madrid { get; } = new()
    {
        Id = new IncidentId("madrid-2004-03-11"),
        Title = "Bombings of four commuter trains in Madrid",
        Timing = new Timing { Date = new PartialDate(2004, 3, 11), TimeOfDay = ApproximateTime.Parse("~07:35"), Zone = DateTimeZoneProviders.Tzdb["Europe/Madrid"] },
        Location = new Location { Precision = LocationPrecision.Settlement, Country = new CountryCode("ES"), Place = "Madrid" },
        Methods = [new AttackMethod { Kind = AttackMethodKind.Ied, Count = 10, Target = "four commuter trains" }],
        Phases = [Station("Atocha"), Station("El Pozo"), Station("Santa Eugenia")],
        Actors =
        [
            new Actor { Id = Eta, Name = "ETA", Kind = ActorKind.NonStateArmedGroup },
            new Actor { Id = Batasuna, Name = "Batasuna", Kind = ActorKind.PoliticalOrganization },
            new Actor { Id = Otegi, Name = "Arnaldo Otegi", Kind = ActorKind.Individual, AffiliatedWith = Batasuna },
            new Actor { Id = AbuHafs, Name = "Abu Hafs al-Masri Brigades", Kind = ActorKind.NonStateArmedGroup },
            new Actor { Id = AlQaida, Name = "al-Qaida", Kind = ActorKind.NonStateArmedGroup },
            new Actor { Id = AlQuds, Name = "al-Quds al-Arabi", Kind = ActorKind.MediaOutlet },
            new Actor { Id = Commuters, Name = "commuters", Kind = ActorKind.Civilians },
        ],
        Parties =
        [
            new Party { Actor = Eta, Role = PartyRole.Perpetrator, Attribution = AttributionCertainty.Suspected, Sources = [Acebes] },
            new Party { Actor = Commuters, Role = PartyRole.Victim },
        ],
        Casualties =
        [
            new CasualtyFigure
            {
                Id = Early, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(173), ReportedOn = new PartialDate(2004, 3, 11),
                Status = FigureStatus.Preliminary, Attributions = [From(Emergency)],
            },
            new CasualtyFigure
            {
                Id = Confirmed, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(190), ReportedOn = new PartialDate(2004, 3, 11),
                Status = FigureStatus.Revised, Revises = Early, Wording = "190 confirmed dead", Attributions = [From(Ministry)],
            },
            new CasualtyFigure { Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(191), Status = FigureStatus.Final, Revises = Confirmed },
            new CasualtyFigure
            {
                Kind = CasualtyKind.Wounded, Range = CasualtyRange.AtLeast(1241), ReportedOn = new PartialDate(2004, 3, 11), Wording = "more than 1,240 injured",
                Attributions = [From(Ministry)],
            },
        ],
        Claims =
        [
            new Claim { Kind = ClaimKind.Denial, Claimant = Batasuna, Speaker = Otegi, Named = [Eta], Date = new PartialDate(2004, 3, 11), Sources = [Guardian] },
            new Claim
            {
                Kind = ClaimKind.Responsibility, Claimant = AbuHafs, Outlet = AlQuds, Named = [AlQaida], Modes = [ClaimMode.Letter], Date = new PartialDate(2004, 3, 11),
                Verification = ClaimVerification.Contested, Note = "in the name of al-Qaida; the group's earlier claims proved spurious", Sources = [Guardian],
            },
        ],
        Sources =
        [
            new Source { Id = Acebes, Name = "Ángel Acebes, Interior Minister", Kind = SourceKind.Government, PublishedOn = new PartialDate(2004, 3, 11) },
            new Source { Id = Emergency, Name = "Madrid emergency medical services", Kind = SourceKind.Government, PublishedOn = new PartialDate(2004, 3, 11) },
            new Source { Id = Ministry, Name = "Spanish interior ministry", Kind = SourceKind.Government, PublishedOn = new PartialDate(2004, 3, 11) },
            new Source { Id = Guardian, Name = "The Guardian", Kind = SourceKind.NewsMedia, Title = "Massacre in Madrid", PublishedOn = new PartialDate(2004, 3, 12) },
        ],
        Metadata = RealIncident.Metadata,
    };

    [Fact]
    public void EveryFact_IsInItsTypedField_AfterTheJsonRoundTrip()
    {
        Incident read = RealIncident.RoundTrip(Madrid);

        read.Phases.Select(p => p.Location!.Facility).Should().Equal("Atocha", "El Pozo", "Santa Eugenia");
        read.Methods[0].Count.Should().Be(10);

        // The toll: 173 (emergency services) → 190 (ministry) → 191 (final), one chain.
        read.Casualties.Where(f => f.Kind == CasualtyKind.Killed).Select(f => (f.Range!.Value.Best, f.Status, f.Revises))
            .Should().Equal((173, FigureStatus.Preliminary, (FigureId?)null), (190, FigureStatus.Revised, Early), (191, FigureStatus.Final, Confirmed));

        // The government's attribution, according to the minister; the denial names ETA, spoken by Otegi for Batasuna.
        read.Parties[0].Should().Match<Party>(p => p.Actor == Eta && p.Attribution == AttributionCertainty.Suspected && p.Sources.Single() == Acebes);
        read.Claims[0].Should().Match<Claim>(c => c.Kind == ClaimKind.Denial && c.Claimant == Batasuna && c.Speaker == Otegi && c.Named.Single() == Eta);

        // The claim in the name of another group, doubted.
        read.Claims[1].Should().Match<Claim>(c => c.Claimant == AbuHafs && c.Named.Single() == AlQaida && c.Outlet == AlQuds && c.Verification == ClaimVerification.Contested);
    }

    [Fact]
    public void TheValidator_SeesOneChainOfRevisions_NotCompetingFigures()
    {
        RealIncident.Validate(Madrid);

        // A near miss: the final figure revising a figure that does not exist.
        RealIncident.Validate(Madrid with { Casualties = [.. Madrid.Casualties.Select(f => f.Revises == Confirmed ? f with { Revises = new FigureId("killed-19") } : f)] }, "INC-CAS-003");
    }
}
