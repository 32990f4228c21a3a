using NodaTime;

namespace Incidents.Core.Tests.Realism;

/// <summary>
/// The Beslan school siege of 1–3 September 2004. Patterns: a toll reported as eight on the first day that rose by
/// more than an order of magnitude over the following days to a final figure; a hostage count revised from "about
/// 400" to more than 1,200; competing counts of hostage-takers killed; a siege of "sixty-two hours"; an attribution
/// "according to" a news agency.
/// </summary>
/// <remarks>
/// Facts as reported: Associated Press (1 September 2004): militants "seized a southern Russian school …, taking
/// hostage about 400 people"; "At least eight people have been killed". Associated Press (3–4 September 2004): "The
/// official death toll was more than 250"; "Sixty-two hours after the hostage drama began"; the FSB's Valery Andreyev
/// "said 10 Arabs were among 27 militants who were killed"; "The ITAR-Tass news agency, citing security sources,
/// reported the hostage-taking was the work of Chechen warlord Shamil Basayev". The Guardian (4 September 2004):
/// "323 victims, including 156 children, had been killed"; "A total of 32 militants … All had been killed." Xinhua
/// (4 September 2004): Lev Dzugayev said "the total number of hostages in the school exceeded 1,000". TASS (2014):
/// "Over 1,200 people were taken hostage …, the tragedy claimed 334 lives, including 186 children".
/// </remarks>
public sealed class BeslanSiegeTests
{
    private static readonly ActorId Hostages = new("hostages");
    private static readonly ActorId Children = new("children");
    private static readonly ActorId Arabs = new("arab-militants");
    private static readonly ActorId Militants = new("militants");
    private static readonly ActorId Basayev = new("shamil-basayev");
    private static readonly SourceId ApDay1 = new("ap-2004-09-01");
    private static readonly SourceId ApDay3 = new("ap-2004-09-04");
    private static readonly SourceId Guardian = new("guardian-2004-09-04");
    private static readonly SourceId Xinhua = new("xinhua-2004-09-04");
    private static readonly SourceId Tass = new("tass-2014");
    private static readonly SourceId ItarTass = new("itar-tass-2004-09-04");

    private static SourceAttribution From(SourceId source) => new(source, SourceStance.Unknown);

    private static CasualtyFigure Figure(string id, CasualtyKind kind, string range, string wording, SourceId source, PartialDate? reported, FigureStatus status, string? revises) => new()
    {
        Id = new FigureId(id), Party = Hostages, Kind = kind, Range = CasualtyRange.Parse(range), Wording = wording, ReportedOn = reported, Status = status,
        Revises = revises is null ? null : new FigureId(revises), Attributions = [From(source)],
    };

    internal static Incident Siege { get; } = new()
    {
        Id = new IncidentId("beslan-2004-09-01"),
        Title = "Seizure of School No. 1 in Beslan",
        Timing = new Timing
        {
            Date = new PartialDate(2004, 9, 1), EndDate = new PartialDate(2004, 9, 3), PartOfDay = DayPart.Morning, Zone = DateTimeZoneProviders.Tzdb["Europe/Moscow"],
            Duration = DurationEstimate.Parse("sixty-two hours"),
        },
        Location = new Location { Precision = LocationPrecision.Site, Country = CountryCode.TryFromEnglishName("Russia", out CountryCode ru) ? ru : default, Admin1 = "North Ossetia", Place = "Beslan", Facility = "School No. 1" },
        Methods = [new AttackMethod { Kind = AttackMethodKind.HostageTaking }, new AttackMethod { Kind = AttackMethodKind.PersonBorneIed, Description = "suicide-bomb belts" }],
        Actors =
        [
            new Actor { Id = Militants, Name = "hostage-takers", Kind = ActorKind.NonStateArmedGroup },
            new Actor { Id = Basayev, Name = "Shamil Basayev", Kind = ActorKind.Individual },
            new Actor { Id = Hostages, Name = "pupils, parents and teachers", Kind = ActorKind.Civilians },
            new Actor { Id = Arabs, Name = "Arabs among the hostage-takers", Kind = ActorKind.NonStateArmedGroup, AffiliatedWith = Militants },
            new Actor { Id = Children, Name = "children among the hostages", Kind = ActorKind.Civilians, AffiliatedWith = Hostages },
        ],
        Parties =
        [
            new Party { Actor = Militants, Role = PartyRole.Perpetrator, Attribution = AttributionCertainty.Confirmed },
            new Party { Actor = Basayev, Role = PartyRole.Perpetrator, Attribution = AttributionCertainty.Suspected, Sources = [ItarTass], Description = "organiser, according to security sources" },
            new Party { Actor = Hostages, Role = PartyRole.Victim },
        ],
        Casualties =
        [
            Figure("killed-day-1", CasualtyKind.Killed, "at least 8", "At least eight people have been killed", ApDay1, new PartialDate(2004, 9, 1), FigureStatus.Preliminary, null),
            Figure("killed-250", CasualtyKind.Killed, "more than 250", "more than 250", ApDay3, new PartialDate(2004, 9, 3), FigureStatus.Revised, "killed-day-1"),
            Figure("killed-323", CasualtyKind.Killed, "323", "323 victims, including 156 children", Guardian, new PartialDate(2004, 9, 4), FigureStatus.Revised, "killed-250"),
            Figure("killed-334", CasualtyKind.Killed, "334", "the tragedy claimed 334 lives, including 186 children", Tass, new PartialDate(2014), FigureStatus.Final, "killed-323"),
            Figure("children-156", CasualtyKind.Killed, "156", "including 156 children", Guardian, new PartialDate(2004, 9, 4), FigureStatus.Preliminary, null) with { Party = Children },
            Figure("children-186", CasualtyKind.Killed, "186", "including 186 children", Tass, new PartialDate(2014), FigureStatus.Final, "children-156") with { Party = Children },
            Figure("held-400", CasualtyKind.Held, "~400", "about 400 people", ApDay1, new PartialDate(2004, 9, 1), FigureStatus.Preliminary, null),
            Figure("held-1000", CasualtyKind.Held, "more than 1,000", "exceeded 1,000", Xinhua, new PartialDate(2004, 9, 4), FigureStatus.Revised, "held-400"),
            Figure("held-1200", CasualtyKind.Held, "more than 1,200", "Over 1,200 people were taken hostage", Tass, new PartialDate(2014), FigureStatus.Final, "held-1000"),
            new CasualtyFigure { Party = Militants, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(27), Attributions = [From(ApDay3)], Description = "according to the FSB's regional chief" },
            new CasualtyFigure { Party = Arabs, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(10), Wording = "10 Arabs were among 27 militants who were killed", Attributions = [From(ApDay3)] },
            new CasualtyFigure { Party = Militants, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(32), Wording = "All had been killed", Attributions = [From(Guardian)] },
        ],
        Sources =
        [
            new Source { Id = ApDay1, Name = "Associated Press", Kind = SourceKind.NewsMedia, PublishedOn = new PartialDate(2004, 9, 1) },
            new Source { Id = ApDay3, Name = "Associated Press", Kind = SourceKind.NewsMedia, PublishedOn = new PartialDate(2004, 9, 4) },
            new Source { Id = Guardian, Name = "The Guardian", Kind = SourceKind.NewsMedia, Title = "Death toll rises to 323 at Beslan", PublishedOn = new PartialDate(2004, 9, 4) },
            new Source { Id = Xinhua, Name = "Xinhua", Kind = SourceKind.NewsMedia, PublishedOn = new PartialDate(2004, 9, 4) },
            new Source { Id = Tass, Name = "TASS", Kind = SourceKind.NewsMedia, PublishedOn = new PartialDate(2014) },
            new Source { Id = ItarTass, Name = "ITAR-Tass, citing security sources", Kind = SourceKind.NewsMedia, PublishedOn = new PartialDate(2004, 9, 4) },
        ],
        Metadata = RealIncident.Metadata,
    };

    [Fact]
    public void EveryFact_IsInItsTypedField_AfterTheJsonRoundTrip()
    {
        Incident read = RealIncident.RoundTrip(Siege);

        read.Location.Country!.Value.Alpha3.Should().Be("RUS");
        read.Timing.Duration.Should().Be(new DurationEstimate(Duration.FromHours(62), Approximation.Exact));

        // Eight on the first day, 334 in the end: more than an order of magnitude, one chain of revisions.
        CasualtyFigure[] killed = [.. read.Casualties.Where(f => f.Party == Hostages && f.Kind == CasualtyKind.Killed)];
        killed.Select(f => f.Range!.Value.Low).Should().Equal(8, 251, 323, 334);
        killed.Skip(1).Select(f => f.Revises).Should().Equal(killed.Take(3).Select(f => f.Id));
        killed[^1].Status.Should().Be(FigureStatus.Final);

        read.Casualties.Where(f => f.Kind == CasualtyKind.Held).Select(f => (f.Range!.Value.Low, f.Range.Value.Best)).Should().Equal(
            ((int?)null, (int?)400), (1001, null), (1201, null));
        read.Parties.Single(p => p.Actor == Basayev).Sources.Should().Equal(ItarTass);

        // "Including 186 children": a figure of the children, a part of the hostages, counted within their toll.
        read.Actors.Single(a => a.Id == Children).AffiliatedWith.Should().Be(Hostages);
        read.Actors.Single(a => a.Id == Arabs).AffiliatedWith.Should().Be(Militants);
        read.Casualties.Single(f => f.Party == Arabs).Range.Should().Be(CasualtyRange.Exactly(10));
        read.Casualties.Where(f => f.Party == Children).Select(f => (f.Range!.Value.Best, f.Status)).Should().Equal((156, FigureStatus.Preliminary), (186, FigureStatus.Final));
    }

    [Fact]
    public void TheValidator_ReadsTheChains_AndTheTwoSourcesCountsOfMilitants_AsCompeting()
    {
        RealIncident.Validate(Siege);

        // The children's toll counts within the hostages', not beside it; 400 children would be more than the 334
        // hostages they are part of.
        RealIncident.Validate(Siege with { Casualties = [.. Siege.Casualties.Select(f => f.Id == new FigureId("children-186") ? f with { Range = CasualtyRange.Exactly(400) } : f)] }, "INC-CAS-001");

        // A near miss: the final figure dated before the siege.
        RealIncident.Validate(Siege with { Casualties = [.. Siege.Casualties.Select(f => f.Id == new FigureId("killed-334") ? f with { ReportedOn = new PartialDate(2004, 8) } : f)] }, "INC-CAS-006");
    }
}
