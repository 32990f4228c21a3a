using System.Text.Json.Serialization;

namespace Incidents.Core.Json;

/// <summary>Source-generated metadata for the model: the type information System.Text.Json needs without
/// reflection (trimming and Native AOT), and the property graph <see cref="IncidentJsonSchema"/> exports the schema
/// from. At run time the records are read and written by the hand-written converters that
/// <see cref="IncidentJson.Options"/> adds; see <c>benchmarks/README.md</c> for why.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowDuplicateProperties = false,
    Converters = [typeof(InstantJsonConverter), typeof(DateTimeZoneJsonConverter)])]
[JsonSerializable(typeof(Incident))]
[JsonSerializable(typeof(Incident[]))]
[JsonSerializable(typeof(List<Incident>))]
[JsonSerializable(typeof(IReadOnlyList<Incident>))]
[JsonSerializable(typeof(ExtensionProperty))]
internal sealed partial class IncidentJsonContext : JsonSerializerContext
{
}
