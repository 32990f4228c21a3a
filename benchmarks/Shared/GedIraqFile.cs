using Incidents.Core.Interop.Ucdp;
using NodaTime;

namespace Incidents.Core.Benchmarks.Shared;

/// <summary>The GED importer's benchmark input and the import itself, shared by the benchmarks against a plain CSV
/// read and the before/after runs: tests/data/ucdp-ged/ged_iraq_hdx_ged191.csv (880 lines, 419 KB, real GED 19.1
/// rows, CC BY 4.0).</summary>
internal static class GedIraqFile
{
    private static readonly Instant s_importedAt = Instant.FromUtc(2026, 11, 30, 0, 0);

    /// <summary>Reads the file, found from the benchmark's folder up to the repository root.</summary>
    public static string Read()
    {
        string dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "Incidents.Core.sln")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("The repository root was not found.");
        }

        return File.ReadAllText(Path.Combine(dir, "tests", "data", "ucdp-ged", "ged_iraq_hdx_ged191.csv"));
    }

    /// <summary>Imports every row to an incident with its issues and loss report.</summary>
    /// <returns>The number of rows imported.</returns>
    public static async Task<int> ImportAsync(string text)
    {
        using UcdpGedImporter.GedImportSession session = await UcdpGedImporter.OpenAsync(new StringReader(text), s_importedAt);
        int rows = 0;
        await foreach (GedImportRow row in session.ReadRowsAsync())
        {
            rows += row.IsRejected ? 0 : 1;
        }

        return rows;
    }
}
