using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;

namespace Incidents.Core;

/// <summary>The identifier of an actor within one incident, used by parties, figures and claims to refer to it.</summary>
[JsonConverter(typeof(TextValueJsonConverter<ActorId>))]
[TextValue("an actor identifier", "\"is\", \"iraqi-army\"", IdentifierMaxLength = 64)]
public readonly partial record struct ActorId
{
}
