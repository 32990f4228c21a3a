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
