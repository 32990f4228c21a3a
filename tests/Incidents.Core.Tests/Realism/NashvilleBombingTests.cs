using Incidents.Core.Interop.CodeMaps;
using Incidents.Core.Interop.Acled;
using Incidents.Core.Interop.Gtd;
using Incidents.Core.Interop.Plover;
using Incidents.Core.Interop.Stix;
using Incidents.Core.Json;
using Incidents.Core.Validation;
using NodaTime;

namespace Incidents.Core.Tests.Realism;

/// <summary>
/// The bombing in downtown Nashville of 25 December 2020. Patterns: a second method reported on the day (gunfire, the
/// reason the police were called) and refuted by the investigation; an "early morning" time of day with an exact time
/// and an earlier phase (the vehicle parked hours before); an injury toll revised up days later; the only death the
/// perpetrator's own.
/// </summary>
/// <remarks>
/// Facts as reported: CNN, "Here's what we know about the Nashville Christmas Day explosion" (27 December 2020): "An
/// early morning explosion rocked Nashville on Christmas"; the RV "arrived at 2nd Avenue North in downtown Nashville at
/// 1:22 a.m."; police "were called to the location after a report of shots fired around 5:30 a.m."; "The blast occurred
/// at 6:30 a.m."; "8 people were injured in the blast"; Anthony Quinn Warner, 63, "died when his recreational vehicle
/// exploded". Nashville Fire Department spokesman Joseph Pleasant (25 December 2020, via CNN): "Three people were
/// transported to hospitals". New York Post (26 December 2020): "No evidence of a Christmas Day shooting was uncovered";
/// the RV was parked "in front of an AT&amp;T transmission building".
/// </remarks>
public sealed class NashvilleBombingTests
{
    private static readonly ActorId Warner = new("anthony-quinn-warner");
    private static readonly ActorId Bystanders = new("bystanders");
    private static readonly SourceId Cnn = new("cnn-2020-12-27");
    private static readonly SourceId FireDepartment = new("nashville-fire-2020-12-25");
    private static readonly SourceId NewYorkPost = new("nypost-2020-12-26");
    private static readonly FigureId ThreeHurt = new("wounded-3");
    private static readonly PartialDate Christmas = new(2020, 12, 25);
    private static readonly DateTimeZone Central = DateTimeZoneProviders.Tzdb["America/Chicago"];

    private static Location SecondAvenue { get; } = new()
    {
        Precision = LocationPrecision.Site, Country = new CountryCode("US"), Admin1 = "Tennessee", Place = "Nashville", Facility = "AT&T transmission building, 2nd Avenue North",
    };

    internal static Incident Bombing { get; } = new()
    {
        Id = new IncidentId("nashville-2020-12-25"),
        Title = "RV bombing in downtown Nashville",
        Timing = new Timing { Date = Christmas, TimeOfDay = ApproximateTime.Parse("06:30"), PartOfDay = DayPart.EarlyMorning, Zone = Central },
        Location = SecondAvenue,
        Methods =
        [
            new AttackMethod { Kind = AttackMethodKind.VehicleBorneIed, Count = 1, Target = "AT&T transmission building" },
            new AttackMethod
            {
                Kind = AttackMethodKind.Shooting, Verification = ClaimVerification.Refuted, Description = "reported shots fired, the reason the police were called",
            },
        ],
        Phases =
        [
            new IncidentPhase
            {
                Name = "RV parked", Actors = [Warner], Location = SecondAvenue,
                Timing = new Timing { Date = Christmas, TimeOfDay = ApproximateTime.Parse("01:22"), Zone = Central },
            },
            new IncidentPhase
            {
                Name = "Report of shots fired", Location = SecondAvenue,
                Timing = new Timing { Date = Christmas, TimeOfDay = ApproximateTime.Parse("~05:30"), Zone = Central },
            },
            new IncidentPhase
            {
                Name = "Explosion", Methods = [AttackMethodKind.VehicleBorneIed], Actors = [Warner], Location = SecondAvenue,
                Timing = new Timing { Date = Christmas, TimeOfDay = ApproximateTime.Parse("06:30"), Zone = Central },
            },
        ],
        Actors =
        [
            new Actor { Id = Warner, Name = "Anthony Quinn Warner", Kind = ActorKind.Individual },
            new Actor { Id = Bystanders, Name = "people nearby", Kind = ActorKind.Civilians },
        ],
        Parties =
        [
            new Party { Actor = Warner, Role = PartyRole.Perpetrator, Attribution = AttributionCertainty.Confirmed, Sources = [Cnn] },
            new Party { Actor = Bystanders, Role = PartyRole.Victim },
        ],
        Casualties =
        [
            new CasualtyFigure { Party = Warner, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly(1), Attributions = [new SourceAttribution(Cnn, SourceStance.Independent)] },
            new CasualtyFigure
            {
                Id = ThreeHurt, Party = Bystanders, Kind = CasualtyKind.Wounded, Range = CasualtyRange.Exactly(3), ReportedOn = Christmas, Status = FigureStatus.Preliminary,
                Wording = "Three people were transported to hospitals", Attributions = [new SourceAttribution(FireDepartment, SourceStance.Unknown)],
            },
            new CasualtyFigure
            {
                Party = Bystanders, Kind = CasualtyKind.Wounded, Range = CasualtyRange.Exactly(8), ReportedOn = new PartialDate(2020, 12, 27), Status = FigureStatus.Revised,
                Revises = ThreeHurt, Attributions = [new SourceAttribution(Cnn, SourceStance.Independent)],
            },
        ],
        Sources =
        [
            new Source { Id = Cnn, Name = "CNN", Kind = SourceKind.NewsMedia, Title = "Here's what we know about the Nashville Christmas Day explosion", PublishedOn = new PartialDate(2020, 12, 27) },
            new Source { Id = FireDepartment, Name = "Nashville Fire Department (Joseph Pleasant)", Kind = SourceKind.Government, PublishedOn = Christmas },
            new Source { Id = NewYorkPost, Name = "New York Post", Kind = SourceKind.NewsMedia, PublishedOn = new PartialDate(2020, 12, 26) },
        ],
        Metadata = RealIncident.Metadata,
    };

    [Fact]
    public void EveryFact_IsInItsTypedField_AfterTheJsonRoundTrip()
    {
        Incident read = RealIncident.RoundTrip(Bombing);

        // The bomb, and the gunfire that was reported and refuted.
        read.Methods.Select(m => (m.Kind, m.Verification)).Should().Equal((AttackMethodKind.VehicleBorneIed, null), (AttackMethodKind.Shooting, ClaimVerification.Refuted));

        // "Early morning", 06:30 Central time; the RV parked at 01:22, the call at about 05:30.
        (read.Timing.PartOfDay, read.Timing.TimeOfDay).Should().Be((DayPart.EarlyMorning, ApproximateTime.Parse("06:30")));
        DayParts.Contains(DayPart.EarlyMorning, new LocalTime(6, 30)).Should().BeTrue();
        read.Phases.Select(p => p.Timing!.TimeOfDay!.Value.ToString()).Should().Equal("01:22", "~05:30", "06:30");

        // The only death is the bomber's; the injured rose from three to eight, one chain.
        read.Casualties.Single(f => f.Kind == CasualtyKind.Killed).Party.Should().Be(Warner);
        read.Casualties.Where(f => f.Kind == CasualtyKind.Wounded).Select(f => (f.Range!.Value.Best, f.Status, f.ReportedOn))
            .Should().Equal((3, FigureStatus.Preliminary, Christmas), (8, FigureStatus.Revised, new PartialDate(2020, 12, 27)));
        read.Location.Admin1.Should().Be("Tennessee");
    }

    [Fact]
    public void TheValidator_AcceptsTheRefutedMethod_AndSeesTheTimesInOrder()
    {
        RealIncident.Validate(Bombing);

        // A near miss: the explosion's phase dated the day after the incident's day.
        Incident late = Bombing with
        {
            Phases = [.. Bombing.Phases.Select(p => p.Name == "Explosion" ? p with { Timing = p.Timing! with { Date = new PartialDate(2020, 12, 26) } } : p)],
        };
        RealIncident.Validate(late, "INC-TIME-006");
    }

    [Fact]
    public void TheExporters_LeaveTheRefutedMethodOut_AndSaySo()
    {
        Mapping<GtdRecord> gtd = GtdExporter.Export(Bombing);
        gtd.Value.Attacks.Select(a => a.AttackType).Should().Equal(3); // Bombing/Explosion only, no Armed Assault (2)
        gtd.Losses.Losses.Should().ContainSingle(l => l.Subject == "/methods/1").Which.Description.Should().Contain("refuted");

        Mapping<EquatableArray<AcledRecord>> acled = AcledExporter.Export(Bombing);
        acled.Value.Single().Type.EventType.Should().Be("Explosions/Remote violence");
        acled.Losses.Losses.Should().Contain(l => l.Subject == "/methods/1");

        PloverExporter.Export(Bombing).Losses.Losses.Should().Contain(l => l.Subject == "/methods/1");

        Mapping<string> stix = StixExporter.Export(Bombing);
        System.Text.Json.Nodes.JsonNode.Parse(stix.Value)!["objects"]!.AsArray().Count(o => (string?)o!["type"] == "attack-pattern").Should().Be(1);
        stix.Losses.Losses.Should().Contain(l => l.Subject == "/methods/1");
    }
}
