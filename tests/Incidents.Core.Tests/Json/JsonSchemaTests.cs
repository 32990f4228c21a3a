using System.Text.Json.Nodes;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Incidents.Core.Tests.Json;

/// <summary>The published schema: generated, committed, shipped, self-contained, real for every value — and in
/// agreement with the readers, checked with an independent validator (NJsonSchema).</summary>
public sealed class JsonSchemaTests
{
    private static readonly string s_committed = Repository.ReadText("src", "Incidents.Core", "Json", "incident.schema.json");
    // NJsonSchema resolves references the draft 4–7 way, through "definitions"; the schema is draft 2020-12 and keeps
    // its definitions in "$defs". Every keyword the schema uses means the same in both drafts, so the test renames
    // the container (and only that) before handing the schema to the independent validator.
    private static readonly Lazy<JsonSchema> s_schema = new(() => JsonSchema.FromJsonAsync(
        s_committed.Replace("\"$defs\"", "\"definitions\"", StringComparison.Ordinal).Replace("#/$defs/", "#/definitions/", StringComparison.Ordinal)).GetAwaiter().GetResult());

    private static ICollection<ValidationError> Validate(string json) => s_schema.Value.Validate(json);

    [Fact]
    public void CommittedFile_IsWhatTheGeneratorWrites()
    {
        // To update: dotnet run --project src/Incidents.Cli -- schema incident -o src/Incidents.Core/Json/incident.schema.json
        IncidentJsonSchema.GenerateText().Should().Be(s_committed);
    }

    [Fact]
    public void ShippedResource_IsTheCommittedFile()
    {
        IncidentJsonSchema.GetText().Should().Be(s_committed);
    }

    [Fact]
    public void Schema_IsDraft202012_WithTheVersionInItsId_AndSelfContained()
    {
        JsonObject schema = JsonNode.Parse(s_committed)!.AsObject();

        schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema["$id"]!.GetValue<string>().Should().Contain($"/{SchemaVersion.Current}/");
        Nodes(schema).Where(n => n.Parent is JsonObject && n.GetPropertyName() == "$ref")
            .Select(n => n.GetValue<string>()).Should().OnlyContain(r => r.StartsWith("#/$defs/", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_HasNoAnythingGoesNode_AndAPatternBesideEveryFormat()
    {
        JsonObject schema = JsonNode.Parse(s_committed)!.AsObject();

        foreach (JsonNode node in Nodes(schema))
        {
            if (node is JsonValue value && value.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False)
            {
                node.GetPropertyName().Should().BeOneOf(["additionalProperties"], $"a boolean schema at {node.GetPath()} accepts anything");
            }

            if (node is JsonObject obj && obj.ContainsKey("format"))
            {
                obj.ContainsKey("pattern").Should().BeTrue($"{node.GetPath()} has a format without a pattern");
            }

            if (node is JsonObject empty && empty.Count == 0)
            {
                Assert.Fail($"an empty schema at {node.GetPath()} accepts anything");
            }
        }
    }

    [Fact]
    public void Schema_DescribesEveryWireProperty()
    {
        JsonObject schema = JsonNode.Parse(s_committed)!.AsObject();
        JsonObject defs = schema["$defs"]!.AsObject();

        ((JsonObject)schema["properties"]!).Select(p => p.Key).Should().Equal(WireNames.Incident.Names);
        defs["Timing"]!["properties"]!.AsObject().Select(p => p.Key).Should().Equal(WireNames.Timing.Names);
        defs["CasualtyFigure"]!["properties"]!.AsObject().Select(p => p.Key).Should().Equal(WireNames.CasualtyFigure.Names);
        defs["RecordMetadata"]!["properties"]!.AsObject().Select(p => p.Key).Should().Equal(WireNames.RecordMetadata.Names);
        schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().BeEquivalentTo("schemaVersion", "id", "title", "timing", "location", "metadata");
    }

    [Fact]
    public void SeedIncidents_AreValid()
    {
        foreach (Incident seed in SeedIncidents.All)
        {
            Validate(IncidentJson.Serialize(seed)).Should().BeEmpty();
            Validate(IncidentJson.Serialize(seed, new IncidentJsonOptions { WriteIndented = true })).Should().BeEmpty();
        }
    }

    [Fact]
    public void EveryDocumentTheWriterProduces_IsValid()
    {
        CsCheck.Check.Sample(IncidentGenerators.Incident, incident =>
        {
            ICollection<ValidationError> errors = Validate(IncidentJson.Serialize(incident));
            return errors.Count == 0 ? true : throw new InvalidOperationException(string.Join("; ", errors));
        }, iter: 200);
    }

    /// <summary>Documents the schema rejects; the readers must reject each of them too.</summary>
    public static TheoryData<string, string> Invalid => new()
    {
        { "missing title", """{"schemaVersion":"1.0","id":"a","timing":{"date":"2022"},"location":{"precision":"country"},"metadata":{"created":"2022-01-01T00:00:00Z","modified":"2022-01-01T00:00:00Z"}}""" },
        { "major version 2", Doc(r => r["schemaVersion"] = "2.0") },
        { "blank title", Doc(r => r["title"] = "   ") },
        { "id with a space", Doc(r => r["id"] = "a b") },
        { "date with a day 32", Doc(r => r["timing"]!["date"] = "2022-01-32") },
        { "time without zero padding", Doc(r => r["timing"]!["timeOfDay"] = "3:00") },
        { "upper-case code", Doc(r => r["methods"]![0]!["kind"] = "VBIED") },
        { "unknown closed code", Doc(r => r["location"]!["precision"] = "galaxy") },
        { "unassigned country", Doc(r => r["location"]!["country"] = "ZZ") },
        { "lower-case country", Doc(r => r["location"]!["country"] = "sy") },
        { "rating G7", Doc(r => r["claims"]![0]!["rating"] = "G7") },
        { "count 0", Doc(r => r["methods"]![0]!["count"] = 0) },
        { "negative bound", Doc(r => r["casualties"]![0]!["range"]!["low"] = -1) },
        { "bound beyond int", Doc(r => r["casualties"]![0]!["range"]!["low"] = 2147483648L) },
        { "unknown member of a range", Doc(r => r["casualties"]![0]!["range"]!["mean"] = 3) },
        { "empty range", Doc(r => r["casualties"]![0]!["range"] = new JsonObject()) },
        { "null list", Doc(r => r["methods"] = null) },
        { "string for a list", Doc(r => r["methods"] = "vbied") },
        { "instant with a leap second", Doc(r => r["metadata"]!["created"] = "2022-01-24T12:00:60Z") },
        { "instant with a space for T", Doc(r => r["metadata"]!["created"] = "2022-01-24 12:00:00Z") },
        { "relative URL", Doc(r => r["sources"]![0]!["url"] = "/news/1") },
        { "bad language tag", Doc(r => r["claims"]![0]!["language"] = "ar_SY") },
        { "duration in years", Doc(r => r["timing"]!["duration"] = "P1Y") },
        { "coordinates as numbers", Doc(r => r["location"]!["coordinates"] = new JsonArray(36.5, 40.7)) },
    };

    private static string Doc(Action<JsonObject> edit)
    {
        JsonObject root = JsonNode.Parse(IncidentJson.Serialize(SeedIncidents.PrisonAssault))!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void DocumentsTheSchemaRejects_TheReaderRejectsToo(string why, string json)
    {
        Validate(json).Should().NotBeEmpty(why);

        Action read = () => IncidentJson.Deserialize(json);
        read.Should().ThrowExactly<System.Text.Json.JsonException>(why);
    }

    private static IEnumerable<JsonNode> Nodes(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (JsonNode? child in children)
        {
            if (child is not null)
            {
                foreach (JsonNode descendant in Nodes(child))
                {
                    yield return descendant;
                }
            }
        }
    }
}
