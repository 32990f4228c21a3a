using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Incidents.Core.Utility;
using NodaTime;

namespace Incidents.Core.Json;

/// <summary>The JSON Schema (draft 2020-12) of the wire format: shipped in the package as
/// <c>incident.schema.json</c>, generated from the model's types by <see cref="JsonSchemaExporter"/> plus the
/// transforms that give every converter-backed value its real schema (a <c>pattern</c> beside every
/// <c>format</c>).</summary>
/// <remarks>The schema is self-contained (no remote <c>$ref</c>), so it validates offline. It checks shape and text
/// forms; the model's cross-field rules (a range's low ≤ best ≤ high, references between actors and figures)
/// are the readers' and validators' business.</remarks>
public static class IncidentJsonSchema
{
    /// <summary>The schema's <c>$id</c>; it carries the format version.</summary>
    public static Uri Id { get; } = new($"https://github.com/incidents-core/Incidents.Core/schemas/{SchemaVersion.Current}/incident.schema.json");

    private const string ResourceName = "Incidents.Core.Json.incident.schema.json";

    /// <summary>Returns the schema shipped in the package, as text.</summary>
    /// <returns>The schema, UTF-8 JSON, indented.</returns>
    public static string GetText()
    {
        using Stream stream = typeof(IncidentJsonSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Generates the schema's text exactly as the shipped file holds it: indented by two spaces, <c>\n</c>
    /// line ends, non-ASCII characters unescaped, a final line end.</summary>
    /// <returns>The schema text.</returns>
    public static string GenerateText()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        return Generate().ToJsonString(options) + "\n";
    }

    /// <summary>Generates the schema from the model's types (what the committed and shipped file holds; a test
    /// keeps the two equal).</summary>
    /// <returns>A new schema document.</returns>
    public static JsonObject Generate()
    {
        var options = new JsonSerializerOptions(IncidentJsonContext.Default.Options) { TypeInfoResolver = IncidentJsonContext.Default };
        options.MakeReadOnly();
        var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, schema) => Transform(context, schema, definitions),
        };
        JsonNode body = JsonSchemaExporter.GetJsonSchemaAsNode(options.GetTypeInfo(typeof(Incident)), exporterOptions);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Id.AbsoluteUri,
            ["title"] = "Incident",
            ["description"] = $"A security incident in the Incidents.Core wire format {SchemaVersion.Current} (camelCase properties, lower-kebab codes, canonical text forms; unknown properties of records are allowed and kept by readers of this version).",
        };
        foreach ((string name, JsonNode? value) in body.AsObject().ToList())
        {
            body.AsObject().Remove(name);
            schema[name] = value;
        }

        var defs = new JsonObject();
        foreach ((string name, JsonNode definition) in definitions)
        {
            defs[name] = definition;
        }

        schema["$defs"] = defs;
        return schema;
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema, SortedDictionary<string, JsonNode> definitions)
    {
        Type type = context.TypeInfo.Type;
        Type? underlying = System.Nullable.GetUnderlyingType(type);
        if (Reference(underlying ?? type, definitions) is { } value)
        {
            return underlying is not null ? new JsonObject { ["anyOf"] = new JsonArray(value, new JsonObject { ["type"] = "null" }) } : value;
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && Records.TryGetValue(type, out PropertyTable? table)
            && schema is JsonObject exported && !exported.ContainsKey("$ref"))
        {
            JsonObject record = RecordSchema(type, table, exported);
            if (type == typeof(Incident))
            {
                return record;
            }

            definitions[type.Name] = record;
            return new JsonObject { ["$ref"] = "#/$defs/" + type.Name };
        }

        if (context.PropertyInfo is { } property)
        {
            return PropertySchema(property, schema, definitions);
        }

        return schema;
    }

    /// <summary>Returns a <c>$ref</c> to the definition of a converter-backed value type, adding the definition on
    /// first use; <see langword="null"/> for other types.</summary>
    private static JsonObject? Reference(Type type, SortedDictionary<string, JsonNode> definitions)
    {
        if (!definitions.ContainsKey(type.Name))
        {
            if (ValueSchema(type) is not { } definition)
            {
                return null;
            }

            definitions[type.Name] = definition;
        }

        return new JsonObject { ["$ref"] = "#/$defs/" + type.Name };
    }

    private static readonly Dictionary<Type, PropertyTable> Records = new()
    {
        [typeof(Incident)] = WireNames.Incident,
        [typeof(Timing)] = WireNames.Timing,
        [typeof(Location)] = WireNames.Location,
        [typeof(AttackMethod)] = WireNames.AttackMethod,
        [typeof(IncidentPhase)] = WireNames.IncidentPhase,
        [typeof(Actor)] = WireNames.Actor,
        [typeof(Party)] = WireNames.Party,
        [typeof(CasualtyFigure)] = WireNames.CasualtyFigure,
        [typeof(SourceAttribution)] = WireNames.SourceAttribution,
        [typeof(Claim)] = WireNames.Claim,
        [typeof(Source)] = WireNames.Source,
        [typeof(Campaign)] = WireNames.Campaign,
        [typeof(RelatedIncident)] = WireNames.RelatedIncident,
        [typeof(RecordMetadata)] = WireNames.RecordMetadata,
    };

    /// <summary>Orders a record's properties as the wire format does, drops the members that are not on the wire
    /// (extensions, the metadata's schema version), moves <c>schemaVersion</c> to the top level, and marks the
    /// required properties.</summary>
    private static JsonObject RecordSchema(Type type, PropertyTable table, JsonObject schema)
    {
        JsonObject exported = schema["properties"]?.AsObject() ?? [];
        var properties = new JsonObject();
        foreach (string name in table.Names)
        {
            JsonNode? property = name == "schemaVersion" && type == typeof(Incident)
                ? new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = $"^{SchemaVersion.Current.Major}\\.(0|[1-9][0-9]*)$",
                    ["description"] = $"The format version, major.minor; readers of {SchemaVersion.Current} accept any {SchemaVersion.Current.Major}.x.",
                }
                : exported[name]?.DeepClone()
                    ?? throw new InvalidOperationException($"The type {type.Name} has no property for the wire name '{name}'.");
            properties[name] = property;
        }

        foreach ((string name, _) in exported)
        {
            if (!table.Contains(name) && name is not "extensions" && !(name == "schemaVersion" && type == typeof(RecordMetadata)))
            {
                throw new InvalidOperationException($"The property {type.Name}.{name} has no wire name.");
            }
        }

        var required = new JsonArray();
        for (int i = 0; i < table.Names.Length; i++)
        {
            if ((table.RequiredMask & (1UL << i)) != 0)
            {
                required.Add((JsonNode)JsonValue.Create(table.Names[i]));
            }
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = required,
            ["additionalProperties"] = true,
        };
    }

    private static JsonNode PropertySchema(JsonPropertyInfo property, JsonNode schema, SortedDictionary<string, JsonNode> definitions)
    {
        Type type = property.PropertyType;
        if (type == typeof(string) && property.DeclaringType == typeof(Claim) && property.Name == "language")
        {
            return OrNull(
                new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = "^[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?$",
                    ["maxLength"] = 35,
                    ["description"] = "A BCP 47 language tag, e.g. ar or en-GB.",
                },
                nullable: true);
        }

        if (type == typeof(string))
        {
            return OrNull(FreeText(), !(Records.TryGetValue(property.DeclaringType, out PropertyTable? owner) && owner.IsRequired(property.Name)));
        }

        if (type == typeof(int) || type == typeof(int?))
        {
            return OrNull(new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = int.MaxValue }, type == typeof(int?));
        }

        if (type == typeof(Uri))
        {
            return OrNull(
                new JsonObject
                {
                    ["type"] = "string",
                    ["format"] = "uri",
                    ["pattern"] = "^[A-Za-z][A-Za-z0-9+.-]*:",
                    ["maxLength"] = Guard.MaxTextLength,
                },
                nullable: true);
        }

        if (type == typeof(Instant))
        {
            return new JsonObject
            {
                ["type"] = "string",
                ["format"] = "date-time",
                ["pattern"] = "^-?[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$",
                ["description"] = "An instant in UTC, NodaTime's extended ISO form: seconds always, a fraction only when not zero, without trailing zeros.",
                ["examples"] = new JsonArray("2022-01-24T12:00:00Z"),
            };
        }

        if (type == typeof(DateTimeZone))
        {
            return OrNull(
                new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = "^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$",
                    ["maxLength"] = NodaJson.MaxZoneIdLength,
                    ["description"] = "A time-zone identifier of the IANA time-zone database (TZDB), e.g. Asia/Baghdad.",
                    ["examples"] = new JsonArray("Asia/Baghdad"),
                },
                nullable: true);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            JsonObject array = schema.AsObject();
            array["type"] = "array";
            array["maxItems"] = IncidentJsonOptions.Default.MaxArrayLength;
            Type element = type.GetGenericArguments()[0];
            if (element == typeof(string))
            {
                array["items"] = FreeText();
            }
            else if (Reference(element, definitions) is { } reference)
            {
                array["items"] = reference;
            }

            return array;
        }

        return schema;
    }

    private static JsonObject FreeText() => new()
    {
        ["type"] = "string",
        ["minLength"] = 1,
        ["maxLength"] = Guard.MaxTextLength,
        ["pattern"] = "\\S",
    };

    private static JsonObject OrNull(JsonObject schema, bool nullable)
    {
        if (nullable)
        {
            schema["type"] = new JsonArray(schema["type"]!.GetValue<string>(), "null");
        }

        return schema;
    }

    private const string IdPattern = "^[A-Za-z0-9][A-Za-z0-9._:-]*$";
    private const string CodePattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private static JsonObject? ValueSchema(Type type) => type switch
    {
        _ when type == typeof(IncidentId) => Text(IdPattern, IncidentId.MaxLength, "An incident identifier.", "2022-01-20-sy-hasakah-prison-assault"),
        _ when type == typeof(ActorId) => Text(IdPattern, ActorId.MaxLength, "An actor identifier, unique among the incident's actors.", "is"),
        _ when type == typeof(SourceId) => Text(IdPattern, SourceId.MaxLength, "A source identifier, unique among the incident's sources.", "sohr"),
        _ when type == typeof(AttackMethodKind) => Code("An attack method (extensible: unknown codes are kept).", "vbied"),
        _ when type == typeof(ActorKind) => Code("A kind of actor (extensible).", "non-state-armed-group"),
        _ when type == typeof(PartyRole) => Code("A party's role (extensible).", "perpetrator"),
        _ when type == typeof(CasualtyKind) => Code("A kind of casualty figure (extensible).", "killed"),
        _ when type == typeof(ClaimMode) => Code("How a claim was made (extensible).", "statement"),
        _ when type == typeof(SourceKind) => Code("A kind of source (extensible).", "monitoring-group"),
        _ when type == typeof(PartialDate) => Text(
            "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", 10,
            "An ISO 8601 calendar date of year, month or day precision (JSON Schema's 'date' format needs a day, so none is given).", "2022-01-20"),
        _ when type == typeof(ApproximateTime) => Text(
            "^(~|not before |not after )?([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{0,8}[1-9])?)?$", 40,
            "A local time of day, 24-hour, behind '~' (approximate), 'not before ' or 'not after '.", "~03:00"),
        _ when type == typeof(DurationEstimate) => Text(
            "^(~|at least |at most )?PT([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]+)?S)?$", 64,
            "An ISO 8601 duration in hours, minutes and seconds, behind '~', 'at least ' or 'at most '.", "~PT24H"),
        _ when type == typeof(GeoCoordinate) => Text(
            "^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?,-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$", 64,
            "WGS 84 latitude,longitude in decimal degrees.", "36.4914,40.7486"),
        _ when type == typeof(AdmiraltyRating) => Text("^[A-F][1-6]$", 2, "An Admiralty (NATO) rating: source reliability A–F and information credibility 1–6.", "B2"),
        _ when type == typeof(CountryCode) => new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray([.. CountryCode.AllCodes.Select(static c => (JsonNode)JsonValue.Create(c))]),
            ["description"] = "An ISO 3166-1 alpha-2 country code (officially assigned, and XK for Kosovo).",
        },
        _ when type == typeof(CasualtyRange) => CasualtyRangeSchema(),
        _ => null,
    };

    private static JsonObject CasualtyRangeSchema()
    {
        JsonObject Bound() => new() { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = int.MaxValue };
        return new JsonObject
        {
            ["description"] = "A count as a range: an object with any of low, best and high (canonical), or, on read only, a whole number (exactly) or the range's text form ('at least 11', '10-15', 'dozens').",
            ["anyOf"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["low"] = Bound(), ["best"] = Bound(), ["high"] = Bound() },
                    ["minProperties"] = 1,
                    ["additionalProperties"] = false,
                },
                Bound(),
                new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = IncidentJsonOptions.Default.MaxStringLength, ["pattern"] = "\\S" }),
        };
    }

    private static JsonObject Text(string pattern, int maxLength, string description, string example) => new()
    {
        ["type"] = "string",
        ["pattern"] = pattern,
        ["maxLength"] = maxLength,
        ["description"] = description,
        ["examples"] = new JsonArray(example),
    };

    private static JsonObject Code(string description, string example) => Text(CodePattern, CodeSyntax.MaxLength, description, example);
}
