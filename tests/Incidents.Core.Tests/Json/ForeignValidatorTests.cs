using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Json;

/// <summary>The reader agrees with the JSON Schema validators of other languages, not only with one in .NET: ajv 8
/// (JavaScript) and Python's jsonschema judged the same mutations of a full incident against the shipped schema
/// (tests/data/validators, recorded by record-verdicts.sh); every verdict must equal the reader's, except where the
/// reader rejects for a rule JSON Schema cannot state. This is where ECMA-262's and Python's regular expressions
/// (<c>$</c> before a final line feed, <c>\s</c>) would show.</summary>
public sealed class ForeignValidatorTests
{
    private static readonly string s_folder = Path.Combine(Repository.Root, "tests", "data", "validators");

    private static readonly JsonSerializerOptions s_minimal = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private sealed record Mutation(string Path, string? Value, bool Remove)
    {
        internal string Describe() => Remove ? $"{Path}: removed" : $"{Path} = {Value}";
    }

    /// <summary>The mutations: every property of the full incident set to each replacement worth trying, or removed.</summary>
    private static List<Mutation> Mutations(JsonObject full)
    {
        var mutations = new List<Mutation>();
        foreach (string path in JsonSchemaAgreementTests.SystematicPaths(full))
        {
            JsonNode? original = JsonSchemaAgreementTests.Get(full, path);
            foreach (JsonNode? replacement in JsonSchemaAgreementTests.s_replacements)
            {
                if (JsonSchemaAgreementTests.IsWorthTrying(original, replacement))
                {
                    mutations.Add(new Mutation(path, replacement?.ToJsonString(s_minimal) ?? "null", Remove: false));
                }
            }

            if (JsonSchemaAgreementTests.Parent(path) is { } parent && JsonSchemaAgreementTests.Get(full, parent) is JsonObject)
            {
                mutations.Add(new Mutation(path, null, Remove: true));
            }
        }

        return mutations;
    }

    [Fact]
    public void TheCorpus_IsTheCurrentMutationSet()
    {
        JsonObject full = JsonSchemaAgreementTests.FullIncident();
        string baseJson = full.ToJsonString(s_minimal) + "\n";
        string mutations = string.Concat(Mutations(full).Select(m => JsonSerializer.Serialize(new Dictionary<string, object?> { ["path"] = m.Path, ["value"] = m.Value, ["remove"] = m.Remove }, s_minimal) + "\n"));
        if (Environment.GetEnvironmentVariable("INCIDENTS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(s_folder, "base.json"), baseJson);
            File.WriteAllText(Path.Combine(s_folder, "mutations.jsonl"), mutations);
        }

        File.ReadAllText(Path.Combine(s_folder, "base.json")).Should().Be(baseJson, "regenerate with INCIDENTS_UPDATE_GOLDEN=1, then record-verdicts.sh");
        File.ReadAllText(Path.Combine(s_folder, "mutations.jsonl")).Should().Be(mutations, "regenerate with INCIDENTS_UPDATE_GOLDEN=1, then record-verdicts.sh");
    }

    [Theory]
    [InlineData("ajv.tsv")]
    [InlineData("python-jsonschema.tsv")]
    public void ForeignValidator_AgreesWithTheReader(string verdicts)
    {
        string[] lines = File.ReadAllLines(Path.Combine(s_folder, verdicts));
        string schemaHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(IncidentJsonSchema.GetText())));
        lines[0].Should().EndWith("schema-sha256 " + schemaHash, "the verdicts were recorded against the current schema (else run record-verdicts.sh)");
        JsonObject baseDocument = JsonNode.Parse(File.ReadAllText(Path.Combine(s_folder, "base.json")))!.AsObject();
        Mutation[] mutations = [.. File.ReadAllLines(Path.Combine(s_folder, "mutations.jsonl")).Select(l => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(l)!)
            .Select(d => new Mutation(d["path"].GetString()!, d["value"].ValueKind == JsonValueKind.Null ? null : d["value"].GetString(), d["remove"].GetBoolean()))];
        lines.Length.Should().Be(mutations.Length + 1);

        var disagreements = new List<string>();
        int valid = 0;
        for (int i = 0; i < mutations.Length; i++)
        {
            string[] fields = lines[i + 1].Split('\t');
            fields[0].Should().Be(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            bool foreign = fields[1] == "valid";
            valid += foreign ? 1 : 0;

            JsonObject document = baseDocument.DeepClone().AsObject();
            Mutation m = mutations[i];
            if (m.Remove)
            {
                JsonSchemaAgreementTests.Get(document, JsonSchemaAgreementTests.Parent(m.Path)!)!.AsObject().Remove(JsonSchemaAgreementTests.Unescape(m.Path[(m.Path.LastIndexOf('/') + 1)..]));
            }
            else
            {
                JsonSchemaAgreementTests.Set(document, m.Path, JsonNode.Parse(m.Value!));
            }

            string json = document.ToJsonString(s_minimal);
            bool reader = JsonSchemaAgreementTests.ReaderAccepts(json, out string? reason);
            if (reader != foreign && !(!reader && JsonSchemaAgreementTests.IsInexpressible(json)))
            {
                disagreements.Add($"{m.Describe()}: {verdicts} says {fields[1]}, the reader {(reader ? "accepts" : "rejects: " + reason)}");
            }
        }

        mutations.Length.Should().BeGreaterThan(2_000);
        valid.Should().BeGreaterThan(100, "loose forms and nulls are valid");
        disagreements.Should().BeEmpty();
    }
}
