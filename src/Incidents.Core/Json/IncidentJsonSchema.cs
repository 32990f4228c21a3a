using System.Text.Json;
using System.Text.Json.Nodes;
using System.Diagnostics.CodeAnalysis;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;
using NodaTime;

namespace Incidents.Core.Json;

/// <summary>The JSON Schema (draft 2020-12) of the wire format: shipped in the package as
/// <c>incident.schema.json</c>, generated from the wire-name tables, the records' property types and the grammar of
/// every text value (<see cref="WirePatterns"/>, which the reader applies too) — so the schema and the reader accept
/// the same documents, except the rules JSON Schema cannot state (named in the schema's <c>$comment</c>).</summary>
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
    /// keeps the two equal): each record's properties from its wire-name table, in wire order, typed by the record's
    /// CLR property; each text value's grammar from <see cref="WirePatterns"/>, the same patterns the reader applies.</summary>
    /// <returns>A new schema document.</returns>
    public static JsonObject Generate()
    {
        var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        JsonObject body = RecordSchema(typeof(Incident), definitions);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Id.AbsoluteUri,
            ["title"] = "Incident",
            ["description"] = $"A security incident in the Incidents.Core wire format {SchemaVersion.Current} (camelCase properties, lower-kebab codes; unknown properties of records are allowed and kept by readers of this version).",
            ["$comment"] = Inexpressible,
        };
        foreach ((string name, JsonNode? value) in body.ToList())
        {
            body.Remove(name);
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

    /// <summary>The rules of the format that JSON Schema cannot state; readers check them (FORMAT.md lists the same).</summary>
    internal const string Inexpressible =
        "Readers also check what JSON Schema cannot state: each property name at most once per object (at any depth); actor and source ids unique in their lists; a range's low <= best <= high; the model's cross-field rules (an end not before its start, references to actors and sources, which the validators report); strings that are well-formed Unicode (no unpaired surrogate, escaped or not); a coordinate written with an exponent within ±90°/±180°; a duration of at most ~292 years; an instant whose offset keeps it within the years 0001–9999 in UTC; nesting at most MaxDepth (64) deep; and, for a casualty range written as text, vague words beyond the default table when a reader is configured with more.";

    private static readonly Dictionary<Type, PropertyTable> Records = WireRecords.All.ToDictionary(static e => e.Type, static e => e.Table);

    /// <summary>The schema of a record: its wire properties in order, the required ones, and room for extension
    /// properties (readers keep unknown properties).</summary>
    private static JsonObject RecordSchema(Type type, SortedDictionary<string, JsonNode> definitions)
    {
        PropertyTable table = Records[type];
        var properties = new JsonObject();
        for (int i = 0; i < table.Names.Length; i++)
        {
            string name = table.Names[i];
            bool required = (table.RequiredMask & (1UL << i)) != 0;
            properties[name] = name == "schemaVersion" && type == typeof(Incident)
                ? new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = $"^{SchemaVersion.Current.Major}\\.(0|[1-9][0-9]*)$",
                    ["not"] = NoLineFeed(),
                    ["description"] = $"The format version, major.minor; readers of {SchemaVersion.Current} accept any {SchemaVersion.Current.Major}.x.",
                }
                : PropertySchema(type, name, ClrType(type, name), optional: !required, definitions);
        }

        var requiredNames = new JsonArray();
        for (int i = 0; i < table.Names.Length; i++)
        {
            if ((table.RequiredMask & (1UL << i)) != 0)
            {
                requiredNames.Add((JsonNode)JsonValue.Create(table.Names[i]));
            }
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = requiredNames,
            ["additionalProperties"] = true,
        };
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Every type in Records was registered through WireRecords.Record<T> (generated), whose annotation keeps its public properties.")]
    private static Type ClrType(Type record, string wireName)
    {
        string clrName = string.Concat(char.ToUpperInvariant(wireName[0]).ToString(), wireName.AsSpan(1));
        return record.GetProperty(clrName)?.PropertyType
            ?? throw new InvalidOperationException($"The type {record.Name} has no property for the wire name '{wireName}'.");
    }

    private static JsonObject PropertySchema(Type owner, string name, Type type, bool optional, SortedDictionary<string, JsonNode> definitions)
    {
        Type underlying = System.Nullable.GetUnderlyingType(type) ?? type;
        if (Records.ContainsKey(underlying))
        {
            if (!definitions.ContainsKey(underlying.Name))
            {
                definitions[underlying.Name] = new JsonObject(); // placeholder against recursion
                definitions[underlying.Name] = RecordSchema(underlying, definitions);
            }

            // An optional object reads null as absent, as an optional scalar does.
            var reference = new JsonObject { ["$ref"] = "#/$defs/" + underlying.Name };
            return optional ? OrNull(reference) : reference;
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            // A list: null is rejected (leave the property out for none).
            return new JsonObject
            {
                ["type"] = "array",
                ["maxItems"] = IncidentJsonOptions.Default.MaxArrayLength,
                ["items"] = ElementSchema(underlying.GetGenericArguments()[0], definitions),
            };
        }

        JsonObject schema = ScalarSchema(owner, name, underlying, definitions);
        return optional ? OrNull(schema) : schema;
    }

    private static JsonObject ElementSchema(Type element, SortedDictionary<string, JsonNode> definitions)
    {
        if (element == typeof(string))
        {
            return FreeText();
        }

        if (Records.ContainsKey(element))
        {
            return PropertySchema(element, string.Empty, element, optional: false, definitions);
        }

        return Reference(element, definitions) ?? throw new InvalidOperationException($"No schema for list elements of {element.Name}.");
    }

    private static JsonObject ScalarSchema(Type owner, string name, Type type, SortedDictionary<string, JsonNode> definitions)
    {
        if (type == typeof(string) && owner == typeof(Claim) && name == "language")
        {
            return new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = WirePatterns.LanguageTag,
                ["not"] = NoLineFeed(),
                ["maxLength"] = WirePatterns.MaxLanguageTagLength,
                ["description"] = "A BCP 47 language tag, e.g. ar or en-GB.",
            };
        }

        if (type == typeof(string))
        {
            return FreeText();
        }

        if (type == typeof(int))
        {
            return new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = int.MaxValue };
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (type == typeof(Uri))
        {
            return new JsonObject
            {
                ["type"] = "string",
                ["format"] = "uri",
                ["pattern"] = WirePatterns.Uri,
                ["not"] = NoLineFeed(),
                ["maxLength"] = Guard.MaxTextLength,
                ["description"] = "An absolute URI (RFC 3986), ASCII only: IRIs are not accepted.",
            };
        }

        if (type == typeof(Instant))
        {
            return new JsonObject
            {
                ["type"] = "string",
                ["format"] = "date-time",
                ["pattern"] = WirePatterns.Instant,
                ["not"] = NoLineFeed(),
                ["description"] = "An RFC 3339 date-time in the years 0001–9999, read as an instant (the offset is not kept). Writers emit UTC with 'Z', seconds always, and a fraction only when not zero, without trailing zeros.",
                ["examples"] = new JsonArray("2022-01-24T12:00:00Z"),
            };
        }

        if (type == typeof(DateTimeZone))
        {
            return new JsonObject
            {
                ["enum"] = new JsonArray([.. DateTimeZoneProviders.Tzdb.Ids.Order(StringComparer.Ordinal).Select(static id => (JsonNode)JsonValue.Create(id))]),
                ["description"] = $"A time-zone identifier of the IANA time-zone database (TZDB {DateTimeZoneProviders.Tzdb.VersionId}, as NodaTime ships it), e.g. Asia/Baghdad.",
            };
        }

        if (type.IsEnum)
        {
            return new JsonObject { ["enum"] = new JsonArray([.. EnumCodeList(type).Select(static c => (JsonNode)JsonValue.Create(c))]) };
        }

        return Reference(type, definitions) ?? throw new InvalidOperationException($"No schema for {owner.Name}.{name} of type {type.Name}.");
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The closed enums are the model's own; their fields are kept.")]
    private static IEnumerable<string> EnumCodeList(Type type) =>
        type.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .OrderBy(static f => Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture))
            .Select(static f => JsonNamingPolicy.KebabCaseLower.ConvertName(f.Name));

    /// <summary>Returns a <c>$ref</c> to the definition of a value type, adding the definition on first use;
    /// <see langword="null"/> for other types.</summary>
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

    /// <summary>Free text (FORMAT.md, "Free text"): at least one character that is not blank, at most
    /// <see cref="Guard.MaxTextLength"/> characters counted as JSON Schema counts them (code points).</summary>
    private static JsonObject FreeText() => new()
    {
        ["type"] = "string",
        ["minLength"] = 1,
        ["maxLength"] = Guard.MaxTextLength,
        ["pattern"] = TextRules.NotBlankPattern,
    };

    /// <summary>"Contains no line feed", paired with every anchored pattern: Python's and .NET's <c>$</c> also match
    /// before a final line feed, and no wire value holds one.</summary>
    private static JsonObject NoLineFeed() => new() { ["type"] = "string", ["pattern"] = "\n" };

    private static JsonObject OrNull(JsonObject schema)
    {
        if (schema["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
            return schema;
        }

        if (schema["enum"] is JsonArray values)
        {
            values.Add(null);
            return schema;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
    }

    private const string IdPattern = "^[A-Za-z0-9][A-Za-z0-9._:-]*$";
    private const string CodePattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private static JsonObject? ValueSchema(Type type) => type switch
    {
        _ when type == typeof(IncidentId) => Text(IdPattern, IncidentId.MaxLength, "An incident identifier.", "2022-01-20-sy-hasakah-prison-assault"),
        _ when type == typeof(ActorId) => Text(IdPattern, ActorId.MaxLength, "An actor identifier, unique among the incident's actors.", "is"),
        _ when type == typeof(PhaseId) => Text(IdPattern, PhaseId.MaxLength, "A phase's identifier, for a casualty figure's 'phase'.", "tavistock-square"),
        _ when type == typeof(CampaignId) => Text(IdPattern, CampaignId.MaxLength, "A campaign's identifier, shared by every incident of the campaign.", "is-breaking-the-walls"),
        _ when type == typeof(FigureId) => Text(IdPattern, FigureId.MaxLength, "A casualty figure's identifier, for a later figure's 'revises'.", "killed-day-1"),
        _ when type == typeof(SourceId) => Text(IdPattern, SourceId.MaxLength, "A source identifier, unique among the incident's sources.", "sohr"),
        _ when type == typeof(AttackMethodKind) => Code("An attack method (extensible: unknown codes are kept).", "vbied"),
        _ when type == typeof(ActorKind) => Code("A kind of actor (extensible).", "non-state-armed-group"),
        _ when type == typeof(PartyRole) => Code("A party's role (extensible).", "perpetrator"),
        _ when type == typeof(CasualtyKind) => Code("A kind of casualty figure (extensible).", "killed"),
        _ when type == typeof(ClaimMode) => Code("How a claim was made (extensible).", "statement"),
        _ when type == typeof(SourceKind) => Code("A kind of source (extensible).", "monitoring-group"),
        _ when type == typeof(PartialDate) => Text(WirePatterns.PartialDate, 10,
            "An ISO 8601 calendar date (years 0001–9999) of year, month or day precision (JSON Schema's 'date' format needs a day, so none is given).", "2022-01-20"),
        _ when type == typeof(ApproximateTime) => Text(WirePatterns.ApproximateTime, 40,
            "A local time of day, 24-hour, with or without seconds, behind '~' (approximate), 'not before ' or 'not after '. Writers omit zero seconds.", "~03:00"),
        _ when type == typeof(DurationEstimate) => Text(WirePatterns.Duration, 64,
            "An ISO 8601 duration of days, hours, minutes and seconds in any combination (a day is 24 hours; years, months and weeks are rejected), behind '~', 'at least ' or 'at most '. Writers emit hours, minutes and seconds only: PT26H.", "~PT24H"),
        _ when type == typeof(GeoCoordinate) => Text(WirePatterns.Coordinates, 128,
            "WGS 84 latitude,longitude in decimal degrees, each in the JSON number grammar. Writers emit the shortest round-trip digits.", "36.4914,40.7486"),
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
        static JsonObject Bound() => new() { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = int.MaxValue };
        return new JsonObject
        {
            ["description"] = "A count as a range: an object with any of low, best and high (canonical), or, on read only, a whole number (exactly) or the range's text form ('at least 11', '10-15', '~3,500', 'dozens').",
            ["anyOf"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["low"] = OrNull(Bound()), ["best"] = OrNull(Bound()), ["high"] = OrNull(Bound()) },
                    ["additionalProperties"] = false,

                    // At least one bound with a number (null reads as absent).
                    ["anyOf"] = new JsonArray(
                        new JsonObject { ["required"] = new JsonArray("low"), ["properties"] = new JsonObject { ["low"] = Bound() } },
                        new JsonObject { ["required"] = new JsonArray("best"), ["properties"] = new JsonObject { ["best"] = Bound() } },
                        new JsonObject { ["required"] = new JsonArray("high"), ["properties"] = new JsonObject { ["high"] = Bound() } }),
                },
                Bound(),
                new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = WirePatterns.RangeText(VagueQuantifierTable.Default),
                    ["not"] = NoLineFeed(),
                    ["maxLength"] = 128,
                }),
        };
    }

    private static JsonObject Text(string pattern, int maxLength, string description, string example) => new()
    {
        ["type"] = "string",
        ["pattern"] = pattern,
        ["not"] = NoLineFeed(),
        ["maxLength"] = maxLength,
        ["description"] = description,
        ["examples"] = new JsonArray(example),
    };

    private static JsonObject Code(string description, string example) => Text(CodePattern, CodeSyntax.MaxLength, description, example);
}
