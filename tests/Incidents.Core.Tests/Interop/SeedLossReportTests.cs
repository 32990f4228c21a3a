using Incidents.Cli;
using Incidents.Core.Interop;
using Incidents.Core.Interop.Acled;
using Incidents.Core.Interop.CodeMaps;
using Incidents.Core.Interop.Gtd;
using Incidents.Core.Interop.Plover;
using Incidents.Core.Interop.Stix;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Interop;

/// <summary>The loss report of each seed incident for each target, pinned in a golden file
/// (Interop/Losses/{seed}.{target}.txt, reviewed by hand; regenerate with INCIDENTS_UPDATE_GOLDEN=1), and the key
/// values each target receives.</summary>
public sealed class SeedLossReportTests
{
    private static readonly string s_folder = Path.Combine(Repository.Root, "tests", "Incidents.Core.Tests", "Interop", "Losses");

    public static TheoryData<string, string> Cases => new()
    {
        { "2022-01-20-sy-hasakah-prison-assault", "gtd" }, { "2022-01-20-sy-hasakah-prison-assault", "acled" },
        { "2022-01-20-sy-hasakah-prison-assault", "plover" }, { "2022-01-20-sy-hasakah-prison-assault", "stix" },
        { "2022-01-20-iq-baghdad-barracks-raid", "gtd" }, { "2022-01-20-iq-baghdad-barracks-raid", "acled" },
        { "2022-01-20-iq-baghdad-barracks-raid", "plover" }, { "2022-01-20-iq-baghdad-barracks-raid", "stix" },
    };

    /// <summary>The loss report of one target's export (gtd, acled, plover, stix).</summary>
    internal static LossReport Report(Incident incident, string target) => target switch
    {
        "gtd" => GtdExporter.Export(incident).Losses,
        "acled" => AcledExporter.Export(incident).Losses,
        "plover" => PloverExporter.Export(incident).Losses,
        _ => StixExporter.Export(incident).Losses,
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task LossReport_IsPinned(string seed, string target)
    {
        Incident incident = SeedIncidents.All.Single(i => i.Id.ToString() == seed);
        string actual = string.Join("\n", Report(incident, target).Losses) + "\n";
        string file = Path.Combine(s_folder, $"{seed}.{target}.txt");
        if (Environment.GetEnvironmentVariable("INCIDENTS_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(file, actual, TestContext.Current.CancellationToken);
        }

        actual.Should().Be(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Gtd_PrisonAssault()
    {
        GtdRecord row = GtdExporter.Export(SeedIncidents.PrisonAssault).Value;

        (row.IYear, row.IMonth, row.IDay).Should().Be((2022, 1, 20));
        row.Attacks.Should().Equal(new GtdCoding(3, 6, 15, false), new GtdCoding(5, 13, 0, false), new GtdCoding(8, 9, 27, false));
        row.Target1.Should().Be(new GtdTarget(3, 26, "al-Sina'a prison"));
        row.Groups.Should().Equal(new GtdGroup("Islamic State", false), new GtdGroup("IS prisoners", false));
        (row.Claimed, row.CompClaim).Should().Be((1, 0));
        (row.NKill, row.NKillTer, row.NWound, row.NPerps).Should().Be((74, 39, null, 24));
        row.Specificity.Should().Be(4, "no coordinates, but the first-order region is known");
    }

    [Fact]
    public void Gtd_BarracksRaid_AndCompetingClaims()
    {
        GtdRecord raid = GtdExporter.Export(SeedIncidents.BarracksRaid).Value;
        Incident competing = SeedIncidents.BarracksRaid with { Claims = [SeedIncidents.BarracksRaid.Claims[0], SeedIncidents.BarracksRaid.Claims[0] with { Claimant = new ActorId("iraqi-army"), Modes = [ClaimMode.Video] }] };

        raid.Target1.Should().Be(new GtdTarget(4, 27, "army barracks"));
        raid.Attacks.Should().Equal(new GtdCoding(2, 5, 5, false));
        raid.NKill.Should().Be(11);
        GtdRecord two = GtdExporter.Export(competing).Value;
        (two.ClaimModes.AsImmutableArray().ToArray(), two.CompClaim).Should().BeEquivalentTo((new[] { 9, 6 }, 1));
    }

    [Fact]
    public void Acled_OneEventPerDay_WithTheConservativeFatalities()
    {
        Incident twoDays = SeedIncidents.BarracksRaid with { Timing = SeedIncidents.BarracksRaid.Timing with { Duration = new DurationEstimate(NodaTime.Duration.FromHours(30)) } };

        AcledRecord prison = AcledExporter.Export(SeedIncidents.PrisonAssault).Value.Should().ContainSingle().Which;
        (prison.Type, prison.Fatalities, prison.Actor1, prison.Actor2).Should().Be((new AcledEventType("Battles", "Armed clash"), 74, "Islamic State", "Syrian Democratic Forces"));
        EquatableArray<AcledRecord> split = AcledExporter.Export(twoDays).Value;
        split.Select(e => (e.EventDate.Day, e.Fatalities)).Should().Equal((20, 6), (21, 5));
        AcledExporter.Export(SeedIncidents.BarracksRaid with { Timing = SeedIncidents.BarracksRaid.Timing with { Date = new PartialDate(2022) } }).Value.Should().BeEmpty("ACLED excludes events it cannot place within a month");
    }

    [Fact]
    public void Plover_Raid()
    {
        PloverRecord raid = PloverExporter.Export(SeedIncidents.BarracksRaid).Value;

        raid.Event.Should().Equal("COERCE", "ASSAULT");
        raid.Mode.Should().Equal("seize", "firearms");
        (raid.Dead, raid.Date).Should().Be((11, "2022-01-20"));
    }
}
