using Incidents.Core.Interop.CodeMaps;
using Incidents.Core.Interop.Gtd;
using Incidents.Core.Json;
using Incidents.Core.Validation;
using NodaTime;

namespace Incidents.Core.Tests.Realism;

/// <summary>
/// The Boko Haram attacks on Baga and Doron Baga, Borno State, Nigeria, of 3–7 January 2015. Patterns: a date known only
/// within a window (the razing of Doron Baga lies between two satellite images, dated by the attacks' start and the
/// second image); tolls that compete by an order of magnitude ("as many as 2,000" against the military's 150) with the
/// government's figure disputed; a mass abduction with an unknown number released days later; a leader claiming the
/// attack in a video whose speaker the military disputes.
/// </summary>
/// <remarks>
/// Facts as reported: Associated Press (15 January 2015): "The images were taken Jan. 2 and Jan. 7, Amnesty International
/// said. Boko Haram fighters seized a military base in Baga on Jan. 3"; "last week, the human rights group noted reports
/// of as many as 2,000 dead. The Nigerian military has cited a figure of 150 dead, including slain militants." Amnesty
/// International (15 January 2015, via urnaija.com): "Other nearby towns and villages in north-eastern Borno state were
/// also targeted by the Islamists between 3 and 7 January"; Doron Baga, "also known as Doro Gowon", 2.5 km from Baga; a
/// witness: "I saw maybe around 100 killed at that time in Baga"; (via Breitbart) "Boko Haram took around 300 women and
/// kept us in a school in Baga … They released the older women, mothers and most of the children after four days".
/// DefenceWeb / Reuters (21 January 2015): "A man purporting to be Islamist Boko Haram leader Abubakar Shekau on Tuesday
/// claimed an attack on the northeastern town of Baga"; "The military says it killed the real Shekau." Deutsche Welle
/// (21 January 2015): "We killed the people of Baga. We indeed killed them, as our Lord instructed us in His Book".
/// </remarks>
public sealed class BagaMassacreTests
{
    private static readonly ActorId BokoHaram = new("boko-haram");
    private static readonly ActorId Shekau = new("abubakar-shekau");
    private static readonly ActorId Residents = new("residents");
    private static readonly ActorId Women = new("abducted-women");
    private static readonly SourceId Ap = new("ap-2015-01-15");
    private static readonly SourceId Amnesty = new("amnesty-2015-01-15");
    private static readonly SourceId Military = new("nigerian-military");
    private static readonly SourceId Reuters = new("reuters-2015-01-21");
    private static readonly SourceId Dw = new("dw-2015-01-21");
    private static readonly PhaseId BagaBase = new("baga-base");
    private static readonly PhaseId DoronBaga = new("doron-baga");
    private static readonly PartialDate Start = new(2015, 1, 3);
    private static readonly PartialDate End = new(2015, 1, 7);
    private static readonly CountryCode Nigeria = new("NG");
    private static readonly DateTimeZone Lagos = DateTimeZoneProviders.Tzdb["Africa/Lagos"];

    internal static Incident Attacks { get; } = new()
    {
        Id = new IncidentId("baga-2015-01-03"),
        Title = "Boko Haram attacks on Baga and Doron Baga",
        Timing = new Timing { Date = Start, EndDate = End, Zone = Lagos, Wording = "between 3 and 7 January" },
        Location = new Location { Precision = LocationPrecision.Settlement, Country = Nigeria, Admin1 = "Borno", Place = "Baga" },
        Methods =
        [
            new AttackMethod { Kind = AttackMethodKind.ArmedAssault, Target = "the multinational military base" },
            new AttackMethod { Kind = AttackMethodKind.Arson, Target = "homes in Baga and Doron Baga" },
            new AttackMethod { Kind = AttackMethodKind.Kidnapping, Target = "women and children" },
        ],
        Phases =
        [
            new IncidentPhase
            {
                Id = BagaBase, Name = "Seizure of the military base", Methods = [AttackMethodKind.ArmedAssault], Actors = [BokoHaram],
                Location = new Location { Precision = LocationPrecision.Site, Country = Nigeria, Admin1 = "Borno", Place = "Baga", Facility = "military base" },
                Timing = new Timing { Date = Start, Zone = Lagos },
            },
            new IncidentPhase
            {
                Id = DoronBaga, Name = "Razing of Doron Baga", Methods = [AttackMethodKind.Arson], Actors = [BokoHaram],
                Location = new Location
                {
                    Precision = LocationPrecision.Settlement, Country = Nigeria, Admin1 = "Borno", Place = "Doron Baga", AlternativeNames = ["Doro Gowon"],
                    Description = "2.5 km from Baga",
                },
                Timing = new Timing { Date = Start, NotAfter = End, Zone = Lagos, Wording = "between the satellite images of 2 and 7 January" },
            },
        ],
        Actors =
        [
            new Actor { Id = BokoHaram, Name = "Boko Haram", Kind = ActorKind.NonStateArmedGroup },
            new Actor { Id = Shekau, Name = "Abubakar Shekau", Kind = ActorKind.Individual, AffiliatedWith = BokoHaram },
            new Actor { Id = Residents, Name = "residents of Baga and Doron Baga", Kind = ActorKind.Civilians },
            new Actor { Id = Women, Name = "women and children taken from Baga", Kind = ActorKind.Civilians },
        ],
        Parties =
        [
            new Party { Actor = BokoHaram, Role = PartyRole.Perpetrator, Attribution = AttributionCertainty.Claimed, Sources = [Reuters] },
            new Party { Actor = Residents, Role = PartyRole.Victim },
            new Party { Actor = Women, Role = PartyRole.Victim },
        ],
        Casualties =
        [
            new CasualtyFigure
            {
                Kind = CasualtyKind.Killed, Range = CasualtyRange.AtMost(2000), Wording = "as many as 2,000", ReportedOn = new PartialDate(2015, 1, 9),
                Attributions = [new SourceAttribution(Amnesty, SourceStance.Independent)],
            },
            new CasualtyFigure
            {
                Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(150), Status = FigureStatus.Disputed, Description = "including slain militants",
                Attributions = [new SourceAttribution(Military, SourceStance.PartyToConflict)],
            },
            new CasualtyFigure
            {
                Party = Residents, Phase = BagaBase, Kind = CasualtyKind.Killed, Range = CasualtyRange.Approximately(100), Wording = "around 100",
                Scope = CasualtyScope.Event, OccurredOn = Start, Attributions = [new SourceAttribution(Amnesty, SourceStance.Independent)],
            },
            new CasualtyFigure
            {
                Party = Women, Kind = CasualtyKind.Kidnapped, Range = CasualtyRange.Approximately(300), Wording = "around 300",
                Attributions = [new SourceAttribution(Amnesty, SourceStance.Independent)],
            },
            new CasualtyFigure
            {
                Party = Women, Kind = CasualtyKind.Released, Scope = CasualtyScope.Event, Description = "the older women, mothers and most of the children, after four days",
                Attributions = [new SourceAttribution(Amnesty, SourceStance.Independent)],
            },
        ],
        Claims =
        [
            new Claim
            {
                Kind = ClaimKind.Responsibility, Claimant = BokoHaram, Speaker = Shekau, Modes = [ClaimMode.Video], Date = new PartialDate(2015, 1, 20),
                Quote = "We killed the people of Baga. We indeed killed them, as our Lord instructed us in His Book",
                Verification = ClaimVerification.Contested, Note = "the military says it killed the real Shekau", Sources = [Reuters, Dw],
            },
        ],
        Sources =
        [
            new Source { Id = Ap, Name = "Associated Press", Kind = SourceKind.NewsMedia, PublishedOn = new PartialDate(2015, 1, 15) },
            new Source { Id = Amnesty, Name = "Amnesty International", Kind = SourceKind.MonitoringGroup, PublishedOn = new PartialDate(2015, 1, 15) },
            new Source { Id = Military, Name = "Nigerian military", Kind = SourceKind.Government },
            new Source { Id = Reuters, Name = "Reuters", Kind = SourceKind.NewsMedia, PublishedOn = new PartialDate(2015, 1, 21) },
            new Source { Id = Dw, Name = "Deutsche Welle", Kind = SourceKind.NewsMedia, PublishedOn = new PartialDate(2015, 1, 21) },
        ],
        Metadata = RealIncident.Metadata,
    };

    [Fact]
    public void EveryFact_IsInItsTypedField_AfterTheJsonRoundTrip()
    {
        Incident read = RealIncident.RoundTrip(Attacks);

        // The incident lasted from the 3rd to the 7th; the razing of Doron Baga happened at some date within that window.
        (read.Timing.Date, read.Timing.EndDate, read.Timing.NotAfter).Should().Be((Start, End, (PartialDate?)null));
        IncidentPhase razing = read.Phases.Single(p => p.Id == DoronBaga);
        (razing.Timing!.Date, razing.Timing.NotAfter, razing.Timing.EndDate).Should().Be((Start, End, (PartialDate?)null));
        razing.Location!.AlternativeNames.Should().Equal("Doro Gowon");

        // Two tolls an order of magnitude apart, the government's disputed; each wording parses to its typed range.
        read.Casualties.Where(f => f.Kind == CasualtyKind.Killed && f.Party is null).Select(f => (f.Range, f.Status))
            .Should().Equal((CasualtyRange.AtMost(2000), null), (CasualtyRange.Exactly(150), FigureStatus.Disputed));
        read.Casualties.Where(f => f.Wording is not null).Should().OnlyContain(f => CasualtyRange.Parse(f.Wording!) == f.Range);

        // About 300 abducted; an unknown number released, an event of its own.
        read.Casualties.Single(f => f.Kind == CasualtyKind.Released).Should().Match<CasualtyFigure>(f => f.Range == null && f.Scope == CasualtyScope.Event);

        // The leader's claim by video, its speaker doubted.
        read.Claims.Single().Should().Match<Claim>(c => c.Speaker == Shekau && c.Modes.Single() == ClaimMode.Video && c.Verification == ClaimVerification.Contested);
    }

    [Fact]
    public void TheValidator_TellsTheWindowFromTheDuration()
    {
        RealIncident.Validate(Attacks);

        // A window reaching past the incident's end still holds dates within it: no issue. A window wholly after the
        // end holds none: the near miss.
        static Incident RazedWithin(PartialDate first, PartialDate last) => Attacks with
        {
            Phases = [.. Attacks.Phases.Select(p => p.Id == DoronBaga ? p with { Timing = p.Timing! with { Date = first, NotAfter = last } } : p)],
        };
        RealIncident.Validate(RazedWithin(Start, new PartialDate(2015, 1, 9)));
        RealIncident.Validate(RazedWithin(new PartialDate(2015, 1, 8), new PartialDate(2015, 1, 9)), "INC-TIME-006");
    }

    [Fact]
    public void TheGtdExport_CarriesTheDurationAndReportsTheWindowItCannotCarry()
    {
        Mapping<GtdRecord> gtd = GtdExporter.Export(Attacks);

        (gtd.Value.IYear, gtd.Value.IMonth, gtd.Value.IDay, gtd.Value.Extended, gtd.Value.Resolution).Should().Be((2015, 1, 3, true, new LocalDate(2015, 1, 7)));
        gtd.Losses.Losses.Should().ContainSingle(l => l.Subject == "/phases/1/timing").Which.Description.Should().Contain("2015-01-03 to 2015-01-07, a window");
    }
}
