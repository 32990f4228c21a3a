using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;

namespace Incidents.Core;

/// <summary>The identifier of a source within one incident, used by figures and claims to refer to it.</summary>
[JsonConverter(typeof(TextValueJsonConverter<SourceId>))]
[TextValue("a source identifier", "\"sohr\"", IdentifierMaxLength = 64)]
public readonly partial record struct SourceId
{
}
