using System.Text.Json.Nodes;
using CsCheck;
using Incidents.Cli;
using Incidents.Core.Interop;
using Incidents.Core.Interop.Acled;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Interop;

/// <summary>Properties of every exporter over generated incidents (issue [11]): an export never throws and gives the same
/// result twice; each loss it reports names a place in the incident's document (a JSON Pointer: a fact it dropped
/// resolves; a default it filled in for a missing fact names a member of an object that is there); and the extension
/// properties of every record — which no format has a column for — are each reported dropped.</summary>
public sealed class ExportPropertyTests
{
    // The extension names IncidentGenerators uses; none is a property of any record.
    private static readonly HashSet<string> s_extensionNames = ["x-note", "ucdpEventClarity", "weird name", "ключ", "a/b~c"];

    public static TheoryData<string> Targets => ["gtd", "acled", "plover", "stix"];

    private static LossReport Export(Incident incident, string target) => SeedLossReportTests.Report(incident, target);

    [Theory]
    [MemberData(nameof(Targets))]
    public void GeneratedIncidents_ExportWithoutThrowing_AndEveryLossNamesAPlaceInTheIncident(string target)
    {
        IncidentGenerators.Incident.Sample(incident =>
        {
            LossReport losses = Export(incident, target);
            Export(incident, target).Should().Be(losses);
            JsonNode document = JsonNode.Parse(IncidentJson.Serialize(incident))!;
            losses.Losses.Where(loss => loss.Subject.StartsWith('/') && !(loss.Kind == LossKind.Dropped
                ? Resolves(document, loss.Subject)
                : Resolves(document, loss.Subject) || Resolves(document, loss.Subject[..loss.Subject.LastIndexOf('/')]))).Should().BeEmpty();
        }, iter: 150);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void GeneratedIncidents_EveryExtensionProperty_OfEveryRecord_IsReportedDropped(string target)
    {
        int withExtensions = 0;
        IncidentGenerators.Incident.Sample(incident =>
        {
            if (target == "acled" && AcledExporter.Export(incident).Value.IsEmpty)
            {
                // ACLED excludes an event it cannot place within a month: the whole incident is the one loss.
                return;
            }

            JsonNode document = JsonNode.Parse(IncidentJson.Serialize(incident))!;
            var expected = new List<string>();
            ExtensionPointers(document, string.Empty, expected);
            withExtensions += expected.Count > 0 ? 1 : 0;
            HashSet<string> dropped = [.. Export(incident, target).Losses.Where(l => l.Kind == LossKind.Dropped).Select(l => l.Subject)];
            expected.Where(p => !dropped.Contains(p)).Should().BeEmpty();
        }, iter: 150, threads: 1);

        withExtensions.Should().BeGreaterThan(50, "the generator puts extension properties on most incidents' records");
    }

    [Fact]
    public void ExtensionNames_AreEscapedInTheirPointers()
    {
        // RFC 6901: "~" is written "~0" and "/" is written "~1".
        Incident incident = SeedIncidents.BarracksRaid with { Extensions = [ExtensionProperty.FromInteger("a/b~c", 1)] };

        foreach (string target in new[] { "gtd", "acled", "plover", "stix" })
        {
            Export(incident, target).Losses.Should().ContainSingle(l => l.Subject == "/a~1b~0c" && l.Kind == LossKind.Dropped, target);
        }
    }

    private static void ExtensionPointers(JsonNode? node, string at, List<string> pointers)
    {
        switch (node)
        {
            case JsonObject o:
                foreach ((string name, JsonNode? value) in o)
                {
                    string pointer = $"{at}/{name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";
                    if (s_extensionNames.Contains(name))
                    {
                        pointers.Add(pointer);
                    }
                    else
                    {
                        ExtensionPointers(value, pointer, pointers);
                    }
                }

                break;
            case JsonArray a:
                for (int i = 0; i < a.Count; i++)
                {
                    ExtensionPointers(a[i], $"{at}/{i}", pointers);
                }

                break;
        }
    }

    private static bool Resolves(JsonNode document, string pointer)
    {
        JsonNode? node = document;
        foreach (string raw in pointer.Split('/').Skip(1))
        {
            string token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject o when o.TryGetPropertyValue(token, out JsonNode? child) => child ?? JsonValue.Create(0),
                JsonArray a when int.TryParse(token, out int i) && i >= 0 && i < a.Count => a[i] ?? JsonValue.Create(0),
                _ => null,
            };
            if (node is null)
            {
                return false;
            }
        }

        return true;
    }
}
