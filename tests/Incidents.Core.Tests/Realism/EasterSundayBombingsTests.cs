using Incidents.Core.Json;
using Incidents.Core.Validation;
using NodaTime;

namespace Incidents.Core.Tests.Realism;

/// <summary>
/// The Easter Sunday bombings in Sri Lanka of 21 April 2019. Patterns: the claimant is not the group the government
/// holds responsible (a local group carried it out, the Islamic State claimed it); a claim that names the attackers,
/// one per site, with a video of them; several sites in three cities; a toll revised down by about a hundred after
/// victims were counted twice; a part of the toll (foreign nationals) given on its own.
/// </summary>
/// <remarks>
/// Facts as reported: India Today (25 April 2019): "Sri Lankan Defence Minister Ruwan Wijewardene had announced that the
/// death toll … had reached 359. But, a day later the Health Services department has revised the count to 253"; nine
/// bombers "believed to be members of a local Islamist extremist group called National Thowheed Jamath (NTJ)". The
/// Hindu, via Umm News: "The approximate total of the dead would be 253 and not 359", said Dr. Anil Jasinghe,
/// Director-General of the Health Services; "certain bodies had been badly mutilated and they had been counted twice".
/// Gulf News (25 April 2019): "Sri Lanka's foreign ministry had said 40 of the victims were foreign nationals"; "485
/// people had initially been hospitalised with injuries". BBC via Parrot Nigeria: suicide bombers "struck hotels and
/// churches in the Colombo and the city of Batticaloa"; "The Islamic State group said it was behind the attacks and
/// published a video showing eight men but provided no evidence of direct involvement." MEMRI (29 April 2019): "On April
/// 23, 2019, A'maq … released a video showing the perpetrators … swearing the oath of fealty"; the unmasked man "is
/// believed to be Abu 'Ubaida aka … Zahran Hashim, a well-known preacher from 'National Tawheed Group'"; the statement
/// named seven attackers: "Abu Hamza targeted St. Anthony's Shrine in Colombo …; Abu Khalil … St. Sebastian's Church in
/// Negombo; Abu Muhammad … the Zion Church in Batticaloa; while Abu 'Ubaida, Abu Al-Bara' and Abu Al-Mukhtar targeted …
/// the Shangri-La, the Cinnamon Grand, and the Kingsbury hotels in Colombo". The News (24 April 2019): "The seventh
/// fighter, Abu Abdallah, killed three police officers in an attack in a Colombo suburb, it said."
/// </remarks>
public sealed class EasterSundayBombingsTests
{
    private static readonly ActorId Ntj = new("national-thowheed-jamath");
    private static readonly ActorId IslamicState = new("islamic-state");
    private static readonly ActorId Amaq = new("amaq");
    private static readonly ActorId Zahran = new("zahran-hashim");
    private static readonly ActorId Worshippers = new("worshippers-and-guests");
    private static readonly ActorId Foreigners = new("foreign-nationals");
    private static readonly ActorId Police = new("sri-lanka-police");
    private static readonly SourceId DefenceMinister = new("wijewardene-2019-04-24");
    private static readonly SourceId Health = new("health-services-2019-04-25");
    private static readonly SourceId ForeignMinistry = new("foreign-ministry-2019-04");
    private static readonly SourceId IsStatement = new("is-statement-2019-04-23");
    private static readonly FigureId Toll359 = new("killed-359");
    private static readonly PartialDate Easter = new(2019, 4, 21);
    private static readonly CountryCode SriLanka = new("LK");

    private static readonly (string Kunya, string Site, string City)[] s_claimedAttackers =
    [
        ("Abu Hamza", "St. Anthony's Shrine", "Colombo"),
        ("Abu Khalil", "St. Sebastian's Church", "Negombo"),
        ("Abu Muhammad", "Zion Church", "Batticaloa"),
        ("Abu 'Ubaida", "Shangri-La hotel", "Colombo"),
        ("Abu Al-Bara'", "Cinnamon Grand hotel", "Colombo"),
        ("Abu Al-Mukhtar", "Kingsbury hotel", "Colombo"),
    ];

    private static ActorId Attacker(string kunya) => kunya == "Abu 'Ubaida" ? Zahran : new ActorId(ActorIdOf(kunya));

    private static string ActorIdOf(string kunya) => kunya.ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal).Replace(' ', '-');

    private static SourceAttribution From(SourceId source, SourceStance stance = SourceStance.Unknown) => new(source, stance);

    internal static Incident Bombings { get; } = new()
    {
        Id = new IncidentId("sri-lanka-2019-04-21"),
        Title = "Easter Sunday suicide bombings of churches and hotels in Sri Lanka",
        Timing = new Timing { Date = Easter, PartOfDay = DayPart.Morning, Zone = DateTimeZoneProviders.Tzdb["Asia/Colombo"] },
        Location = new Location { Precision = LocationPrecision.Country, Country = SriLanka },
        Methods = [new AttackMethod { Kind = AttackMethodKind.PersonBorneIed, IsSuicide = true, Target = "three churches and hotels" }],
        Phases =
        [
            .. s_claimedAttackers.Select(a => new IncidentPhase
            {
                Name = $"Bombing at {a.Site}", Methods = [AttackMethodKind.PersonBorneIed], Actors = [Attacker(a.Kunya)],
                Location = new Location { Precision = LocationPrecision.Site, Country = SriLanka, Place = a.City, Facility = a.Site },
            }),
            new IncidentPhase
            {
                Id = new PhaseId("colombo-suburb"), Name = "Attack on police officers", Actors = [new ActorId("abu-abdallah")],
                Location = new Location { Precision = LocationPrecision.NearSettlement, Country = SriLanka, Place = "Colombo", Description = "a Colombo suburb" },
            },
        ],
        Actors =
        [
            new Actor { Id = Ntj, Name = "National Thowheed Jamath", Kind = ActorKind.NonStateArmedGroup, Aliases = ["National Tawheed Group"] },
            new Actor { Id = IslamicState, Name = "Islamic State", Kind = ActorKind.NonStateArmedGroup },
            new Actor { Id = Amaq, Name = "A'maq", Kind = ActorKind.MediaOutlet, AffiliatedWith = IslamicState },
            new Actor { Id = Zahran, Name = "Zahran Hashim", Kind = ActorKind.Individual, Aliases = ["Abu 'Ubaida"], AffiliatedWith = Ntj },
            .. s_claimedAttackers.Where(a => a.Kunya != "Abu 'Ubaida").Select(a => new Actor { Id = Attacker(a.Kunya), Name = a.Kunya, Kind = ActorKind.Individual }),
            new Actor { Id = new ActorId("abu-abdallah"), Name = "Abu Abdallah", Kind = ActorKind.Individual },
            new Actor { Id = Worshippers, Name = "worshippers and hotel guests", Kind = ActorKind.Civilians },
            new Actor { Id = Foreigners, Name = "foreign nationals among the dead", Kind = ActorKind.Civilians },
            new Actor { Id = Police, Name = "Sri Lanka Police", Kind = ActorKind.StateForce },
        ],
        Parties =
        [
            new Party { Actor = Ntj, Role = PartyRole.Perpetrator, Attribution = AttributionCertainty.Suspected, Sources = [DefenceMinister] },
            new Party { Actor = IslamicState, Role = PartyRole.Claimant, Attribution = AttributionCertainty.Claimed, Sources = [IsStatement] },
            new Party { Actor = Worshippers, Role = PartyRole.Victim },
            new Party { Actor = Foreigners, Role = PartyRole.Victim },
            new Party { Actor = Police, Role = PartyRole.Target },
        ],
        Casualties =
        [
            new CasualtyFigure
            {
                Id = Toll359, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(359), ReportedOn = new PartialDate(2019, 4, 24), Status = FigureStatus.Preliminary,
                Attributions = [From(DefenceMinister)],
            },
            new CasualtyFigure
            {
                Kind = CasualtyKind.Killed, Range = CasualtyRange.Approximately(253), Wording = "about 253", ReportedOn = new PartialDate(2019, 4, 25),
                Status = FigureStatus.Revised, Revises = Toll359, Description = "badly mutilated bodies had been counted twice", Attributions = [From(Health)],
            },
            new CasualtyFigure { Party = Foreigners, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(40), Attributions = [From(ForeignMinistry)] },
            new CasualtyFigure
            {
                Kind = CasualtyKind.Wounded, Range = CasualtyRange.Exactly(485), Wording = "485 people had initially been hospitalised", ReportedOn = new PartialDate(2019, 4, 25),
                Attributions = [From(Health)],
            },
            new CasualtyFigure { Party = Ntj, Kind = CasualtyKind.Participants, Range = CasualtyRange.Exactly(9), Wording = "nine bombers", Attributions = [From(DefenceMinister)] },
            new CasualtyFigure
            {
                Party = Police, Phase = new PhaseId("colombo-suburb"), Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(3), Scope = CasualtyScope.Event,
                Attributions = [From(IsStatement, SourceStance.PartyToConflict)],
            },
        ],
        Claims =
        [
            new Claim
            {
                Kind = ClaimKind.Responsibility, Claimant = IslamicState, Outlet = Amaq, Modes = [ClaimMode.Statement, ClaimMode.Video], Date = new PartialDate(2019, 4, 23),
                Named = [.. s_claimedAttackers.Select(a => Attacker(a.Kunya)), new ActorId("abu-abdallah")],
                Verification = ClaimVerification.Unverified, Sources = [IsStatement],
            },
        ],
        Sources =
        [
            new Source { Id = DefenceMinister, Name = "Ruwan Wijewardene, State Defence Minister", Kind = SourceKind.Government, PublishedOn = new PartialDate(2019, 4, 24) },
            new Source { Id = Health, Name = "Dr. Anil Jasinghe, Director-General of Health Services", Kind = SourceKind.Government, PublishedOn = new PartialDate(2019, 4, 25) },
            new Source { Id = ForeignMinistry, Name = "Sri Lanka's foreign ministry", Kind = SourceKind.Government },
            new Source { Id = IsStatement, Name = "Islamic State statement and A'maq video", Kind = SourceKind.GroupMedia, PublishedOn = new PartialDate(2019, 4, 23) },
        ],
        Metadata = RealIncident.Metadata,
    };

    [Fact]
    public void EveryFact_IsInItsTypedField_AfterTheJsonRoundTrip()
    {
        Incident read = RealIncident.RoundTrip(Bombings);

        // The government's suspect and the claimant are two parties in two roles.
        read.Parties.Where(p => p.Role == PartyRole.Perpetrator).Select(p => (p.Actor, p.Attribution, p.Sources.Single())).Should().Equal((Ntj, AttributionCertainty.Suspected, DefenceMinister));
        read.Parties.Single(p => p.Role == PartyRole.Claimant).Actor.Should().Be(IslamicState);

        // The claim names seven attackers, one of them the local group's preacher, through the group's agency, by video.
        Claim claim = read.Claims.Single();
        (claim.Claimant, claim.Outlet).Should().Be((IslamicState, Amaq));
        claim.Modes.Should().Equal(ClaimMode.Statement, ClaimMode.Video);
        claim.Named.Should().HaveCount(7).And.Contain(Zahran);
        read.Actors.Single(a => a.Id == Zahran).Should().Match<Actor>(a => a.AffiliatedWith == Ntj && a.Aliases.Single() == "Abu 'Ubaida");

        // Six sites in three cities, each with the attacker the claim gives it; the seventh attacker's own phase.
        read.Phases.Take(6).Select(p => p.Location!.Place).Distinct().Should().Equal("Colombo", "Negombo", "Batticaloa");
        read.Phases.Single(p => p.Location!.Facility == "St. Sebastian's Church").Actors.Single().Should().Be(new ActorId("abu-khalil"));

        // The toll: 359 revised to about 253; its wording parses to the typed range; 40 foreign nationals among them.
        CasualtyFigure revised = read.Casualties.Single(f => f.Revises == Toll359);
        (revised.Range, revised.Status).Should().Be((CasualtyRange.Approximately(253), FigureStatus.Revised));
        CasualtyRange.Parse(revised.Wording!).Should().Be(revised.Range);
        read.Casualties.Single(f => f.Party == Foreigners).Range.Should().Be(CasualtyRange.Exactly(40));
        read.Casualties.Single(f => f.Kind == CasualtyKind.Participants).Should().Match<CasualtyFigure>(f => f.Party == Ntj && f.Range == CasualtyRange.Exactly(9));
    }

    [Fact]
    public void TheValidator_AcceptsTheRevisionAndThePartOfTheToll_AndResolvesEveryNamedAttacker()
    {
        RealIncident.Validate(Bombings);

        // A near miss: the claim naming an eighth attacker the incident does not list.
        Incident unlisted = Bombings with { Claims = [Bombings.Claims[0] with { Named = [.. Bombings.Claims[0].Named, new ActorId("abu-unlisted")] }] };
        RealIncident.Validate(unlisted, "INC-REF-001").Issues.Single().Path.Should().Be("/claims/0/named/7");
    }
}
