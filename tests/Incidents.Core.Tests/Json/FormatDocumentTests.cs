using System.Text.RegularExpressions;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Json;

/// <summary>The written format description (Json/FORMAT.md, shipped in the package) stays true to the code.</summary>
public sealed partial class FormatDocumentTests
{
    private static readonly string s_format = Repository.ReadText("src", "Incidents.Core", "Json", "FORMAT.md");

    [Fact]
    public void Examples_AreTheSeedIncidentsAsTheWriterWritesThem()
    {
        foreach (Incident seed in SeedIncidents.All)
        {
            string marker = $"<!-- example: {seed.Id} -->\n```json\n";
            int start = s_format.IndexOf(marker, StringComparison.Ordinal);
            start.Should().BeGreaterThan(0, $"FORMAT.md shows {seed.Id}");
            start += marker.Length;
            string shown = s_format[start..s_format.IndexOf("\n```", start, StringComparison.Ordinal)];

            shown.Should().Be(IncidentJson.Serialize(seed, new IncidentJsonOptions { WriteIndented = true }));
        }
    }

    public static TheoryData<string> Tables => ["Incident", "Timing", "Location", "AttackMethod", "IncidentPhase", "Actor", "Party", "CasualtyFigure", "SourceAttribution", "Claim", "Source", "Campaign", "RelatedIncident", "RecordMetadata"];

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryPropertyOfTheFormat_HasARowInTheDescription(string record)
    {
        PropertyTable table = (PropertyTable)typeof(WireNames).GetField(record, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.GetValue(null)!;
        HashSet<string> documented = [.. RowName().Matches(s_format).SelectMany(m => m.Groups[1].Value.Split(", ").Select(n => n.Trim('`')))];

        table.Names.Should().OnlyContain(name => documented.Contains(name));
    }

    /// <summary>The heading of each record's table in FORMAT.md.</summary>
    private static readonly Dictionary<string, string> s_headings = new()
    {
        ["Incident"] = "## The incident", ["Timing"] = "### timing", ["Location"] = "### location", ["AttackMethod"] = "### attack method",
        ["IncidentPhase"] = "### phase", ["Actor"] = "### actor", ["Party"] = "### party", ["CasualtyFigure"] = "### casualty figure",
        ["SourceAttribution"] = "### attribution", ["Claim"] = "### claim", ["Source"] = "### source", ["Campaign"] = "### campaign",
        ["RelatedIncident"] = "### related incident", ["RecordMetadata"] = "### metadata",
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void EachRecordsTable_ListsItsPropertiesInWireOrder_WithTheRequiredOnes(string record)
    {
        PropertyTable table = (PropertyTable)typeof(WireNames).GetField(record, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.GetValue(null)!;
        string heading = s_headings[record] + "\n";
        int start = s_format.IndexOf(heading, StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, heading);
        int end = s_format.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
        string section = s_format[start..end];

        var rows = RowCells().Matches(section).Select(m => (Names: m.Groups[1].Value.Split(", ").Select(n => n.Trim('`')).ToArray(), Required: m.Groups[2].Value.Trim() == "yes")).ToList();
        string[] names = [.. rows.SelectMany(r => r.Names)];
        string[] required = [.. rows.Where(r => r.Required).SelectMany(r => r.Names)];

        names.Should().Equal(table.Names, "FORMAT.md lists the properties in the order writers emit them");
        required.Should().Equal(table.Names.Where(table.IsRequired), "the 'required' column is the wire table's");
    }

    [GeneratedRegex(@"^\| (`[a-zA-Z0-9]+`(?:, `[a-zA-Z0-9]+`)*) \|[^|]*\|([^|]*)\|", RegexOptions.Multiline)]
    private static partial Regex RowCells();

    [Fact]
    public void ClosedCodesListed_AreTheEnumsCodes()
    {
        foreach (string code in EnumCodes<LocationPrecision>.Instance.Codes.Concat(EnumCodes<ClaimKind>.Instance.Codes).Concat(EnumCodes<SourceStance>.Instance.Codes)
            .Concat(EnumCodes<ClaimVerification>.Instance.Codes).Concat(EnumCodes<IncidentRelation>.Instance.Codes).Concat(EnumCodes<AttributionCertainty>.Instance.Codes))
        {
            s_format.Should().Contain($"`{code}`");
        }
    }

    [GeneratedRegex(@"^\| (`[a-zA-Z0-9]+`(?:, `[a-zA-Z0-9]+`)*) \|", RegexOptions.Multiline)]
    private static partial Regex RowName();
}
