using System.Globalization;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using CsvHelper.Configuration;
using Incidents.Core.Benchmarks.Shared;
using nietras.SeparatedValues;

namespace Incidents.Core.Benchmarks.Interop;

/// <summary>The UCDP GED importer against a plain read of the same file into one dictionary per row (column → value),
/// with CsvHelper (the baseline issue [9] measured) and with Sep (the importer's CSV library): the target is the
/// importer within 1.5× of a plain read. The file: <see cref="GedIraqFile"/>.</summary>
[MemoryDiagnoser]
public class GedImportBenchmarks
{
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = GedIraqFile.Read();

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
    public Task<int> Importer() => GedIraqFile.ImportAsync(_text);
}
