#pragma warning disable xUnit1051 // The snippet is the README's, line for line; it has no cancellation token.
using Incidents.Core.Interop.Ucdp;
using Incidents.Core.Tests.Support;
using NodaTime;

namespace Incidents.Core.Tests.Docs;

/// <summary>The README's GED snippet, line for line, over a real file.</summary>
public class ReadmeInteropSnippetTests
{
    [Fact]
    public async Task Snippet_Runs()
    {
        Instant importedAt = Instant.FromUtc(2026, 11, 24, 12, 0);
        string file = Path.Combine(Repository.Root, "tests", "data", "ucdp-ged", "ged_iraq_hdx_ged191.csv");
        var imported = new List<Incident>();

        using var reader = new StreamReader(file);
        using var session = await UcdpGedImporter.OpenAsync(reader, importedAt);   // reads and checks the header first
        string header = session.Header.ToString();
        await foreach (GedImportRow row in session.ReadRowsAsync())
        {
            if (row.Incident is { } incident) { imported.Add(incident); }   // or row.IsRejected; row.Issues; row.Losses
        }

        header.Should().StartWith("GED 19.1 (HDX): 45 columns, as expected");
        imported.Should().HaveCount(802);
    }

    [Fact]
    public void Readme_ContainsTheSnippet()
    {
        Repository.ReadText("README.md").Should()
            .Contain("using var session = await UcdpGedImporter.OpenAsync(reader, importedAt);   // reads and checks the header first")
            .And.Contain("await foreach (GedImportRow row in session.ReadRowsAsync())");
    }
}
