using System.Text.Json.Nodes;
using Incidents.Cli;
using Incidents.Core.Json;

namespace Incidents.Core.Tests.Json;

/// <summary>A document from a newer minor version — unknown properties at every level, unknown codes, properties in
/// any order — reads, and writes back without loss.</summary>
public sealed class JsonForwardCompatibilityTests
{
    private static readonly System.Text.Json.JsonSerializerOptions s_relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject SeedTree() => JsonNode.Parse(IncidentJson.Serialize(SeedIncidents.PrisonAssault))!.AsObject();

    /// <summary>Every object of the format, by its path in the seed, with a new property in each.</summary>
    public static TheoryData<string> ObjectPaths =>
    [
        "", "/timing", "/location", "/methods/0", "/phases/0", "/actors/0", "/parties/0", "/casualties/0",
        "/casualties/0/attributions/0", "/claims/0", "/sources/0", "/campaigns/0", "/related/0", "/metadata",
    ];

    private static JsonObject At(JsonObject root, string path)
    {
        JsonNode node = root;
        foreach (string token in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = int.TryParse(token, out int index) ? node[index]! : node[token]!;
        }

        return node.AsObject();
    }

    [Theory]
    [MemberData(nameof(ObjectPaths))]
    public void UnknownProperty_AtAnyLevel_IsKeptAndWrittenBack(string path)
    {
        JsonObject tree = SeedTree();
        tree["schemaVersion"] = "1.3";
        At(tree, path)["addedIn13"] = JsonNode.Parse("""{"certainty":0.75,"tags":["a","é"],"n":1e400}""");
        string json = tree.ToJsonString(s_relaxed);

        Incident read = IncidentJson.Deserialize(json);
        string written = IncidentJson.Serialize(read);

        read.Metadata.SchemaVersion.Should().Be(new SchemaVersion(1, 3));
        written.Should().Be(json, "a 1.3 document whose known properties are canonical is written back byte for byte");
        JsonNode.DeepEquals(JsonNode.Parse(written), tree).Should().BeTrue();
    }

    [Fact]
    public void UnknownProperty_IsAnExtensionPropertyOfItsRecord()
    {
        JsonObject tree = SeedTree();
        At(tree, "/casualties/2")["confidenceInterval"] = JsonNode.Parse("[30,45]");

        Incident read = IncidentJson.Deserialize(tree.ToJsonString());

        read.Casualties[2].Extensions.Should().Equal(new ExtensionProperty("confidenceInterval", "[30,45]"));
        read.Casualties[2].Extensions[0].ToJsonElement().GetArrayLength().Should().Be(2);
        (read.Casualties[2] with { Extensions = default }).Should().Be(SeedIncidents.PrisonAssault.Casualties[2]);
    }

    [Fact]
    public void UnknownExtensibleCodes_AreKept()
    {
        JsonObject tree = SeedTree();
        At(tree, "/methods/0")["kind"] = "vehicle-ramming";
        At(tree, "/casualties/0")["kind"] = "displaced";
        At(tree, "/actors/0")["kind"] = "hybrid-force";

        Incident read = IncidentJson.Deserialize(tree.ToJsonString());

        read.Methods[0].Kind.Should().Be(new AttackMethodKind("vehicle-ramming"));
        read.Methods[0].Kind.IsWellKnown.Should().BeFalse();
        read.Casualties[0].Kind.ToString().Should().Be("displaced");
        IncidentJson.Serialize(read).Should().Contain("\"kind\":\"vehicle-ramming\"").And.Contain("\"kind\":\"hybrid-force\"");
    }

    [Fact]
    public void PropertiesInAnyOrder_ReadEqual_AndWriteBackCanonical()
    {
        string canonical = IncidentJson.Serialize(SeedIncidents.PrisonAssault);
        JsonObject tree = SeedTree();
        JsonObject reversed = Reverse(tree);

        Incident read = IncidentJson.Deserialize(reversed.ToJsonString(s_relaxed));

        read.Should().Be(SeedIncidents.PrisonAssault);
        IncidentJson.Serialize(read).Should().Be(canonical);
    }

    private static JsonObject Reverse(JsonObject source)
    {
        var result = new JsonObject();
        foreach ((string name, JsonNode? value) in source.Reverse().ToList())
        {
            result[name] = value switch
            {
                JsonObject o => Reverse(o),
                JsonArray a => new JsonArray([.. a.Select(e => e is JsonObject eo ? Reverse(eo) : e?.DeepClone())]),
                _ => value?.DeepClone(),
            };
        }

        return result;
    }

    [Fact]
    public void OlderMinorVersion_IsAccepted()
    {
        JsonObject tree = SeedTree();
        tree["schemaVersion"] = "1.0";

        // A 1.0 document reads unchanged, keeps its version and writes it back.
        Incident read = IncidentJson.Deserialize(tree.ToJsonString());
        read.Metadata.SchemaVersion.Should().Be(new SchemaVersion(1, 0));
        read.Metadata.SchemaVersion.Should().BeLessThan(SchemaVersion.Current);
        IncidentJson.Serialize(read).Should().StartWith("{\"schemaVersion\":\"1.0\",");
    }
}
