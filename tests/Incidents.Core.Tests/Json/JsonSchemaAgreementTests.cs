using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;
using Incidents.Core.Tests.Validation;
using Incidents.Core.Validation;
using Json.Schema;

namespace Incidents.Core.Tests.Json;

/// <summary>One truth: the reader and the published schema, judged by an independent validator (JsonSchema.Net,
/// draft 2020-12), accept exactly the same documents — generated valid documents with every optional part, and
/// thousands of mutations of every property (wrong types, bad codes, impossible dates, out-of-range numbers, loose
/// forms, nulls, escapes, blank and invisible text, extra properties at every level). A disagreement fails the test
/// unless the reader's reason is one of the rules JSON Schema cannot state (the schema's <c>$comment</c>).</summary>
public sealed class JsonSchemaAgreementTests
{
    private static readonly JsonSchema s_schema = IndependentSchemas.Incident;

    private static readonly EvaluationOptions s_flag = new() { OutputFormat = OutputFormat.Flag };

    private static readonly JsonSerializerOptions s_minimal = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // JavaScriptEncoder.Default escapes every non-ASCII character and <, >, &, ', + — as System.Text.Json, Go and PHP do.
    private static readonly JsonSerializerOptions s_escaping = new() { Encoder = JavaScriptEncoder.Default };

    private static readonly System.Buffers.SearchValues<char> s_escapedByDefault =
        System.Buffers.SearchValues.Create("<>&'+\\\"\u0085\u00A0\u2028\uFEFF\u200Bé💀\u001C\n例え");

    /// <summary>Values every property is set to, one at a time.</summary>
    internal static readonly JsonNode?[] s_replacements =
    [
        null, 0, 1, -1, 1.5, 2147483648L, JsonNode.Parse("1.0"), JsonNode.Parse("1e3"), JsonNode.Parse("-0"), true, new JsonObject(), new JsonArray(),
        "", " ", "\u0085", "\uFEFF", "\u200B", "\u001C", "\u00A0x", "x\n", "é", "💀",
        "VBIED", "x y", "raid", "unknown-code-2030", "a--b", "-a",
        "2022", "2022-02-29", "2024-02-29", "2022-02-30", "0000", "0000-01-01", "2022-13", "10000",
        "2022-01-24T12:00:00Z", "2022-01-24T12:00:00.000Z", "2022-01-24T15:00:00+03:00", "2022-01-24t12:00:00z", "2022-01-24T12:00:60Z",
        "2022-01-24 12:00:00Z", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59.999999999Z", "2022-01-24T12:00:00.1234567891Z",
        "PT24H", "~PT24H", "PT90M", "PT24H0M", "P1DT2H", "P4D", "P1M", "P1Y", "PT", "P1DT", "PT0,5S", "PT1.5H", "pt24h", "about PT24H",
        "03:00", "~03:00", "03:00:00", "~03:00:00.500", "3:00", "24:00", "not before 23:59:59", "around 3 a.m.",
        "36.5,40.75", "36.5000,40.7500", "36.5, 40.75", "1e-05,1e-05", "91,0", "9.1e1,0", "0,180", "0,180.5", "-90,-180", "036.5,40", "POINT (40 36)",
        "Asia/Baghdad", "Asia\\Baghdad", "Mars/Olympus", "Etc/GMT+3", "UTC",
        "https://example.com/a", "https://example.com/a b", "https://例え.jp/パス", "https://x.org/%zz", "https://x.org/%41", "C:\\temp\\x.txt", "mailto:a@b.c", "/relative", "https://x.org/a#b#c",
        "35", "~3,500", "at least 11", "at most 5", "10-15", "10-5", "10-15 (best 12)", "dozens", "dozens of", "a number", "foo", "about 40", "more than 10", "Dozens", "35 killed",
        "ar", "en-GB", "zh-Hant-TW", "ar_SY", "e", "x-private", "toolongsubtag1",
        "B2", "G7", "b2", "SY", "sy", "XK", "ZZ", "SYR",
        "1.0", "1.1", "1.10", "0.9", "2.0", "01.0",
        "is", "iraqi-army", "_x", "a b",
    ];

    private static readonly (string Name, Func<JsonNode, JsonNode> Mutate)[] s_objectMutations =
    [
        ("extra property", o => { o["addedIn17"] = JsonNode.Parse("""{"a":[1,null]}"""); return o; }),
        ("extra null property", o => { o["addedIn17"] = null; return o; }),
    ];

    [Fact]
    public void WriterOutput_AlwaysValidates()
    {
        var failures = new List<string>();
        foreach (Incident incident in SeedIncidents.All)
        {
            Check(incident);
        }

        IncidentGenerators.Incident.Sample(i => Check(i), iter: 300);
        failures.Should().BeEmpty();

        bool Check(Incident incident)
        {
            foreach (IncidentJsonOptions options in new[] { IncidentJsonOptions.Default, new IncidentJsonOptions { WriteIndented = true } })
            {
                string json = IncidentJson.Serialize(incident, options);
                if (!SchemaAccepts(json))
                {
                    failures.Add(json);
                }
            }

            return true;
        }
    }

    [Fact]
    public void FullIncident_HoldsEveryPropertyOfEveryRecordInTheSchema()
    {
        // The mutation tests (here and with the foreign validators) mutate what the full incident holds: a property
        // added to a record must be added there too, or no validator is ever asked about it.
        JsonObject schema = JsonNode.Parse(IncidentJsonSchema.GetText())!.AsObject();
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        expected.UnionWith(schema["properties"]!.AsObject().Select(p => "Incident." + p.Key));
        foreach ((string name, JsonNode? definition) in schema["$defs"]!.AsObject())
        {
            if (definition!["properties"] is JsonObject properties)
            {
                expected.UnionWith(properties.Select(p => name + "." + p.Key));
            }
        }

        Walk(schema, "Incident", FullIncident());

        seen.Except(expected).Should().BeEmpty("the walk follows the schema");
        expected.Except(seen).Should().BeEmpty("FullIncident() holds every property");

        void Walk(JsonObject recordSchema, string name, JsonObject instance)
        {
            foreach ((string property, JsonNode? value) in instance)
            {
                if (property.StartsWith("x-", StringComparison.Ordinal))
                {
                    continue; // an extension property, which the full incident carries on purpose
                }

                seen.Add(name + "." + property);
                JsonNode? propertySchema = recordSchema["properties"]?[property];
                JsonNode? target = propertySchema?["items"] ?? propertySchema;
                string? reference = target?["$ref"]?.GetValue<string>() ?? target?["anyOf"]?.AsArray().Select(a => a?["$ref"]?.GetValue<string>()).FirstOrDefault(r => r is not null);
                if (reference is null || !reference.StartsWith("#/$defs/", StringComparison.Ordinal))
                {
                    continue;
                }

                string definition = reference["#/$defs/".Length..];
                JsonObject nested = schema["$defs"]![definition]!.AsObject();
                if (nested["properties"] is null)
                {
                    continue;
                }

                foreach (JsonObject element in value is JsonArray array ? array.OfType<JsonObject>() : value is JsonObject one ? [one] : [])
                {
                    Walk(nested, definition, element);
                }
            }
        }
    }

    [Fact]
    public void ReaderAndSchema_AgreeOnEveryMutationOfAFullIncident()
    {
        JsonObject full = FullIncident();
        SchemaAccepts(full.ToJsonString(s_minimal)).Should().BeTrue("the full incident is valid");
        ReaderAccepts(full.ToJsonString(s_minimal), out _).Should().BeTrue();

        var outcome = new Outcome();
        Parallel.ForEach(SystematicPaths(full), path =>
        {
            JsonNode? original = Get(full, path);
            foreach (JsonNode? replacement in s_replacements)
            {
                if (!IsWorthTrying(original, replacement))
                {
                    continue;
                }

                JsonObject document = full.DeepClone().AsObject();
                Set(document, path, replacement?.DeepClone());

                // Escapes matter for strings that have something to escape; the rest is judged once.
                outcome.Judge(document, $"{path} = {replacement?.ToJsonString(s_minimal) ?? "null"}",
                    escaped: replacement is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().AsSpan().IndexOfAny(s_escapedByDefault) >= 0);
            }

            JsonNode? target = Get(full, path);
            if (target is JsonObject)
            {
                foreach ((string name, Func<JsonNode, JsonNode> mutate) in s_objectMutations)
                {
                    JsonObject document = full.DeepClone().AsObject();
                    mutate(Get(document, path)!);
                    outcome.Judge(document, $"{path}: {name}");
                }
            }

            if (Parent(path) is { } parent && Get(full, parent) is JsonObject)
            {
                JsonObject document = full.DeepClone().AsObject();
                Get(document, parent)!.AsObject().Remove(Unescape(path[(path.LastIndexOf('/') + 1)..]));
                outcome.Judge(document, $"{path}: removed");
            }
        });

        outcome.Judged.Should().BeGreaterThan(2_000);
        outcome.Disagreements.Should().BeEmpty();
        TestContext.Current.SendDiagnosticMessage($"{outcome.Judged} documents judged");
    }

    /// <summary>Every property of every record once: the first element of each list stands for the others.</summary>
    internal static string[] SystematicPaths(JsonObject full) =>
        [.. Paths(full).Where(p => !p.Split('/').Any(segment => segment.Length > 0 && char.IsAsciiDigit(segment[0]) && segment != "0"))];

    /// <summary>Every replacement of the value's own JSON type, and one of each other type (a string where a number
    /// belongs says as much as twenty strings).</summary>
    internal static bool IsWorthTrying(JsonNode? original, JsonNode? replacement)
    {
        JsonValueKind from = original?.GetValueKind() ?? JsonValueKind.Null;
        JsonValueKind to = replacement?.GetValueKind() ?? JsonValueKind.Null;
        if (from == to || (from is JsonValueKind.True or JsonValueKind.False && to is JsonValueKind.True or JsonValueKind.False))
        {
            return true;
        }

        // The first replacement of each kind in the list stands for the rest of that kind.
        return Array.FindIndex(s_replacements, r => (r?.GetValueKind() ?? JsonValueKind.Null) == to) == Array.IndexOf(s_replacements, replacement)
            || (to == JsonValueKind.String && from == JsonValueKind.Number && replacement!.GetValue<string>() is "35" or "at least 11" or "10-5" or "dozens" or "foo" or "1.0");
    }

    [Theory]
    [InlineData("💀", 100_000, true)]
    [InlineData("💀", 100_001, false)]
    [InlineData("x", 100_000, true)]
    [InlineData("x", 100_001, false)]
    public void ReaderAndSchema_CountLengthInCodePoints(string character, int count, bool accepted)
    {
        JsonObject document = FullIncident();
        document["summary"] = string.Concat(Enumerable.Repeat(character, count));
        string json = document.ToJsonString(s_minimal);

        ReaderAccepts(json, out string? reason).Should().Be(accepted, reason);
        SchemaAccepts(json).Should().Be(accepted);
    }

    [Fact]
    public void ReaderAndSchema_AgreeOnRandomMutationsOfGeneratedIncidents()
    {
        var outcome = new Outcome();
        var random = new Random(20220120);
        IncidentGenerators.Incident.Sample(
            incident =>
            {
                JsonObject document = JsonNode.Parse(IncidentJson.Serialize(incident))!.AsObject();
                outcome.Judge(document.DeepClone().AsObject(), "as written");
                string[] paths = [.. Paths(document)];
                for (int i = 0; i < 6; i++)
                {
                    JsonObject mutated = document.DeepClone().AsObject();
                    string path = paths[random.Next(paths.Length)];
                    JsonNode? replacement = s_replacements[random.Next(s_replacements.Length)];
                    Set(mutated, path, replacement?.DeepClone());
                    outcome.Judge(mutated, $"{path} = {replacement?.ToJsonString(s_minimal) ?? "null"}");
                }

                return true;
            },
            iter: 300,
            threads: 1);

        outcome.Judged.Should().BeGreaterThanOrEqualTo(2_000);
        outcome.Disagreements.Should().BeEmpty();
    }

    /// <summary>Judges documents with both, in both escapings; collects what they disagree on.</summary>
    private sealed class Outcome
    {
        private int _judged;

        internal int Judged => _judged;

        internal List<string> Disagreements { get; } = [];

        internal void Judge(JsonObject document, string what, bool escaped = true)
        {
            foreach (JsonSerializerOptions options in escaped ? new[] { s_minimal, s_escaping } : [s_minimal])
            {
                Interlocked.Increment(ref _judged);
                string json = document.ToJsonString(options);
                bool schema = SchemaAccepts(json);
                bool reader = ReaderAccepts(json, out string? reason);
                if (schema == reader || (!reader && IsInexpressible(json)))
                {
                    continue;
                }

                lock (Disagreements)
                {
                    Disagreements.Add($"{what}: schema {(schema ? "accepts" : "rejects")}, reader {(reader ? "accepts" : "rejects: " + reason)}");
                }
            }
        }
    }

    private static bool SchemaAccepts(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        return s_schema.Evaluate(document.RootElement, s_flag).IsValid;
    }

    internal static bool ReaderAccepts(string json, out string? reason)
    {
        try
        {
            IncidentJson.Deserialize(json);
            reason = null;
            return true;
        }
        catch (JsonException e)
        {
            reason = e.Message;
            return false;
        }
    }

    /// <summary>Whether every error the reader finds is one of the rules JSON Schema cannot state (as the schema's
    /// $comment and FORMAT.md list them).</summary>
    internal static bool IsInexpressible(string json)
    {
        PayloadValidationReport report = new IncidentPayloadValidator(RuleFixtures.Clock, new PayloadValidationOptions { Format = PayloadFormat.Document })
            .Validate(Encoding.UTF8.GetBytes(json));
        IEnumerable<ValidationIssue> errors = report.Issues.Where(i => i.Severity == ValidationSeverity.Error && i.Code.StartsWith("INC-JSON", StringComparison.Ordinal));
        return errors.Any() && errors.All(i => i.Code switch
        {
            "INC-JSON-004" => true, // a property name twice
            "INC-JSON-006" => true, // the model's cross-field rules: range order, unique ids, end before start …
            "INC-JSON-008" => true, // an unpaired surrogate
            "INC-JSON-005" => i.Message.Contains("once its offset is applied", StringComparison.Ordinal)
                || (i.Path.EndsWith("/coordinates", StringComparison.Ordinal) && i.Message.Split('\'')[1].Contains('e', StringComparison.OrdinalIgnoreCase)
                    && (i.Message.Contains("from -90 to 90", StringComparison.Ordinal) || i.Message.Contains("from -180 to 180", StringComparison.Ordinal)))
                || i.Message.Contains("about 292 years", StringComparison.Ordinal),
            _ => false,
        });
    }

    /// <summary>The raid with every optional part of every record present.</summary>
    internal static JsonObject FullIncident()
    {
        JsonObject r = JsonNode.Parse(IncidentJson.Serialize(SeedIncidents.BarracksRaid))!.AsObject();
        r["timing"]!["endDate"] = "2022-01-21";
        r["timing"]!["endTimeOfDay"] = "not after 05:30:15.25";
        r["timing"]!["duration"] = "at least PT2H30M";
        r["location"]!["admin1"] = "Salah al-Din";
        r["location"]!["admin2"] = "Tuz Khurmatu";
        r["location"]!["place"] = "al-Azim";
        r["location"]!["alternativeNames"] = new JsonArray("العظيم");
        r["location"]!["coordinates"] = "34.4914,44.5186";
        r["methods"]![0]!["count"] = 2;
        r["methods"]![0]!["isSuicide"] = false;
        r["methods"]![0]!["verification"] = "contested";
        r["phases"] = JsonNode.Parse("""[{"name":"Assault","description":"the raid","methods":["raid","shooting"],"actors":["is","iraqi-army"]}]""");
        r["actors"]![0]!["affiliatedWith"] = "iraqi-army";
        r["actors"]![0]!["description"] = "the group";
        r["parties"]![0]!["description"] = "gunmen";
        r["claims"]![0]!["outlet"] = "is";
        r["claims"]![0]!["quote"] = "«…»";
        r["claims"]![0]!["language"] = "ar";
        r["claims"]![0]!["rating"] = "B2";
        r["sources"]![0]!["title"] = "A report";
        r["sources"]![0]!["url"] = "https://example.org/reports/2022?id=1&q=a%20b#s2";
        r["sources"]![0]!["publishedOn"] = "2022-01";
        r["sources"]![0]!["rating"] = "C3";
        r["sources"]![0]!["originator"] = "is";
        r["campaigns"] = JsonNode.Parse("""[{"name":"Breaking the Walls","aliases":["هدم الأسوار"],"description":"d","objective":"o"}]""");
        r["casualties"]![0]!["range"] = JsonNode.Parse("""{"low":10,"best":11,"high":12}""");
        r["timing"]!["notAfter"] = "2022-01-22";
        r["timing"]!["partOfDay"] = "late-night";
        r["phases"]![0]!["location"] = JsonNode.Parse("""{"precision":"site","country":"IQ","place":"al-Azim"}""");
        r["phases"]![0]!["timing"] = JsonNode.Parse("""{"date":"2022-01-21","timeOfDay":"~03:00","zone":"Asia/Baghdad"}""");
        r["parties"]![0]!["sources"] = new JsonArray("media-reports");
        r["claims"]![0]!["speaker"] = "is";
        r["claims"]![0]!["named"] = new JsonArray("is");
        r["claims"]![0]!["subject"] = "the raid";
        r["campaigns"]![0]!["id"] = "is-breaking-the-walls";
        r["campaigns"]![0]!["firstSeen"] = "2012-07";
        r["campaigns"]![0]!["lastSeen"] = "2013-07";
        r["phases"]![0]!["id"] = "assault";
        r["casualties"]![0]!["phase"] = "assault";
        r["casualties"]![0]!["id"] = "killed-2";
        r["casualties"]![0]!["scope"] = "total";
        r["casualties"]![0]!["occurredOn"] = "2022-01-20";
        r["casualties"]![0]!["reportedOn"] = "2022-01-22";
        r["casualties"]![0]!["status"] = "revised";
        r["casualties"]![0]!["revises"] = "killed-1";
        r["metadata"]!["revisionNote"] = "first";
        r["metadata"]!["revision"] = 2;
        r["metadata"]!["modified"] = "2022-01-25T08:30:00.5Z";
        r["x-extension"] = JsonNode.Parse("""{"nested":[1,"é",null]}""");
        return r;
    }

    internal static IEnumerable<string> Paths(JsonNode node, string prefix = "")
    {
        switch (node)
        {
            case JsonObject o:
                foreach ((string name, JsonNode? value) in o)
                {
                    string path = prefix + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    yield return path;
                    if (value is not null)
                    {
                        foreach (string inner in Paths(value, path))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray a:
                for (int i = 0; i < a.Count; i++)
                {
                    string path = prefix + "/" + i;
                    yield return path;
                    if (a[i] is { } value)
                    {
                        foreach (string inner in Paths(value, path))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }

    internal static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    internal static string? Parent(string path) => path.LastIndexOf('/') is > 0 and int slash ? path[..slash] : path.Length > 0 ? string.Empty : null;

    internal static JsonNode? Get(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (string segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node is JsonArray a ? a[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)] : node?[Unescape(segment)];
        }

        return node;
    }

    internal static void Set(JsonNode root, string path, JsonNode? value)
    {
        int slash = path.LastIndexOf('/');
        JsonNode parent = slash == 0 ? root : Get(root, path[..slash])!;
        string last = Unescape(path[(slash + 1)..]);
        if (parent is JsonArray array)
        {
            array[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[last] = value;
        }
    }
}
