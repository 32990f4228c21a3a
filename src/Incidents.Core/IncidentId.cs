using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;

namespace Incidents.Core;

/// <summary>The stable identifier of an incident record, unchanged across its revisions.</summary>
[JsonConverter(typeof(TextValueJsonConverter<IncidentId>))]
[TextValue("an incident identifier", "\"2022-01-20-iq-baghdad-barracks-raid\"", IdentifierMaxLength = 128)]
public readonly partial record struct IncidentId
{
}
