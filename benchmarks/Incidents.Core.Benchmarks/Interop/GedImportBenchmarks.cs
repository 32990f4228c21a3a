using System.Globalization;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using CsvHelper.Configuration;
using Incidents.Core.Interop.Ucdp;
using NodaTime;
using nietras.SeparatedValues;

namespace Incidents.Core.Benchmarks.Interop;

/// <summary>The UCDP GED importer against a plain read of the same file into one dictionary per row (column → value),
/// with CsvHelper (the importer's CSV library) and with Sep: the target is the importer within 1.5× of a plain
/// read. The file: tests/data/ucdp-ged/ged_iraq_hdx_ged191.csv (880 lines, 419 KB, real GED 19.1 rows, CC BY 4.0).</summary>
[MemoryDiagnoser]
public class GedImportBenchmarks
{
    private static readonly Instant s_importedAt = Instant.FromUtc(2026, 11, 30, 0, 0);
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        string dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "Incidents.Core.sln")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("The repository root was not found.");
        }

        _text = File.ReadAllText(Path.Combine(dir, "tests", "data", "ucdp-ged", "ged_iraq_hdx_ged191.csv"));
    }

    /// <summary>CsvHelper, each row into a dictionary of its header's columns.</summary>
    [Benchmark(Baseline = true)]
    public int PlainCsvHelperRead()
    {
        using var csv = new CsvReader(new StringReader(_text), new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null });
        csv.Read();
        csv.ReadHeader();
        string[] header = csv.HeaderRecord!;
        int rows = 0;
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
            {
                row[header[i]] = csv.GetField(i) ?? string.Empty;
            }

            rows += row.Count > 0 ? 1 : 0;
        }

        return rows;
    }

    /// <summary>Sep, each row into a dictionary of its header's columns.</summary>
    [Benchmark]
    public int PlainSepRead()
    {
        using SepReader reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(_text);
        string[] header = [.. reader.Header.ColNames];
        int rows = 0;
        foreach (SepReader.Row row in reader)
        {
            var values = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
            {
                values[header[i]] = row[i].ToString();
            }

            rows += values.Count > 0 ? 1 : 0;
        }

        return rows;
    }

    /// <summary>The importer: every row to an incident with its issues and loss report.</summary>
    [Benchmark]
    public async Task<int> Importer()
    {
        using UcdpGedImporter.GedImportSession session = await UcdpGedImporter.OpenAsync(new StringReader(_text), s_importedAt);
        int rows = 0;
        await foreach (GedImportRow row in session.ReadRowsAsync())
        {
            rows += row.IsRejected ? 0 : 1;
        }

        return rows;
    }
}
