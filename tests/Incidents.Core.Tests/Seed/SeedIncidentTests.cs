using Incidents.Cli;
using NodaTime;

namespace Incidents.Core.Tests.Seed;

/// <summary>Every fact the seed report lists (shared/seeds/README.md) is held by the model, and survives copying.</summary>
public class SeedIncidentTests
{
    private readonly Incident _prison = SeedIncidents.CreatePrisonAssault();
    private readonly Incident _raid = SeedIncidents.CreateBarracksRaid();

    [Fact]
    public void Dates_January20th2022_WasAThursday_AndClaimsCameOnFriday()
    {
        _prison.Timing.Date.Should().Be(new PartialDate(2022, 1, 20));
        _raid.Timing.Date.Should().Be(new PartialDate(2022, 1, 20));
        _prison.Timing.Date.Earliest.DayOfWeek.Should().Be(IsoDayOfWeek.Thursday);
        _prison.Claims.Single(c => c.Kind == ClaimKind.Responsibility).Date!.Value.Earliest.DayOfWeek.Should().Be(IsoDayOfWeek.Friday);
        _raid.Claims.Single().Date!.Value.Earliest.DayOfWeek.Should().Be(IsoDayOfWeek.Friday);
    }

    [Fact]
    public void Times_RaidAround3amBaghdad_IsMidnightUtc_AndPrisonFightingLastedAlmost24Hours()
    {
        _raid.Timing.TimeOfDay.Should().Be(ApproximateTime.Around(3));
        _raid.Timing.Zone!.Id.Should().Be("Asia/Baghdad");
        _raid.Timing.TryGetStartInstant(out Instant start).Should().BeTrue();
        start.Should().Be(Instant.FromUtc(2022, 1, 20, 0, 0));

        _prison.Timing.Zone!.Id.Should().Be("Asia/Damascus");
        _prison.Timing.Duration.Should().Be(new DurationEstimate(Duration.FromHours(24), Approximation.Approximate));
        _prison.Timing.Wording.Should().Contain("almost 24 hours");
        _prison.Timing.TryGetStartInstant(out _).Should().BeFalse("the report gives no time of day for the prison assault");
    }

    [Fact]
    public void Places_PrisonInHasakahSyria_BarracksNorthOfBaghdadIraq()
    {
        _prison.Location.Country.Should().Be(new CountryCode("SY"));
        _prison.Location.Place.Should().Be("Hasakah");
        _prison.Location.Facility.Should().Be("al-Sina'a prison");
        _prison.Location.AlternativeNames.Should().Equal("Ghweiran prison");
        _prison.Location.Precision.Should().Be(LocationPrecision.Site);

        _raid.Location.Country.Should().Be(new CountryCode("IQ"));
        _raid.Location.Description.Should().Be("north of Baghdad");
        _raid.Location.Facility.Should().Be("army barracks");
    }

    [Fact]
    public void Methods_TwoVbiedsThenSiegeRiotAndEscapes_AndAClandestineRaidWithShooting()
    {
        _prison.Methods.Select(m => m.Kind).Should().Equal(
            AttackMethodKind.VehicleBorneIed, AttackMethodKind.Siege, AttackMethodKind.Riot, AttackMethodKind.PrisonBreak);
        _prison.Methods[0].Count.Should().Be(2);
        _prison.Methods[0].Target.Should().Contain("walls");

        _raid.Methods.Select(m => m.Kind).Should().Equal(AttackMethodKind.Raid, AttackMethodKind.Shooting);
        _raid.Methods[1].Target.Should().Contain("slept");
    }

    [Fact]
    public void Phases_AreInTheOrderOfTheOperation()
    {
        _prison.Phases.Select(p => p.Name).Should().Equal("VBIED detonations", "Siege and firefight", "Riot inside", "Escapes", "Recaptures");
    }

    [Fact]
    public void Figures_EachAttributedToItsSource()
    {
        CasualtyFigure Find(string party, CasualtyKind kind, string source) => _prison.Casualties.Single(f =>
            f.Party == new ActorId(party) && f.Kind == kind && f.Attributions.Any(a => a.Source == new SourceId(source)));

        CasualtyFigure held = Find("is-prisoners", CasualtyKind.Held, "seed-report");
        held.Range.Should().Be(CasualtyRange.Approximately(3500));
        held.Wording.Should().Contain("estimated");

        Find("is", CasualtyKind.Participants, "seed-report").Wording.Should().Be("dozens");

        CasualtyFigure isKilled = Find("is", CasualtyKind.Killed, "sohr");
        isKilled.Range.Should().Be(CasualtyRange.Exactly(39));
        isKilled.Attributions.Single().Stance.Should().Be(SourceStance.Independent);
        Find("sdf", CasualtyKind.Killed, "sohr").Range.Should().Be(CasualtyRange.Exactly(35));

        CasualtyFigure escaped = Find("is-prisoners", CasualtyKind.Escaped, "media-reports");
        escaped.Wording.Should().Be("a number of");
        escaped.Range!.Value.IsOpenEnded.Should().BeTrue();

        CasualtyFigure recaptured = Find("is-prisoners", CasualtyKind.Recaptured, "sdf-statement");
        recaptured.Range.Should().Be(CasualtyRange.Exactly(89));
        recaptured.Attributions.Single().Stance.Should().Be(SourceStance.PartyToConflict);
        Find("is-prisoners", CasualtyKind.Recaptured, "online-videos").Should().NotBeNull();

        CasualtyFigure soldiers = _raid.Casualties.Single();
        (soldiers.Party, soldiers.Kind, soldiers.Range).Should().Be((new ActorId("iraqi-army"), CasualtyKind.Killed, CasualtyRange.Exactly(11)));
    }

    [Fact]
    public void Figures_WordingThatIsCasualtyText_ParsesToTheStoredRange()
    {
        var parsed = _prison.Casualties.Concat(_raid.Casualties)
            .Where(f => f.Wording is not null && CasualtyRange.TryParse(f.Wording, out _))
            .Select(f => (f.Wording, Stored: f.Range, Parsed: CasualtyRange.Parse(f.Wording!)))
            .ToList();

        parsed.Select(p => p.Wording).Should().Contain(["39", "35", "dozens", "a number of", "some"]);
        parsed.Should().OnlyContain(p => p.Stored == p.Parsed, "the seed uses the documented grammar and table");
    }

    [Fact]
    public void Figures_SohrTotalOfKilledIs74()
    {
        CasualtyRange total = CasualtyRange.Sum(_prison.Casualties
            .Where(f => f.Kind == CasualtyKind.Killed && f.Range is not null)
            .Select(f => f.Range!.Value)
            .ToArray());

        total.Should().Be(CasualtyRange.Exactly(74));
    }

    [Fact]
    public void Claims_AmaqClaimedThePrisonRaidWithAQuote_IraqRaidClaimedWithPhotos_AlNabaSilent()
    {
        Claim amaq = _prison.Claims.Single(c => c.Kind == ClaimKind.Responsibility);
        amaq.Claimant.Should().Be(new ActorId("is"));
        amaq.Outlet.Should().Be(new ActorId("amaq"));
        amaq.Quote.Should().StartWith("Islamic State fighters launched a broad offensive on the Ghweiran prison").And.Contain("clashes have been ongoing");
        amaq.Date.Should().Be(new PartialDate(2022, 1, 21));

        _prison.Actors.Single(a => a.Id == new ActorId("amaq")).AffiliatedWith.Should().Be(new ActorId("is"));

        Claim naba = _prison.Claims.Single(c => c.Kind == ClaimKind.Omission);
        naba.Outlet.Should().Be(new ActorId("al-naba"));
        naba.Note.Should().Contain("did not mention");

        _prison.Claims.Single(c => c.Kind == ClaimKind.StatementOfFact).Claimant.Should().Be(new ActorId("sdf"));

        _raid.Claims.Single().Modes.Should().Equal(ClaimMode.Statement, ClaimMode.Photos);
    }

    [Fact]
    public void Parties_IsPerpetratorByClaim_SdfDefends_PrisonersRiot()
    {
        _prison.Parties.Should().ContainEquivalentOf(new Party { Actor = new ActorId("is"), Role = PartyRole.Perpetrator, Attribution = AttributionCertainty.Claimed });
        _prison.Parties.Should().Contain(p => p.Actor == new ActorId("sdf") && p.Role == PartyRole.Defender);
        _prison.Parties.Should().Contain(p => p.Actor == new ActorId("is-prisoners") && p.Role == PartyRole.Perpetrator);
        _prison.Actors.Single(a => a.Id == new ActorId("is")).Aliases.Should().Equal("IS", "ISIS", "Daesh");
        _raid.Parties.Should().Contain(p => p.Actor == new ActorId("iraqi-army") && p.Role == PartyRole.Target);
    }

    [Fact]
    public void Grouping_PrisonBreakInBreakingTheWalls_OperationsRelated()
    {
        _prison.Campaigns.Single().Name.Should().Be("Breaking the Walls");
        _prison.Related.Should().Equal(new RelatedIncident(_raid.Id));
        _raid.Related.Should().Equal(new RelatedIncident(_prison.Id));
    }

    [Fact]
    public void Equality_BuiltTwice_IsEqualWithSameHashButNotSameInstance()
    {
        Incident again = SeedIncidents.CreatePrisonAssault();

        again.Should().NotBeSameAs(_prison);
        again.Should().Be(_prison);
        again.GetHashCode().Should().Be(_prison.GetHashCode());
        (again == _prison).Should().BeTrue();
    }

    [Fact]
    public void Equality_AnyDeepChange_MakesIncidentsDiffer()
    {
        Incident changed = _prison with
        {
            Casualties = [.. _prison.Casualties.Select(f => f.Kind == CasualtyKind.Killed && f.Party == new ActorId("sdf") ? f with { Range = CasualtyRange.Exactly(36) } : f)],
        };

        changed.Should().NotBe(_prison);
        (_prison with { }).Should().Be(_prison);
        (_prison with { Actors = [.. _prison.Actors] }).Should().Be(_prison);
    }

    [Fact]
    public void ToString_IsReadableAndNamesTheFacts()
    {
        string text = _prison.ToString();

        text.Should().StartWith("Incident {")
            .And.Contain("Id = 2022-01-20-sy-hasakah-prison-assault")
            .And.Contain("Date = 2022-01-20")
            .And.Contain("Kind = vbied, Count = 2")
            .And.Contain("Range = 39")
            .And.Contain("Range = ~3500")
            .And.Contain("Name = Breaking the Walls")
            .And.Contain("Zone = Asia/Damascus");
        _raid.Timing.ToString().Should().Contain("TimeOfDay = ~03:00");
    }
}
