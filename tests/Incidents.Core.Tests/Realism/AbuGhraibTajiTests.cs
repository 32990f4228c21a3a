using NodaTime;

namespace Incidents.Core.Tests.Realism;

/// <summary>
/// The assaults on Abu Ghraib and Taji prisons of 21 July 2013. Patterns: a campaign a year long with its identity
/// and dates ("Breaking the Walls", launched on 21 July 2012); two sites in one night, one assault succeeding and one
/// repelled (zero escapes, not unknown); the claimant's own toll, far above the others, as a disputed figure; a
/// recapture count as an event; a claim through a group's media outlet naming its operation.
/// </summary>
/// <remarks>
/// Facts as reported: Institute for the Study of War (28 July 2013): "On July 21, 2012, the emir of Al Qaeda in Iraq
/// Abu Bakr al-Baghdadi announced the start of a new campaign, which he named 'Breaking the Walls'"; the Abu Ghraib
/// attack "was the culmination". Long War Journal (23 July 2013): the ISIL "claimed credit … in a statement … released
/// … by the al-I'tissam Media Foundation"; it "named the operation the 'Invasion of Crushing the Tyrants'"; "The ISIL
/// claimed that 120 Iraqi guards and SWAT forces were killed"; "Twenty-six Iraqi policemen and 10 al Qaeda fighters
/// were killed"; "the assault on Taji was repelled"; the campaign "is also called 'Destroying the Walls'". SOFREP:
/// "On the night of July 21st", at Abu Ghraib "at least ten Iraqi Policemen" killed; at Taji the security forces "lost
/// sixteen killed" and prevented "any prisoners from escaping"; "108 prisoners have been recaptured", said the Justice
/// Ministry's spokesman. Al Jazeera America (22 July 2013): "The number of escaped inmates has reached 500", Hakim
/// al-Zamili told Reuters.
/// </remarks>
public sealed class AbuGhraibTajiTests
{
    private static readonly ActorId Isil = new("isil");
    private static readonly ActorId Itisam = new("al-itisam");
    private static readonly ActorId Police = new("iraqi-police");
    private static readonly ActorId Prisoners = new("prisoners");
    private static readonly PhaseId AbuGhraib = new("abu-ghraib");
    private static readonly PhaseId Taji = new("taji");
    private static readonly SourceId Lwj = new("lwj-2013-07-23");
    private static readonly SourceId Sofrep = new("sofrep-2013-07");
    private static readonly SourceId Zamili = new("zamili-2013-07-22");
    private static readonly SourceId IsilStatement = new("isil-statement-2013-07-23");
    private static readonly PartialDate Night = new(2013, 7, 21);

    private static IncidentPhase Assault(PhaseId id, string prison, string place, string? description) => new()
    {
        Id = id,
        Name = $"Assault on {prison}",
        Description = description,
        Methods = [AttackMethodKind.SuicideVehicleBorneIed, AttackMethodKind.IndirectFire, AttackMethodKind.PrisonBreak],
        Location = new Location { Precision = LocationPrecision.Site, Country = new CountryCode("IQ"), Admin1 = "Baghdad", Place = place, Facility = prison },
        Timing = new Timing { Date = Night, PartOfDay = DayPart.Night, Zone = DateTimeZoneProviders.Tzdb["Asia/Baghdad"] },
    };

    private static SourceAttribution From(SourceId source, SourceStance stance = SourceStance.Independent) => new(source, stance);

    internal static Incident Assaults { get; } = new()
    {
        Id = new IncidentId("iq-2013-07-21-abu-ghraib-taji"),
        Title = "Assaults on Abu Ghraib and Taji prisons",
        Timing = new Timing { Date = Night, EndDate = new PartialDate(2013, 7, 22), PartOfDay = DayPart.Night, Zone = DateTimeZoneProviders.Tzdb["Asia/Baghdad"] },
        Location = new Location { Precision = LocationPrecision.FirstOrderArea, Country = new CountryCode("IQ"), Admin1 = "Baghdad" },
        Methods =
        [
            new AttackMethod { Kind = AttackMethodKind.SuicideVehicleBorneIed },
            new AttackMethod { Kind = AttackMethodKind.IndirectFire, Description = "mortar fire" },
            new AttackMethod { Kind = AttackMethodKind.PrisonBreak },
        ],
        Phases = [Assault(AbuGhraib, "Abu Ghraib prison", "Abu Ghraib", null), Assault(Taji, "Taji prison", "Taji", "the assault was repelled")],
        Actors =
        [
            new Actor { Id = Isil, Name = "Islamic State of Iraq and the Levant", Kind = ActorKind.NonStateArmedGroup, Aliases = ["Al Qaeda in Iraq"] },
            new Actor { Id = Itisam, Name = "al-I'tissam Media Foundation", Kind = ActorKind.MediaOutlet, AffiliatedWith = Isil },
            new Actor { Id = Police, Name = "Iraqi police", Kind = ActorKind.StateForce },
            new Actor { Id = Prisoners, Name = "prisoners", Kind = ActorKind.Detainees },
        ],
        Parties =
        [
            new Party { Actor = Isil, Role = PartyRole.Perpetrator, Attribution = AttributionCertainty.Claimed, Sources = [IsilStatement] },
            new Party { Actor = Police, Role = PartyRole.Defender },
        ],
        Casualties =
        [
            new CasualtyFigure { Party = Prisoners, Phase = AbuGhraib, Kind = CasualtyKind.Escaped, Range = CasualtyRange.AtLeast(500), Scope = CasualtyScope.Event, Wording = "The number of escaped inmates has reached 500", Attributions = [From(Zamili)] },
            new CasualtyFigure { Party = Prisoners, Phase = Taji, Kind = CasualtyKind.Escaped, Range = CasualtyRange.Exactly(0), Scope = CasualtyScope.Event, Wording = "prevent any prisoners from escaping", Attributions = [From(Sofrep)] },
            new CasualtyFigure { Party = Prisoners, Kind = CasualtyKind.Recaptured, Range = CasualtyRange.Exactly(108), Scope = CasualtyScope.Event, Attributions = [From(Sofrep)] },
            new CasualtyFigure { Party = Police, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(26), Attributions = [From(Lwj)] },
            new CasualtyFigure { Party = Police, Phase = AbuGhraib, Kind = CasualtyKind.Killed, Range = CasualtyRange.AtLeast(10), Scope = CasualtyScope.Event, Attributions = [From(Sofrep)] },
            new CasualtyFigure { Party = Police, Phase = Taji, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(16), Scope = CasualtyScope.Event, Attributions = [From(Sofrep)] },
            new CasualtyFigure { Party = Police, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(120), Status = FigureStatus.Disputed, Wording = "120 Iraqi guards and SWAT forces were killed", Attributions = [From(IsilStatement, SourceStance.PartyToConflict)] },
            new CasualtyFigure { Party = Isil, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(10), Attributions = [From(Lwj)] },
        ],
        Claims =
        [
            new Claim
            {
                Kind = ClaimKind.Responsibility, Claimant = Isil, Outlet = Itisam, Modes = [ClaimMode.Statement], Date = new PartialDate(2013, 7, 23),
                Subject = "the operation it named the Invasion of Crushing the Tyrants", Sources = [Lwj],
            },
        ],
        Sources =
        [
            new Source { Id = Lwj, Name = "Long War Journal", Kind = SourceKind.AnalystReport, Title = "Islamic State of Iraq and the Levant claims credit for prison break", PublishedOn = new PartialDate(2013, 7, 23) },
            new Source { Id = Sofrep, Name = "SOFREP", Kind = SourceKind.NewsMedia, PublishedOn = new PartialDate(2013, 7) },
            new Source { Id = Zamili, Name = "Hakim al-Zamili, to Reuters", Kind = SourceKind.Government, PublishedOn = new PartialDate(2013, 7, 22) },
            new Source { Id = IsilStatement, Name = "ISIL statement", Kind = SourceKind.GroupMedia, PublishedOn = new PartialDate(2013, 7, 23), Originator = Isil },
        ],
        Campaigns =
        [
            new Campaign
            {
                Id = new CampaignId("isi-breaking-the-walls"), Name = "Breaking the Walls", Aliases = ["Destroying the Walls"],
                Objective = "to secure the release of prisoners and to regain control of lost territory in Iraq",
                FirstSeen = new PartialDate(2012, 7, 21), LastSeen = new PartialDate(2013, 7, 21),
            },
        ],
        Metadata = RealIncident.Metadata,
    };

    [Fact]
    public void EveryFact_IsInItsTypedField_AfterTheJsonRoundTrip()
    {
        Incident read = RealIncident.RoundTrip(Assaults);

        Campaign campaign = read.Campaigns.Single();
        (campaign.Id, campaign.FirstSeen, campaign.LastSeen).Should().Be((new CampaignId("isi-breaking-the-walls"), new PartialDate(2012, 7, 21), new PartialDate(2013, 7, 21)));
        read.Casualties.Where(f => f.Kind == CasualtyKind.Escaped).Select(f => (f.Phase, f.Range)).Should().Equal(
            ((PhaseId?)AbuGhraib, (CasualtyRange?)CasualtyRange.AtLeast(500)), (Taji, CasualtyRange.Exactly(0)));
        read.Casualties.Single(f => f.Status == FigureStatus.Disputed).Attributions.Single().Stance.Should().Be(SourceStance.PartyToConflict);
        read.Claims.Single().Should().Match<Claim>(c => c.Outlet == Itisam && c.Subject!.Contains("Crushing the Tyrants", StringComparison.Ordinal));
    }

    [Fact]
    public void TheCampaign_HasOneStixIdentity_InEveryIncidentsBundle()
    {
        string mine = Incidents.Core.Interop.Stix.StixExporter.Export(Assaults).Value;
        Incident another = Assaults with { Id = new IncidentId("iq-2012-09-27-tikrit"), Timing = Assaults.Timing with { Date = new PartialDate(2012, 9, 27), EndDate = null } };
        string theirs = Incidents.Core.Interop.Stix.StixExporter.Export(another).Value;

        static System.Text.Json.Nodes.JsonNode Campaign(string bundle) =>
            System.Text.Json.Nodes.JsonNode.Parse(bundle)!["objects"]!.AsArray().Single(o => (string?)o!["type"] == "campaign")!;
        Campaign(mine)["id"]!.GetValue<string>().Should().Be(Campaign(theirs)["id"]!.GetValue<string>());
        Campaign(mine)["first_seen"]!.GetValue<string>().Should().Be("2012-07-21T00:00:00Z");
        Campaign(mine)["last_seen"]!.GetValue<string>().Should().Be("2013-07-21T23:59:59Z");
    }

    [Fact]
    public void TheValidator_FindsNothing_AndAnIncidentAfterTheCampaignIsNoted()
    {
        RealIncident.Validate(Assaults);
        RealIncident.Validate(Assaults with { Campaigns = [Assaults.Campaigns[0] with { LastSeen = new PartialDate(2013, 6) }] }, "INC-CMP-002");
    }
}
