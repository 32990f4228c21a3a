#pragma warning disable xUnit1051 // The snippet is the README's, line for line; it has no cancellation token.
using System.Text.Json;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Docs;

/// <summary>The README's JSON snippet, line for line, run against the seed.</summary>
public class ReadmeJsonSnippetTests
{
    [Fact]
    public async Task Snippet_Runs()
    {
        Incident incident = SeedIncidents.PrisonAssault;
        Incident[] incidents = [.. SeedIncidents.All];
        using var stream = new MemoryStream();
        var seen = new List<Incident>();

        string json = IncidentJson.Serialize(incident);                     // canonical, compact UTF-8 text
        Incident same = IncidentJson.Deserialize(json);                     // JsonException with path, line, position
        byte[] utf8 = IncidentJson.SerializeToUtf8Bytes(incident, new IncidentJsonOptions { WriteIndented = true });

        await IncidentJson.WriteNdjsonAsync(stream, incidents);             // one incident per line
        stream.Position = 0;
        await foreach (Incident each in IncidentJson.ReadNdjsonAsync(stream)) { seen.Add(each); }   // streaming, memory flat in file size

        string viaOptions = JsonSerializer.Serialize(incident, IncidentJson.Options);          // System.Text.Json with the library's options
        string viaTypeInfo = JsonSerializer.Serialize(incident, IncidentJson.IncidentTypeInfo); // … in trimmed / Native AOT apps
        var mine = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddIncidentsConverters(); // your own options

        same.Should().Be(incident);
        IncidentJson.Deserialize(utf8).Should().Be(incident);
        seen.Should().Equal(incidents);
        viaOptions.Should().Be(json);
        viaTypeInfo.Should().Be(json);
        string withMine = JsonSerializer.Serialize(incident, mine);
        withMine.Should().Contain("\\u0027", "your own options keep your encoder (the Web defaults escape apostrophes)");
        IncidentJson.Deserialize(withMine).Should().Be(incident, "the shape is the format's");
    }

    [Fact]
    public void Readme_ContainsTheSnippet()
    {
        string readme = Repository.ReadText("README.md");

        readme.Should().Contain("string json = IncidentJson.Serialize(incident);")
            .And.Contain("Incident same = IncidentJson.Deserialize(json);")
            .And.Contain("await foreach (Incident each in IncidentJson.ReadNdjsonAsync(stream)) { }")
            .And.Contain("JsonSerializer.Serialize(incident, IncidentJson.IncidentTypeInfo);")
            .And.Contain("var mine = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddIncidentsConverters();");
    }
}
