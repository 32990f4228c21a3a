using NodaTime;

namespace Incidents.Core.Tests.Realism;

/// <summary>
/// The attacks of 11 September 2001. Patterns: four hijacked aircraft striking three sites and crashing at a fourth,
/// each at its own time within about 80 minutes; a leader claiming the attacks in a video broadcast three years later,
/// through a television channel, judged authentic by officials.
/// </summary>
/// <remarks>
/// Facts as reported: CBC (29 October 2004): "19 suicide hijackers took over four American passenger jets"; Osama bin
/// Laden, "for the first time claiming direct responsibility" in a message "played on Qatar-based Al-Jazeera". RFE/RL
/// (29 October 2004): "Bin Laden claimed responsibility for the attacks saying, 'we decided to destroy the towers in
/// America.'" NBC News (29 October 2004): "U.S. officials … told NBC News that the message was authentic"; the attacks
/// "killed almost 3,000 people". The times of the four crashes — 08:46 and 09:03 at the World Trade Center, 09:37 at
/// the Pentagon, 10:03 near Shanksville — are those of the 9/11 Commission Report (2004).
/// </remarks>
public sealed class SeptemberElevenTests
{
    private static readonly ActorId AlQaeda = new("al-qaeda");
    private static readonly ActorId BinLaden = new("osama-bin-laden");
    private static readonly ActorId AlJazeera = new("al-jazeera");
    private static readonly ActorId Victims = new("victims");
    private static readonly SourceId Cbc = new("cbc-2004-10-29");
    private static readonly SourceId Rferl = new("rferl-2004-10-29");
    private static readonly SourceId Nbc = new("nbc-2004-10-29");
    private static readonly SourceId Commission = new("9-11-commission-report");
    private static readonly DateTimeZone Eastern = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static IncidentPhase Crash(string id, string name, string admin1, string place, string time) => new()
    {
        Id = new PhaseId(id),
        Name = name,
        Methods = [AttackMethodKind.Hijacking],
        Location = new Location { Precision = LocationPrecision.Site, Country = new CountryCode("US"), Admin1 = admin1, Place = place },
        Timing = new Timing { Date = new PartialDate(2001, 9, 11), TimeOfDay = ApproximateTime.Parse(time), Zone = Eastern },
    };

    internal static Incident Attacks { get; } = new()
    {
        Id = new IncidentId("us-2001-09-11"),
        Title = "Hijacked airliners flown into the World Trade Center and the Pentagon",
        Timing = new Timing
        {
            Date = new PartialDate(2001, 9, 11), TimeOfDay = ApproximateTime.Parse("08:46"), EndTimeOfDay = ApproximateTime.Parse("10:03"),
            PartOfDay = DayPart.Morning, Zone = Eastern,
        },
        Location = new Location { Precision = LocationPrecision.Country, Country = new CountryCode("US") },
        Methods = [new AttackMethod { Kind = AttackMethodKind.Hijacking, Count = 4, IsSuicide = true, Target = "four American passenger jets" }],
        Phases =
        [
            Crash("wtc-north", "World Trade Center, North Tower", "New York", "New York City", "08:46"),
            Crash("wtc-south", "World Trade Center, South Tower", "New York", "New York City", "09:03"),
            Crash("pentagon", "The Pentagon", "Virginia", "Arlington", "09:37"),
            Crash("shanksville", "Crash near Shanksville", "Pennsylvania", "Shanksville", "10:03"),
        ],
        Actors =
        [
            new Actor { Id = AlQaeda, Name = "al-Qaeda", Kind = ActorKind.NonStateArmedGroup },
            new Actor { Id = BinLaden, Name = "Osama bin Laden", Kind = ActorKind.Individual, AffiliatedWith = AlQaeda, Description = "al-Qaeda's leader" },
            new Actor { Id = AlJazeera, Name = "Al Jazeera", Kind = ActorKind.MediaOutlet },
            new Actor { Id = Victims, Name = "people on the aircraft and at the sites", Kind = ActorKind.Civilians },
        ],
        Parties =
        [
            new Party { Actor = AlQaeda, Role = PartyRole.Perpetrator, Attribution = AttributionCertainty.Claimed },
            new Party { Actor = Victims, Role = PartyRole.Victim },
        ],
        Casualties =
        [
            new CasualtyFigure { Party = Victims, Kind = CasualtyKind.Killed, Range = CasualtyRange.Parse("almost 3,000"), Wording = "almost 3,000", Attributions = [new SourceAttribution(Nbc, SourceStance.Independent)] },
            new CasualtyFigure { Party = AlQaeda, Kind = CasualtyKind.Participants, Range = CasualtyRange.Parse("nineteen"), Wording = "19 suicide hijackers", Attributions = [new SourceAttribution(Cbc, SourceStance.Independent)] },
        ],
        Claims =
        [
            new Claim
            {
                Kind = ClaimKind.Responsibility, Claimant = AlQaeda, Speaker = BinLaden, Outlet = AlJazeera, Modes = [ClaimMode.Video], Date = new PartialDate(2004, 10, 29),
                Quote = "we decided to destroy the towers in America", Language = "en", Verification = ClaimVerification.Corroborated, Sources = [Rferl, Cbc, Nbc],
            },
        ],
        Sources =
        [
            new Source { Id = Cbc, Name = "CBC News", Kind = SourceKind.NewsMedia, Title = "Bin Laden claims responsibility for 9/11", PublishedOn = new PartialDate(2004, 10, 29) },
            new Source { Id = Rferl, Name = "Radio Free Europe/Radio Liberty", Kind = SourceKind.NewsMedia, Title = "Al-Jazeera Broadcasts New Bin Laden Tape", PublishedOn = new PartialDate(2004, 10, 29) },
            new Source { Id = Nbc, Name = "NBC News", Kind = SourceKind.NewsMedia, PublishedOn = new PartialDate(2004, 10, 29) },
            new Source { Id = Commission, Name = "National Commission on Terrorist Attacks Upon the United States", Kind = SourceKind.Government, Title = "The 9/11 Commission Report", PublishedOn = new PartialDate(2004, 7) },
        ],
        Metadata = RealIncident.Metadata,
    };

    [Fact]
    public void EveryFact_IsInItsTypedField_AfterTheJsonRoundTrip()
    {
        Incident read = RealIncident.RoundTrip(Attacks);

        read.Phases.Select(p => (p.Id!.Value.Value, p.Timing!.TimeOfDay!.Value.ToString())).Should().Equal(
            ("wtc-north", "08:46"), ("wtc-south", "09:03"), ("pentagon", "09:37"), ("shanksville", "10:03"));
        read.Claims.Single().Should().Match<Claim>(c => c.Claimant == AlQaeda && c.Speaker == BinLaden && c.Outlet == AlJazeera
            && c.Modes.Single() == ClaimMode.Video && c.Date == new PartialDate(2004, 10, 29) && c.Verification == ClaimVerification.Corroborated);
        read.Casualties[0].Range.Should().Be(CasualtyRange.Approximately(3000));
        read.Casualties[1].Range.Should().Be(CasualtyRange.Exactly(19));
    }

    [Fact]
    public void TheValidator_FindsNothing_AndEveryCrashLiesInTheMorning()
    {
        RealIncident.Validate(Attacks);
        Attacks.Phases.Should().OnlyContain(p => DayParts.Contains(DayPart.Morning, p.Timing!.TimeOfDay!.Value.Time));
    }
}
