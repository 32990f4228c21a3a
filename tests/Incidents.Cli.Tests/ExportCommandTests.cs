using System.Text.Json;
using Incidents.Core;
using Incidents.Core.Interop.Acled;
using Incidents.Core.Interop.Gtd;
using Incidents.Core.Interop.Plover;
using Incidents.Core.Json;
using nietras.SeparatedValues;

namespace Incidents.Cli.Tests;

/// <summary><c>incidents export gtd|acled|plover</c>: the files an independent reader (Sep for CSV, System.Text.Json's
/// DOM for JSON lines) reads back to the exporters' records, field for field, and loss reports that count what the
/// summary says.</summary>
public sealed class ExportCommandTests
{
    private static string Sample(string name) => Path.Combine(Payloads.RepositoryRoot, "samples", "data", name);

    private static async Task<List<Incident>> Incidents(string name)
    {
        await using FileStream file = File.OpenRead(Sample(name));
        var incidents = new List<Incident>();
        await foreach (Incident incident in IncidentJson.ReadNdjsonAsync(file, cancellationToken: TestContext.Current.CancellationToken))
        {
            incidents.Add(incident);
        }

        return incidents;
    }

    /// <summary>The CSV read by Sep (RFC 4180 quotes undone): the header, then each row as column → text.</summary>
    private static (string[] Header, List<Dictionary<string, string>> Rows) ReadCsv(string text)
    {
        using SepReader reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).FromText(text);
        string[] header = [.. reader.Header.ColNames];
        var rows = new List<Dictionary<string, string>>();
        foreach (SepReader.Row row in reader)
        {
            row.ColCount.Should().Be(header.Length, "every row has a field per column");
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
            {
                fields[header[i]] = row[i].ToString();
            }

            rows.Add(fields);
        }

        return (header, rows);
    }

    private static string Text(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    [Theory]
    [InlineData("seed-incidents.ndjson")]
    [InlineData("ucdp-ged-iraq.ndjson")]
    public async Task Gtd_IsOneCsvRowPerIncident_WithTheExportersFigures(string file)
    {
        ToolResult result = await ToolRun.RunAsync("export", "gtd", Sample(file));
        List<Incident> incidents = await Incidents(file);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("\r\n").And.EndWith("\r\n", "RFC 4180 ends every record with CRLF");
        (string[] header, List<Dictionary<string, string>> rows) = ReadCsv(result.Output);
        header.Should().StartWith(["iyear", "imonth", "iday", "approxdate", "extended", "resolution", "country_txt"]).And.EndWith(["related", "incident_id"]);
        header.Should().OnlyHaveUniqueItems();
        rows.Should().HaveCount(incidents.Count);
        for (int i = 0; i < incidents.Count; i++)
        {
            GtdRecord gtd = GtdExporter.Export(incidents[i]).Value;
            Dictionary<string, string> row = rows[i];
            row["incident_id"].Should().Be(incidents[i].Id.ToString());
            row["iyear"].Should().Be(Text(gtd.IYear));
            row["country_txt"].Should().Be(gtd.CountryText ?? string.Empty);
            row["summary"].Should().Be(gtd.Summary ?? string.Empty, "a summary with commas and quotes reads back whole");
            row["nkill"].Should().Be(Text(gtd.NKill), "an unknown toll is blank, never 0");
            row["nwound"].Should().Be(Text(gtd.NWound));
            row["nperps"].Should().Be(gtd.NPerps is { } perps ? Text(perps) : "-99", "GTD writes an unknown count of perpetrators as -99");
            row["claimed"].Should().Be(gtd.Claimed is { } claimed ? Text(claimed) : "-9");
            row["gname"].Should().Be(gtd.Groups.IsEmpty ? string.Empty : gtd.Groups[0].Name);
            row["latitude"].Should().Be(gtd.Latitude is { } lat ? lat.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
        }
    }

    [Fact]
    public async Task Gtd_OfTheSeeds_HasTheCodesAnAnalystWouldWrite()
    {
        ToolResult result = await ToolRun.RunAsync("export", "gtd", Sample("seed-incidents.ndjson"));
        Dictionary<string, string> prison = ReadCsv(result.Output).Rows[0];

        prison["country_txt"].Should().Be("Syria", "the English name, also in the tool's invariant-globalization mode");
        prison["attacktype1_txt"].Should().Be("Bombing/Explosion");
        prison["weaptype1"].Should().Be("6");
        prison["weapsubtype1_txt"].Should().Be("Vehicle", "a VBIED is GTD's weapon 6/15");
        prison["targtype1_txt"].Should().Be("Police");
        prison["targsubtype1"].Should().Be("26", "GTD files prisons under Police: Prison/Jail");
        prison["gname"].Should().Be("Islamic State");
        prison["claimed"].Should().Be("1");
    }

    [Theory]
    [InlineData("seed-incidents.ndjson")]
    [InlineData("ucdp-ged-iraq.ndjson")]
    public async Task Acled_IsACsvRowPerEvent_WithBothSidesAndTheFatalities(string file)
    {
        ToolResult result = await ToolRun.RunAsync("export", "acled", Sample(file));
        List<Incident> incidents = await Incidents(file);

        result.ExitCode.Should().Be(0, result.Error);
        List<Dictionary<string, string>> rows = ReadCsv(result.Output).Rows;
        List<(Incident Incident, AcledRecord Event)> expected = [.. incidents.SelectMany(i => AcledExporter.Export(i).Value.AsImmutableArray().Select(e => (i, e)))];
        rows.Should().HaveCount(expected.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            (Incident incident, AcledRecord acled) = expected[i];
            rows[i]["incident_id"].Should().Be(incident.Id.ToString());
            rows[i]["event_date"].Should().Be(acled.EventDate.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            rows[i]["event_type"].Should().Be(acled.Type.EventType);
            rows[i]["actor1"].Should().Be(acled.Actor1 ?? string.Empty);
            rows[i]["actor2"].Should().Be(acled.Actor2 ?? string.Empty);
            rows[i]["fatalities"].Should().Be(Text(acled.Fatalities));
            rows[i]["country"].Should().Be(acled.Country?.EnglishName ?? string.Empty);
            rows[i]["notes"].Should().Be(acled.Notes ?? string.Empty);
        }

        rows.Should().OnlyContain(r => r["actor1"].Length > 0, "every incident of these files names at least one side");
    }

    [Fact]
    public async Task Plover_IsOneJsonRecordALine_WithPloversRequiredFields()
    {
        ToolResult result = await ToolRun.RunAsync("export", "plover", Sample("ucdp-ged-iraq.ndjson"));
        List<Incident> incidents = await Incidents("ucdp-ged-iraq.ndjson");

        result.ExitCode.Should().Be(0, result.Error);
        result.OutputLines.Should().HaveCount(incidents.Count);
        for (int i = 0; i < incidents.Count; i++)
        {
            PloverRecord plover = PloverExporter.Export(incidents[i]).Value;
            using JsonDocument line = JsonDocument.Parse(result.OutputLines[i]);
            JsonElement root = line.RootElement;
            root.GetProperty("id").GetString().Should().Be(plover.Id);
            root.GetProperty("date").GetString().Should().Be(plover.Date);
            root.GetProperty("event").EnumerateArray().Select(e => e.GetString()).Should().Equal(plover.Event.AsImmutableArray());
            root.GetProperty("actor").EnumerateArray().Select(e => e.GetProperty("entity_text").GetString()).Should().Equal(plover.Actor.AsImmutableArray());
            root.GetProperty("actor").GetArrayLength().Should().BeGreaterThan(0, "PLOVER requires an actor; GED's sides are the actors of two-sided violence");
            int? dead = root.TryGetProperty("size", out JsonElement size) && size.TryGetProperty("dead", out JsonElement d) ? d.GetInt32() : null;
            dead.Should().Be(plover.Dead);
            root.GetProperty("event_loc").GetProperty("country_code").GetString().Should().Be("IRQ");
        }
    }

    [Theory]
    [InlineData("gtd")]
    [InlineData("acled")]
    [InlineData("plover")]
    [InlineData("stix")]
    public async Task TheLossReport_HasAsManyLinesAsTheSummarySays_OnStandardErrorOrInAFile(string target)
    {
        using var dir = new TempFolder();
        string losses = Path.Combine(dir.Path, "losses.txt");
        string output = Path.Combine(dir.Path, "out");

        ToolResult toStandardError = await ToolRun.RunAsync("export", target, Sample("ucdp-ged-iraq.ndjson"));
        ToolResult toFiles = await ToolRun.RunAsync("export", target, Sample("ucdp-ged-iraq.ndjson"), "-o", output, "--loss-report", losses);

        string summary = toFiles.ErrorLines.Should().ContainSingle().Subject;
        int count = int.Parse(summary[(summary.LastIndexOf("; ", StringComparison.Ordinal) + 2)..^" losses".Length], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
        File.ReadAllLines(losses).Should().HaveCount(count).And.Equal(toStandardError.ErrorLines[..^1]);
        count.Should().BeGreaterThan(0);
        File.ReadAllText(output).Should().Be(toStandardError.Output);
        summary.Should().Be($"{Sample("ucdp-ged-iraq.ndjson")}: 802 incidents exported to {target}, 0 not readable; {(toStandardError.ErrorLines.Length - 1).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} losses");
    }

    [Fact]
    public async Task AnUnknownTarget_IsAUsageError()
    {
        ToolResult result = await ToolRun.RunAsync("export", "xlsx", Sample("seed-incidents.ndjson"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("xlsx");
    }
}
