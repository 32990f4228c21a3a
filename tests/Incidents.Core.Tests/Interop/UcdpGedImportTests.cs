using System.Text;
using Incidents.Core.Interop;
using Incidents.Core.Interop.Ucdp;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;
using NodaTime;

namespace Incidents.Core.Tests.Interop;

/// <summary>UCDP GED import over every row of the three real files in tests/data/ucdp-ged (CC BY 4.0; see the
/// NOTICE there), with counts checked against an independent count of the anomalies, and rows spot-checked field by
/// field.</summary>
public sealed class UcdpGedImportTests
{
    private static readonly Instant s_importedAt = Instant.FromUtc(2026, 11, 24, 12, 0);

    private static string Data(string file) => Path.Combine(Repository.Root, "tests", "data", "ucdp-ged", file);

    private static async Task<(GedHeaderReport Header, List<GedImportRow> Rows)> Import(string file, GedImportOptions? options = null)
    {
        using var reader = new StreamReader(Data(file), Encoding.UTF8);
        using UcdpGedImporter.GedImportSession session = await UcdpGedImporter.OpenAsync(reader, s_importedAt, options, TestContext.Current.CancellationToken);
        var rows = new List<GedImportRow>();
        await foreach (GedImportRow row in session.ReadRowsAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        return (session.Header, rows);
    }

    private static int Count(List<GedImportRow> rows, GedImportAction action, string column) =>
        rows.Sum(r => r.Issues.AsImmutableArray().Count(i => i.Action == action && i.Column == column));

    // Expected counts: rows, rows with low > best or best > high, rows with number_of_sources = -1 (counted with
    // Python's csv module over the same files).
    [Theory]
    [InlineData("ged_iraq_hdx_ged191.csv", "19.1 (HDX)", 802, 69, 178, "")]
    [InlineData("ged191_myanmar_bangladesh.csv", "19.1", 249, 6, 165, "")]
    [InlineData("ged_syria_2016_2019_from_rda.csv", "19.1", 699, 101, 0, "gwnoa")]
    public async Task EveryRow_IsImported_WithTheAnomaliesFlagged(string file, string release, int rows, int outOfOrder, int unknownSources, string missing)
    {
        (GedHeaderReport header, List<GedImportRow> imported) = await Import(file);

        header.Release.Name.Should().Be(release);
        header.Missing.Should().Equal(missing.Length == 0 ? [] : missing.Split(','));
        header.CanImport.Should().BeTrue();
        imported.Should().HaveCount(rows);
        imported.Should().OnlyContain(r => !r.IsRejected);
        Count(imported, GedImportAction.Normalized, "low").Should().Be(outOfOrder);
        Count(imported, GedImportAction.ReadAsUnknown, "number_of_sources").Should().Be(unknownSources);
        imported.SelectMany(r => r.Issues).Should().OnlyContain(i => i.Action == GedImportAction.Normalized || i.Action == GedImportAction.ReadAsUnknown);
        imported.Select(r => r.Incident!.Id).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("ged_iraq_hdx_ged191.csv", 69)]
    [InlineData("ged_syria_2016_2019_from_rda.csv", 101)]
    public async Task StrictPolicy_RejectsTheRowsThatNeedARepair(string file, int rejected)
    {
        (_, List<GedImportRow> rows) = await Import(file, new GedImportOptions { Policy = GedImportPolicy.Strict });

        rows.Count(r => r.IsRejected).Should().Be(rejected);
        rows.Where(r => r.IsRejected).Should().OnlyContain(r => r.Issues.Any(i => i.Action == GedImportAction.Rejected && i.Column == "low"));
    }

    [Fact]
    public async Task Iraq_Row1_FieldByField()
    {
        (_, List<GedImportRow> rows) = await Import("ged_iraq_hdx_ged191.csv");
        Incident i = rows[0].Incident!;

        i.Id.Should().Be(new IncidentId("ucdp-ged-225555"));
        (i.Timing.Date, i.Timing.NotAfter).Should().Be((new PartialDate(2016, 6, 11), new PartialDate(2016, 6, 12)), "date_prec 2: some day from 11 to 12 June, a window");
        i.Location.Precision.Should().Be(LocationPrecision.NearSettlement, "where_prec 2: within 25 km");
        i.Location.Country.Should().Be(new CountryCode("IQ"));
        (i.Location.Place, i.Location.Admin1).Should().Be(("Hajj Ali village", "Nīnawá province"));
        i.Location.Coordinates.Should().Be(new GeoCoordinate(35.740332, 43.308956));
        i.Actors.Select(a => (a.Name, a.Kind)).Should().Equal(
            ("Government of Iraq", ActorKind.StateForce), ("IS", ActorKind.NonStateArmedGroup), ("Civilians", ActorKind.Civilians), ("Side unknown", ActorKind.Unknown));
        i.Parties.Select(p => p.Role.Code).Should().Equal("belligerent", "belligerent");
        i.Casualties.Select(c => (c.Party?.Value, c.Range)).Should().Equal(
            ("ucdp-actor-116", CasualtyRange.Exactly(0)), ("ucdp-actor-234", CasualtyRange.Exactly(21)), ("civilians", CasualtyRange.Exactly(0)),
            ("unknown-side", CasualtyRange.Exactly(0)), ((string?)null, CasualtyRange.Exactly(21)));
        i.Sources.Select(s => s.Name).Should().Equal("Reuters News", "Iraqi officer involved in the operation", "UCDP Georeferenced Event Dataset (19.1 (HDX))");
        i.Sources[0].PublishedOn.Should().Be(new PartialDate(2016, 6, 14));
        i.Casualties[2].Attributions.Select(a => a.Source.Value).Should().Equal("original", "ucdp-ged");
        i.Extensions.Should().Contain(new ExtensionProperty("ged:gwnoa", "\"645.0\"")).And.Contain(new ExtensionProperty("ged:type_of_violence", "1"))
            .And.Contain(new ExtensionProperty("ged:country_id", "645"));
        i.Extensions.Should().NotContain(e => e.Name == "ged:date_start", "the dates are typed: a date and its window");
        rows[0].Losses.Losses.Select(l => l.Kind).Should().Equal(LossKind.KeptAsExtension);
    }

    [Fact]
    public async Task Iraq_OutOfOrderRow_IsWidened_AndTheOriginalIsKept()
    {
        (_, List<GedImportRow> rows) = await Import("ged_iraq_hdx_ged191.csv");
        GedImportRow row = rows[4]; // id 122098: low 6610 > best 6573, high 11659

        row.Incident!.Id.Value.Should().Be("ucdp-ged-122098");
        row.Incident.Casualties[^1].Range.Should().Be(new CasualtyRange(6573, 6573, 11659));
        row.Issues.Where(i => i.Action == GedImportAction.Normalized).Should().ContainSingle().Which.Should().Be(new GedImportIssue(5, "low", "6610,6573,11659", GedImportAction.Normalized,
            "The estimates are out of order (low 6610, best 6573, high 11659); widened to 6573–11659 with the best estimate inside."));
        row.Losses.Losses.Should().Contain(l => l.Kind == LossKind.Normalized && l.Subject == "low");
        row.Incident.Extensions.Where(e => e.Name is "ged:low" or "ged:best" or "ged:high").Select(e => e.Json).Should().Equal("6610", "6573", "11659");
        rows[14].Incident!.Casualties[^1].Range.Should().Be(new CasualtyRange(21, 22, 22), "id 145155: best 22 > high 21");
    }

    [Fact]
    public async Task Iraq_UnknownSideDeaths_AndMultiStateSides()
    {
        (_, List<GedImportRow> rows) = await Import("ged_iraq_hdx_ged191.csv");

        Incident coalition = rows[5].Incident!;
        coalition.Actors[0].Name.Should().Be("Government of Australia, Government of United Kingdom, Government of United States of America");
        coalition.Casualties.Should().Contain(c => c.Party == new ActorId("civilians") && c.Range == CasualtyRange.Exactly(1));
        coalition.Timing.Date.Should().Be(new PartialDate(2003, 3, 20));

        Incident unknown = rows[100].Incident!;
        unknown.Casualties.Should().Contain(c => c.Party == new ActorId("unknown-side") && c.Range == CasualtyRange.Exactly(15));
        unknown.Location.Precision.Should().Be(LocationPrecision.Settlement, "where_prec 1: the exact location");
    }

    [Fact]
    public async Task QuotedFieldWithABareLineFeed_IsReadWhole()
    {
        (_, List<GedImportRow> rows) = await Import("ged_iraq_hdx_ged191.csv");
        Incident row30 = rows[29].Incident!;

        row30.Id.Value.Should().Be("ucdp-ged-164062");
        row30.Sources.Should().Contain(s => s.Name == "UN \n", "white space is kept as written");
        rows[30].Incident!.Id.Value.Should().NotBe("ucdp-ged-164062", "the line feed did not split the record");
    }

    [Fact]
    public async Task Myanmar_OneSidedViolence_YearAndCountryPrecision()
    {
        (_, List<GedImportRow> rows) = await Import("ged191_myanmar_bangladesh.csv");

        Incident oneSided = rows[2].Incident!; // id 49095, type 3, date_prec 4 over May 2003
        oneSided.Parties.Select(p => p.Role).Should().Equal(PartyRole.Perpetrator, PartyRole.Victim);
        oneSided.Actors[1].Kind.Should().Be(ActorKind.Civilians);
        oneSided.Casualties.Should().Contain(c => c.Party == oneSided.Actors[1].Id && c.Range == CasualtyRange.Exactly(6));
        (oneSided.Timing.Date, oneSided.Timing.NotAfter).Should().Be((new PartialDate(2003, 5, 1), new PartialDate(2003, 5, 31)));
        oneSided.Location.Precision.Should().Be(LocationPrecision.Area, "where_prec 5");
        oneSided.Location.Country.Should().Be(new CountryCode("MM"));

        Incident year = rows[8].Incident!; // id 71686: 1989, country only
        (year.Timing.Date, year.Timing.NotAfter).Should().Be((new PartialDate(1989, 1, 1), new PartialDate(1989, 12, 31)));
        year.Location.Precision.Should().Be(LocationPrecision.Country);
    }

    [Fact]
    public async Task Syria_FirstRows_FieldByField_WithoutGwnoa()
    {
        (_, List<GedImportRow> rows) = await Import("ged_syria_2016_2019_from_rda.csv");

        Incident oneSided = rows[0].Incident!; // 215946: insurgents kill one civilian in Idlib town, per SOHR
        oneSided.Id.Value.Should().Be("ucdp-ged-215946");
        oneSided.Parties.Select(p => (p.Actor.Value, p.Role)).Should().Equal(("ucdp-actor-4456", PartyRole.Perpetrator), ("ucdp-actor-1", PartyRole.Victim));
        oneSided.Casualties.Select(c => (c.Party?.Value, c.Range)).Should().Equal(
            ("ucdp-actor-4456", CasualtyRange.Exactly(0)), ("ucdp-actor-1", CasualtyRange.Exactly(1)), ("unknown-side", CasualtyRange.Exactly(0)), ((string?)null, CasualtyRange.Exactly(1)));
        oneSided.Extensions.Should().Contain(e => e.Name == "ged:deaths_b", "in one-sided violence GED counts the civilians' deaths in deaths_civilians; deaths_b is kept as written");
        oneSided.Sources.Select(x => (x.Name, x.PublishedOn)).Should().Equal(("SOHR", new PartialDate(2016, 1, 2)), ("SOHR", (PartialDate?)null), ("UCDP Georeferenced Event Dataset (19.1)", (PartialDate?)null));
        oneSided.Location.Country.Should().Be(new CountryCode("SY"));
        oneSided.Extensions.Should().NotContain(e => e.Name == "ged:gwnoa", "the file has no gwnoa column");

        Incident clash = rows[1].Incident!; // 215974: government and insurgents, 12 and 12 killed
        clash.Actors.Select(a => a.Name).Should().Equal("Government of Syria", "Syrian insurgents", "Civilians", "Side unknown");
        clash.Casualties.Select(c => c.Range).Should().Equal(CasualtyRange.Exactly(12), CasualtyRange.Exactly(12), CasualtyRange.Exactly(0), CasualtyRange.Exactly(0), CasualtyRange.Exactly(24));
        clash.Location.Place.Should().Be("Jabal al Akrad mountain");
        clash.Location.Precision.Should().Be(LocationPrecision.NearSettlement);

        rows[2].Incident!.Timing.Date.Should().Be(new PartialDate(2016, 1, 3));
        rows[2].Incident!.Casualties[^1].Range.Should().Be(CasualtyRange.Exactly(4));
    }

    [Theory]
    [InlineData("ged_iraq_hdx_ged191.csv")]
    [InlineData("ged191_myanmar_bangladesh.csv")]
    [InlineData("ged_syria_2016_2019_from_rda.csv")]
    public async Task ImportedIncidents_PassTheValidator_WithoutErrors(string file)
    {
        (_, List<GedImportRow> rows) = await Import(file);
        var validator = new Incidents.Core.Validation.IncidentValidator(Validation.RuleFixtures.Clock);

        rows.Select(r => validator.Validate(r.Incident!)).SelectMany(r => r.Issues).Where(i => i.Severity == Incidents.Core.Validation.ValidationSeverity.Error)
            .Should().BeEmpty();
    }

    [Fact]
    public async Task ImportedIncidents_SurviveTheJsonRoundTrip_WithTheirExtensions()
    {
        (_, List<GedImportRow> rows) = await Import("ged_syria_2016_2019_from_rda.csv");

        foreach (Incident incident in rows.Select(r => r.Incident!))
        {
            IncidentJson.Deserialize(IncidentJson.Serialize(incident)).Should().Be(incident);
        }
    }

    [Fact]
    public void Header_ReportsMissingUnexpectedAndRenamedColumns_AllAtOnce()
    {
        string[] header = [.. GedRelease.Ged231.Columns.AsImmutableArray().Where(c => c is not "where_description" and not "best").Append("best_est").Append("my_flag")];

        GedHeaderReport report = UcdpGedImporter.CheckHeader(header, GedRelease.Ged231);

        report.Missing.Should().Equal("where_description");
        report.Unexpected.Should().Equal("my_flag");
        report.Renamed.Should().Equal(new GedColumnRename("best_est", "best"));
        report.CanImport.Should().BeTrue("best is found under its old name");
        report.IsExact.Should().BeFalse();
        report.ToString().Should().Contain("missing: where_description").And.Contain("unexpected: my_flag").And.Contain("renamed: best_est → best");
        UcdpGedImporter.CheckHeader(["id", "year"]).MissingRequired.Should().Equal("date_start", "date_end", "date_prec", "where_prec", "best");
        GedRelease.Ged231.Columns.Should().HaveCount(49);
        GedRelease.Ged191.Columns.Should().HaveCount(42);
        GedRelease.Hdx191.Columns.Should().HaveCount(45);
    }

    [Fact]
    public async Task Release231_FileWithoutHeader_NamedRelease_AndTimestampedDates()
    {
        string[] values = [.. GedRelease.Ged231.Columns.AsImmutableArray().Select(c => c switch
        {
            "id" => "9001", "date_start" => "2022-01-20 00:00:00.000", "date_end" => "2022-01-20 00:00:00.000", "date_prec" => "1",
            "where_prec" => "1", "best" => "11", "high" => "12", "low" => "10", "side_a" => "IS", "side_b" => "Government of Iraq",
            "type_of_violence" => "1", "country_id" => "645", "where_description" => "north of Baghdad", "relid" => "IRQ-2022-1-524-1",
            _ => string.Empty,
        })];
        using var reader = new StringReader(string.Join(',', values) + "\r\n");

        using UcdpGedImporter.GedImportSession session = await UcdpGedImporter.OpenAsync(reader, s_importedAt, new GedImportOptions { HasHeaderRow = false, Release = GedRelease.Ged231 }, TestContext.Current.CancellationToken);
        var rows = new List<GedImportRow>();
        await foreach (GedImportRow row in session.ReadRowsAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        Incident i = rows.Should().ContainSingle().Which.Incident!;
        i.Timing.Date.Should().Be(new PartialDate(2022, 1, 20));
        i.Casualties[^1].Range.Should().Be(new CasualtyRange(10, 11, 12), "23.1 writes best,high,low; read by name");
        i.Location.Description.Should().Be("north of Baghdad");
        i.Extensions.Should().Contain(new ExtensionProperty("ged:relid", "\"IRQ-2022-1-524-1\""));
    }

    [Fact]
    public async Task MissingRequiredColumns_StopTheImportBeforeAnyRow()
    {
        using var reader = new StringReader("id,year\n1,2020\n");
        using UcdpGedImporter.GedImportSession session = await UcdpGedImporter.OpenAsync(reader, s_importedAt, cancellationToken: TestContext.Current.CancellationToken);

        session.Header.CanImport.Should().BeFalse();
        Action read = () => session.ReadRowsAsync(TestContext.Current.CancellationToken);
        read.Should().Throw<InvalidOperationException>().WithMessage("*date_start, date_end, date_prec, where_prec, best*");
    }

    [Fact]
    public async Task BadValues_AreReported_NeverThrown()
    {
        const string Csv = "id,date_start,date_end,date_prec,where_prec,best,low,high,latitude,longitude,deaths_a,side_a\n"
            + "1,2020-13-01,2020-01-01,1,1,5,,,,,,A\n"
            + "2,2020-01-01,2020-01-01,1,9,5,,,95,200,-3,A\n"
            + ",2020-01-01,2020-01-01,1,1,x,,,,,,\n"
            + "4,2020-01-02,2020-01-01,1,1,-5,,,,,,\n";
        using var reader = new StringReader(Csv);
        using UcdpGedImporter.GedImportSession session = await UcdpGedImporter.OpenAsync(reader, s_importedAt, cancellationToken: TestContext.Current.CancellationToken);
        var rows = new List<GedImportRow>();
        await foreach (GedImportRow row in session.ReadRowsAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        rows.Select(r => r.IsRejected).Should().Equal(true, false, true, false);
        rows[0].Issues.Select(i => (i.Column, i.Action)).Should().Contain(("date_start", GedImportAction.Rejected));
        rows[1].Issues.Select(i => (i.Column, i.Action)).Should().Equal(("where_prec", GedImportAction.Normalized), ("latitude", GedImportAction.Ignored), ("deaths_a", GedImportAction.Ignored));
        rows[2].Issues.Select(i => i.Column).Should().Contain("id");
        rows[3].Issues.Select(i => (i.Column, i.Action)).Should().Equal(("date_end", GedImportAction.Normalized), ("best", GedImportAction.Ignored));
    }
}
