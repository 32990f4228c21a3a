using Incidents.Cli;
using Incidents.Core.Interop.Acled;
using Incidents.Core.Interop.CodeMaps;
using Incidents.Core.Interop.Gtd;
using Incidents.Core.Tests.Realism;

namespace Incidents.Core.Tests.Interop;

/// <summary>The numbers GTD and ACLED rows receive, one test per column, on the real incidents of the fact sheets and
/// on small edits of a seed: the exporters' one figure rule (superseded figures never, per party the current estimate,
/// events added up, parts counted within their whole), never 0 for a known figure.</summary>
public sealed class ExportedFigureTests
{
    private static GtdRecord Gtd(Incident incident) => GtdExporter.Export(incident).Value;

    private static Incident Raid => SeedIncidents.BarracksRaid;

    private static CasualtyFigure Figure(CasualtyKind kind, CasualtyRange? range, ActorId? party = null) => new() { Kind = kind, Range = range, Party = party };

    [Fact]
    public void Nkill_IsTheCurrentFigure_NotTheLargestOrTheFirst()
    {
        Gtd(EasterSundayBombingsTests.Bombings).NKill.Should().Be(253, "359 was revised down to about 253");
        Gtd(NorwayAttacksTests.Attacks).NKill.Should().Be(76, "93 was revised down to 76 after double counting");
        Gtd(MadridTrainBombingsTests.Madrid).NKill.Should().Be(191, "173 → 190 → 191, the final figure");
        Gtd(BeslanSiegeTests.Siege).NKill.Should().Be(334 + 27, "the hostages' final 334 (the children counted within it) and, of the militants' 27 and 32, published the same day, the lower");
    }

    [Fact]
    public void Nkill_OfADisputedFigure_OnlyWhenNoOtherGivesANumber()
    {
        // Baga: "as many as 2,000" gives no number (an upper bound only); the military's disputed 150 is the one number.
        Gtd(BagaMassacreTests.Attacks).NKill.Should().Be(150);
        Incident undisputed = Raid with { Casualties = [Figure(CasualtyKind.Killed, CasualtyRange.Exactly(40)) with { Status = FigureStatus.Disputed }, Figure(CasualtyKind.Killed, CasualtyRange.Exactly(12))] };
        Gtd(undisputed).NKill.Should().Be(12);
    }

    [Fact]
    public void Nkillter_AndNperpcap_AreThePerpetratorsOwn()
    {
        GtdRecord mumbai = Gtd(MumbaiAttacksTests.Attacks);
        mumbai.NKillTer.Should().Be(9);
        mumbai.NPerpCap.Should().Be(1, "Kasab is part of the perpetrator group");
        Gtd(NorwayAttacksTests.Attacks).NPerpCap.Should().Be(1);
        Gtd(NorwayAttacksTests.Attacks).NKillTer.Should().BeNull();
    }

    [Fact]
    public void Nwound_AndNwoundte()
    {
        ActorId attackers = Raid.Parties.First(p => p.Role == PartyRole.Perpetrator).Actor;
        Incident wounded = Raid with { Casualties = [Figure(CasualtyKind.Wounded, CasualtyRange.Parse("about 40")), Figure(CasualtyKind.Wounded, CasualtyRange.Exactly(3), attackers)] };

        (Gtd(wounded).NWound, Gtd(wounded).NWoundTe).Should().Be((40, 3));
    }

    [Fact]
    public void Nhostkid_Nreleased_AndIshostkid_ForAnAbduction()
    {
        GtdRecord chibok = Gtd(ChibokAbductionTests.Chibok);

        (chibok.IsHostKid, chibok.NHostKid).Should().Be((true, 276));
        chibok.NReleased.Should().Be(57 + 21 + 82, "GTD counts hostages released, escaped or rescued; separate events add up");
        GtdExporter.Export(ChibokAbductionTests.Chibok).Losses.Losses.Should().NotContain(l => l.Description.Contains("released", StringComparison.Ordinal) && l.Description.Contains("no GTD column", StringComparison.Ordinal));
        Gtd(NashvilleBombingTests.Bombing).IsHostKid.Should().BeFalse();
        Gtd(Raid with { Methods = [] }).IsHostKid.Should().BeNull();
    }

    [Fact]
    public void Claimmode_IsTheMostSpecificMode()
    {
        Incident claimed = Raid with { Claims = [Raid.Claims[0] with { Modes = [ClaimMode.Statement, ClaimMode.Video] }] };

        Gtd(claimed).ClaimModes.Should().Equal(6);
        Gtd(Raid with { Claims = [Raid.Claims[0] with { Modes = [ClaimMode.Statement] }] }).ClaimModes.Should().Equal(9);
    }

    [Fact]
    public void Targtype_OfCivilianVictims_IsPrivateCitizens()
    {
        Gtd(NashvilleBombingTests.Bombing).Target1!.Value.Type.Should().Be(14);
        Gtd(Raid).Target1!.Value.Type.Should().Be(4, "a barracks stays a military target");
    }

    [Fact]
    public void AcledFatalities_AreTheLowerBound_NeverZeroForAKnownFigure()
    {
        Incident about40 = Raid with { Casualties = [Figure(CasualtyKind.Killed, CasualtyRange.Parse("about 40"))] };
        AcledExporter.Export(about40).Value.Single().Fatalities.Should().Be(40);

        Incident range = Raid with { Casualties = [Figure(CasualtyKind.Killed, CasualtyRange.Between(10, 15, 12))] };
        (AcledExporter.Export(range).Value.Single().Fatalities, Gtd(range).NKill).Should().Be((10, 12), "ACLED the lower bound, GTD the best estimate");

        AcledExporter.Export(EasterSundayBombingsTests.Bombings).Value.Sum(e => e.Fatalities).Should().Be(253);
    }

    [Fact]
    public void AcledType_OfGunmenAgainstCivilians_IsViolenceAgainstCivilians()
    {
        Incident shooting = NorwayAttacksTests.Attacks with { Methods = [new AttackMethod { Kind = AttackMethodKind.Shooting }] };

        AcledRecord row = AcledExporter.Export(shooting).Value.Single();
        (row.Type.EventType, row.Type.SubEventType, row.CivilianTargeting).Should().Be(("Violence against civilians", "Attack", true));
        AcledExporter.Export(Raid).Value.Single().Type.EventType.Should().Be("Battles", "the raid met the army");
    }

    [Theory]
    [InlineData(null, null, DayPart.Night, 1)]
    [InlineData("22:00", "04:00", null, 1)]
    [InlineData("10:00", "12:00", null, 2)]
    [InlineData(null, null, DayPart.Morning, 2)]
    public void AcledDays_AOneNightEventIsOneEvent(string? start, string? end, DayPart? part, int events)
    {
        Incident night = Raid with
        {
            Timing = new Timing
            {
                Date = new PartialDate(2022, 1, 20), EndDate = new PartialDate(2022, 1, 21), PartOfDay = part, Zone = Raid.Timing.Zone,
                TimeOfDay = start is null ? null : ApproximateTime.Parse(start), EndTimeOfDay = end is null ? null : ApproximateTime.Parse(end),
            },
        };

        AcledExporter.Export(night).Value.Should().HaveCount(events);
        AcledExporter.Export(AbuGhraibTajiTests.Assaults).Value.Should().ContainSingle("the assaults of one night, 21 to 22 July");
    }

    [Fact]
    public void TheEndOfAnIncident_IsCarriedOrReported_ByEveryExporter()
    {
        Incident ended = Raid with
        {
            Timing = Raid.Timing with { EndDate = new PartialDate(2022, 1, 21), EndTimeOfDay = ApproximateTime.Parse("05:00"), Duration = DurationEstimate.Parse("PT26H") },
        };

        foreach ((string format, Core.Interop.LossReport losses) in new[]
        {
            ("GTD", GtdExporter.Export(ended).Losses), ("ACLED", AcledExporter.Export(ended).Losses), ("PLOVER", Core.Interop.Plover.PloverExporter.Export(ended).Losses),
        })
        {
            losses.Losses.Select(l => l.Subject).Should().Contain(["/timing/endTimeOfDay", "/timing/duration"], format);
        }

        Core.Interop.Plover.PloverExporter.Export(ended).Losses.Losses.Should().Contain(l => l.Subject == "/timing/endDate");
        Gtd(ended).Resolution.Should().Be(new NodaTime.LocalDate(2022, 1, 21), "26 hours: extended, and the end is known to the day");
        string stix = Core.Interop.Stix.StixExporter.Export(ended).Value;
        stix.Should().Contain("to 2022-01-21").And.Contain("ended at 05:00").And.Contain("duration PT26H");
    }

    [Fact]
    public void EveryOtherGtdColumn_FromTheFactsThatFillIt()
    {
        // Nashville: a site with a facility, a region, no coordinates; three sources; a month-only copy for approxdate.
        GtdRecord row = Gtd(NashvilleBombingTests.Bombing);
        (row.IYear, row.IMonth, row.IDay, row.ApproxDate).Should().Be((2020, 12, 25, null));
        (row.CountryText, row.ProvState, row.City).Should().Be(("United States", "Tennessee", "Nashville"));
        (row.Latitude, row.Longitude).Should().Be(((double?)null, (double?)null));
        row.Suicide.Should().BeFalse("IsSuicide is not given");
        row.Attacks.Should().Equal(new GtdCoding(3, 6, 15, false));
        row.Groups.Should().Equal(new GtdGroup("Anthony Quinn Warner", false));
        (row.Claimed, row.CompClaim).Should().Be(((int?)null, (int?)null));
        row.Citations.Should().Equal("Here's what we know about the Nashville Christmas Day explosion", "Nashville Fire Department (Joseph Pleasant)", "New York Post");
        row.Related.Should().BeNull();

        Incident month = NashvilleBombingTests.Bombing with { Timing = new Timing { Date = new PartialDate(2020, 12), Wording = "in December" } };
        (Gtd(month).IDay, Gtd(month).ApproxDate).Should().Be((0, "in December"));
        Gtd(Raid).Related.Should().Be("2022-01-20-sy-hasakah-prison-assault");
    }

    [Fact]
    public void EveryAcledColumn_FromTheFactsThatFillIt()
    {
        AcledRecord row = AcledExporter.Export(Raid).Value.Single();

        (row.EventDate, row.TimePrecision).Should().Be((new NodaTime.LocalDate(2022, 1, 20), 1));
        (row.Actor1, row.Inter1, row.Actor2, row.Inter2).Should().Be(("Islamic State", "Rebel group", "Iraqi Army", "State forces"));
        (row.Country, row.Admin1, row.GeoPrecision).Should().Be((new CountryCode("IQ"), Raid.Location.Admin1, 3));
        row.Source.Should().Be(string.Join("; ", Raid.Sources.Select(s => s.Name)));
        row.Notes.Should().Be(Raid.Summary);
        AcledRecord month = AcledExporter.Export(Raid with { Timing = new Timing { Date = new PartialDate(2022, 1) } }).Value.Single();
        (month.EventDate, month.TimePrecision).Should().Be((new NodaTime.LocalDate(2022, 1, 16), 3));
    }

    [Fact]
    public void APerpetratorsPart_CountsAsAPerpetrator_HoweverDeepTheChain()
    {
        // 2,000 actors, each part of the one before, the first a perpetrator; a capture of the last one.
        ActorId perpetrator = Raid.Parties.First(p => p.Role == PartyRole.Perpetrator).Actor;
        Actor[] chain = [.. Enumerable.Range(1, 2_000).Select(i => new Actor { Id = new ActorId($"cell-{i}"), Name = $"cell {i}", AffiliatedWith = i == 1 ? perpetrator : new ActorId($"cell-{i - 1}") })];
        Incident deep = Raid with { Actors = [.. Raid.Actors, .. chain], Casualties = [Figure(CasualtyKind.Captured, CasualtyRange.Exactly(1), new ActorId("cell-2000"))] };

        Gtd(deep).NPerpCap.Should().Be(1);
    }
}
