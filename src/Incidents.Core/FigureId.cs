using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;

namespace Incidents.Core;

/// <summary>The identifier of a casualty figure within one incident, used by a later figure to say which one it
/// revises (<see cref="CasualtyFigure.Revises"/>).</summary>
[JsonConverter(typeof(TextValueJsonConverter<FigureId>))]
[TextValue("a figure identifier", "\"killed-day-1\"", IdentifierMaxLength = 64)]
public readonly partial record struct FigureId
{
}
