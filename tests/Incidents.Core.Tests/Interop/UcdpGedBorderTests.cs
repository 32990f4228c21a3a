using System.Globalization;
using System.Text;
using Incidents.Core.Interop.Acled;
using Incidents.Core.Interop.CodeMaps;
using Incidents.Core.Interop.Gtd;
using Incidents.Core.Interop.Plover;
using Incidents.Core.Interop.Ucdp;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;
using Incidents.Core.Tests.Validation;
using Incidents.Core.Validation;
using NodaTime;

namespace Incidents.Core.Tests.Interop;

/// <summary>The GED import at the border: nothing lost from the real rows (zero counts, the G&amp;W number, dates as
/// windows), the G&amp;W table checked against the whole G&amp;W list, rows cut short or run long rejected, -1 read as
/// unknown, documented exceptions only, culture-invariant messages, and output that the strict validator passes.</summary>
public sealed class UcdpGedBorderTests
{
    private static readonly Instant s_importedAt = Instant.FromUtc(2026, 11, 24, 12, 0);

    private static readonly string[] s_files = ["ged_iraq_hdx_ged191.csv", "ged191_myanmar_bangladesh.csv", "ged_syria_2016_2019_from_rda.csv"];

    private static string Data(params string[] path) => Path.Combine([Repository.Root, "tests", "data", .. path]);

    private static async Task<List<GedImportRow>> Import(TextReader reader, GedImportOptions? options = null)
    {
        using UcdpGedImporter.GedImportSession session = await UcdpGedImporter.OpenAsync(reader, s_importedAt, options, TestContext.Current.CancellationToken);
        var rows = new List<GedImportRow>();
        await foreach (GedImportRow row in session.ReadRowsAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static Task<List<GedImportRow>> ImportFile(string file) => Import(new StreamReader(Data("ucdp-ged", file), Encoding.UTF8));

    /// <summary>The file's data rows as column → raw value, read by a plain CSV split of the same text (RFC 4180 quotes).</summary>
    private static List<Dictionary<string, string>> RawRows(string file)
    {
        List<string[]> records = Csv.Parse(File.ReadAllText(Data("ucdp-ged", file)));
        string[] header = records[0];
        return [.. records.Skip(1).Where(r => !(r.Length > 0 && r.All(v => v.Length == 0 || v.StartsWith('#')))).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second))];
    }

    [Theory]
    [InlineData("ged_iraq_hdx_ged191.csv")]
    [InlineData("ged191_myanmar_bangladesh.csv")]
    [InlineData("ged_syria_2016_2019_from_rda.csv")]
    public async Task EveryZeroCount_IsAFigureOfZero_NotAnUnknown(string file)
    {
        List<GedImportRow> rows = await ImportFile(file);
        List<Dictionary<string, string>> raw = RawRows(file);
        rows.Should().HaveSameCount(raw);

        int zeros = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            Incident incident = rows[i].Incident!;
            bool oneSidedOnCivilians = raw[i].GetValueOrDefault("type_of_violence") is "3" && raw[i].GetValueOrDefault("side_b") == "Civilians";
            foreach (string column in (string[])["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"])
            {
                if (raw[i].GetValueOrDefault(column) is not "0")
                {
                    continue;
                }

                zeros++;
                if (column == "deaths_b" && oneSidedOnCivilians)
                {
                    incident.Extensions.Should().Contain(e => e.Name == "ged:deaths_b" && e.Json == "0", "GED counts the civilians in deaths_civilians; deaths_b is kept");
                }
                else
                {
                    incident.Casualties.Should().Contain(f => f.Description == column && f.Range == CasualtyRange.Exactly(0), $"row {i + 1}, {column} = 0");
                }
            }
        }

        zeros.Should().BeGreaterThan(0);
    }

    [Fact]
    public void EveryStateOfTheGleditschWardListThatExistsToday_HasItsIsoCode_CheckedByName()
    {
        List<string[]> list = Csv.Parse(File.ReadAllText(Data("gleditsch-ward", "gwstates.csv")));
        string[] header = list[0];
        var rows = list.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        rows.Should().HaveCount(239);
        var current = rows.Where(r => r["end"] == "9999-12-31").Select(r => (Number: int.Parse(r["gwcode"], CultureInfo.InvariantCulture), Name: r["country_name"])).ToList();

        foreach ((int number, string name) in current.Where(c => c.Number is not (396 or 397)))
        {
            GleditschWard.TryGetCountry(number, out CountryCode code).Should().BeTrue($"{number} {name} exists today");
            if (CountryCode.TryFromEnglishName(name, out CountryCode byName))
            {
                code.Should().Be(byName, $"{number} {name}");
            }
        }

        // Where G&W and ISO differ, by hand.
        (int, string?)[] byHand =
        [
            (260, "DE"), (345, "RS"), (340, "RS"), (347, "XK"), (365, "RU"), (678, "YE"), (816, "VN"), (731, "KP"), (732, "KR"), (490, "CD"), (484, "CG"),
            (265, null), (315, null), (680, null), (817, null), (396, null), (397, null), (255, null), (300, null),
        ];
        foreach ((int number, string? iso) in byHand)
        {
            (GleditschWard.TryGetCountry(number, out CountryCode code) ? code.ToString() : null).Should().Be(iso, $"G&W {number}");
        }
    }

    [Fact]
    public async Task TheImportersOutput_PassesTheStrictValidator_OnceItsPrefixIsDeclared()
    {
        var lines = new StringBuilder();
        foreach (string file in s_files)
        {
            foreach (GedImportRow row in await ImportFile(file))
            {
                lines.Append(IncidentJson.Serialize(row.Incident!)).Append('\n');
            }
        }

        byte[] payload = Encoding.UTF8.GetBytes(lines.ToString());
        var declared = new IncidentPayloadValidator(RuleFixtures.Clock, new PayloadValidationOptions { Strict = true, DeclaredExtensionPrefixes = [UcdpGedImporter.ExtensionPrefix] });
        var undeclared = new IncidentPayloadValidator(RuleFixtures.Clock, new PayloadValidationOptions { Strict = true });

        PayloadValidationReport report = declared.Validate(payload);
        report.Issues.Where(i => i.Severity == ValidationSeverity.Error).Should().BeEmpty();
        report.Summary.Documents.Should().BeGreaterThan(100);
        undeclared.Validate(payload).Issues.Should().Contain(i => i.Code == "INC-JSON-010" && i.Severity == ValidationSeverity.Error);
    }

    [Fact]
    public async Task ARowCutShortOrRunLong_IsRejectedWithItsReason()
    {
        string[] lines = File.ReadAllLines(Data("ucdp-ged", "ged_syria_2016_2019_from_rda.csv"));
        string header = lines[0], row = lines[1];
        string cut = row[..row.LastIndexOf(',')];
        string truncatedValue = row[..^1];

        List<GedImportRow> rows = await Import(new StringReader($"{header}\n{cut}\n{row},extra\n{row}\n"));

        rows.Select(r => r.IsRejected).Should().Equal(true, true, false);
        rows[0].Issues.Single().Message.Should().Contain("cut short");
        rows[1].Issues.Single().Message.Should().Contain("extra fields");
        (await Import(new StringReader($"{header}\n{truncatedValue}\n"))).Single().IsRejected.Should().BeFalse("a value cut inside its field cannot be told from a shorter value");
    }

    [Fact]
    public async Task AnEmptyFile_ThrowsTheDocumentedException()
    {
        Func<Task> open = () => UcdpGedImporter.OpenAsync(new StringReader(string.Empty), s_importedAt, cancellationToken: TestContext.Current.CancellationToken);

        await open.Should().ThrowAsync<InvalidDataException>().WithMessage("*empty*");
    }

    [Fact]
    public async Task MinusOne_IsUnknownEverywhere_AndADatePrecisionOfZeroIsReported()
    {
        const string Csv = "id,date_start,date_end,date_prec,where_prec,best,low,high,deaths_a,side_a,number_of_sources\n"
            + "1,2020-01-01,2020-01-03,0,1,-1,2,9,-1,A,-1\n";

        GedImportRow row = (await Import(new StringReader(Csv))).Single();

        row.Issues.Select(i => (i.Column, i.Action)).Should().Contain([
            ("date_prec", GedImportAction.Normalized), ("best", GedImportAction.ReadAsUnknown), ("deaths_a", GedImportAction.ReadAsUnknown), ("number_of_sources", GedImportAction.ReadAsUnknown)]);
        Incident incident = row.Incident!;
        (incident.Timing.Date, incident.Timing.NotAfter).Should().Be((new PartialDate(2020, 1, 1), new PartialDate(2020, 1, 3)));
        incident.Casualties.Should().ContainSingle().Which.Range.Should().Be(CasualtyRange.Between(2, 9));
        incident.Extensions.Should().NotContain(e => e.Name == "ged:number_of_sources");
    }

    [Fact]
    public async Task Messages_AreTheSameInEveryCulture()
    {
        const string Csv = "id,date_start,date_end,date_prec,where_prec,best\n1,1989-05-10,1989-05-09,1,1,5\n";
        string invariant = (await Import(new StringReader(Csv))).Single().Issues.Single().Message;

        foreach (string culture in (string[])["tr-TR", "ar-SA"])
        {
            using var scope = new CultureScope(culture);
            (await Import(new StringReader(Csv))).Single().Issues.Single().Message.Should().Be(invariant);
        }

        invariant.Should().Contain("1989-05-10");
    }

    [Fact]
    public async Task GeomWkt_IsKept_EvenWhereItDisagreesWithTheCoordinates()
    {
        List<Dictionary<string, string>> raw = RawRows("ged_iraq_hdx_ged191.csv");
        List<GedImportRow> rows = await ImportFile("ged_iraq_hdx_ged191.csv");

        for (int i = 0; i < rows.Count; i++)
        {
            if (raw[i].GetValueOrDefault("geom_wkt") is { Length: > 0 } wkt)
            {
                rows[i].Incident!.Extensions.Should().Contain(e => e.Name == "ged:geom_wkt" && e.Json == System.Text.Json.JsonSerializer.Serialize(wkt));
            }
        }
    }

    [Fact]
    public async Task AHeaderOfAHundredThousandColumns_IsRefusedBeforeItIsCompared()
    {
        string header = string.Join(',', Enumerable.Range(0, 100_000).Select(i => $"c{i}"));
        Func<Task> open = () => UcdpGedImporter.OpenAsync(new StringReader(header + "\n"), s_importedAt, cancellationToken: TestContext.Current.CancellationToken);

        await open.Should().ThrowAsync<InvalidDataException>().WithMessage("*100000 columns*MaxColumns*1000*");
        Func<Task> wider = () => UcdpGedImporter.OpenAsync(new StringReader("id,c2,c3\n"), s_importedAt, new GedImportOptions { MaxColumns = 2 }, TestContext.Current.CancellationToken);
        await wider.Should().ThrowAsync<InvalidDataException>();
    }

    [Theory]
    [InlineData("a huge field")]
    [InlineData("a quote that never closes")]
    public async Task ARowLongerThanTheLimit_IsRefused_OnceTheLimitIsRead_NotAtItsEnd(string hostile)
    {
        string[] lines = File.ReadAllLines(Data("ucdp-ged", "ged_iraq_hdx_ged191.csv"));
        string head = lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\n"; // the header, HDX's HXL tag row, one event
        string row = hostile == "a huge field" ? "1," : "1,\"";
        var reader = new CountingReader(head + row, filler: hostile == "a huge field" ? 'x' : '\n', fillerLength: 64 << 20);
        var rows = new List<GedImportRow>();

        Func<Task> import = async () =>
        {
            using UcdpGedImporter.GedImportSession session = await UcdpGedImporter.OpenAsync(reader, s_importedAt, cancellationToken: TestContext.Current.CancellationToken);
            await foreach (GedImportRow each in session.ReadRowsAsync(TestContext.Current.CancellationToken))
            {
                rows.Add(each);
            }
        };

        (await import.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should().StartWith("Row 4 of the file (counting the header) is longer than the limit (GedImportOptions.MaxRowLength) of 1,048,576 characters");
        rows.Should().ContainSingle("the row before it is imported").Which.Incident.Should().NotBeNull();
        reader.Consumed.Should().BeLessThan(3L << 20, "the row is refused once the limit is passed — with the CSV reader's last buffer, which doubles, at most about twice the limit is read — not after its 64 Mi characters");
        Action tooSmall = () => _ = new GedImportOptions { MaxRowLength = 100 };
        tooSmall.Should().Throw<ArgumentOutOfRangeException>();
    }

    /// <summary>Text, then a filler character repeated: as a reader that says how much of it was read.</summary>
    private sealed class CountingReader(string start, char filler, long fillerLength) : TextReader
    {
        public long Consumed { get; private set; }

        public override int Read(Span<char> buffer)
        {
            int n = 0;
            while (n < buffer.Length && Consumed < start.Length + fillerLength)
            {
                buffer[n++] = Consumed < start.Length ? start[(int)Consumed] : filler;
                Consumed++;
            }

            return n;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(char[] buffer, int index, int count) => Task.FromResult(Read(buffer.AsSpan(index, count)));
    }

    [Fact]
    public async Task TheSidesOfTwoSidedFighting_AreBothExported_OrReportedLost()
    {
        List<Dictionary<string, string>> raw = RawRows("ged_iraq_hdx_ged191.csv");
        List<GedImportRow> rows = await ImportFile("ged_iraq_hdx_ged191.csv");
        int checkedRows = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            if (raw[i]["type_of_violence"] != "1" || rows[i].Incident is not { } incident)
            {
                continue;
            }

            checkedRows++;
            string[] sides = [raw[i]["side_a"], raw[i]["side_b"]];
            AcledRecord acled = AcledExporter.Export(incident).Value[0];
            new[] { acled.Actor1, acled.Actor2 }.Should().Equal(sides, "row {0}: ACLED's actor1 and actor2 are the two sides", i + 2);
            PloverExporter.Export(incident).Value.Actor.AsImmutableArray().Should().Equal(sides, "PLOVER's actors of two-sided violence are all participants");
            Mapping<GtdRecord> gtd = GtdExporter.Export(incident);
            gtd.Value.Groups.Should().BeEmpty("a side of fighting is not a perpetrator group");
            gtd.Losses.Losses.AsImmutableArray().Where(l => l.Subject.StartsWith("/parties/", StringComparison.Ordinal)).Select(l => l.Description)
                .Should().Equal(sides.Select(side => $"{side} as belligerent → GTD names perpetrator groups only (gname)"));
        }

        checkedRows.Should().BeGreaterThan(100);
    }
}
