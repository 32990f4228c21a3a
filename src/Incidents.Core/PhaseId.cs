using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;

namespace Incidents.Core;

/// <summary>The identifier of a phase within one incident — a site of a coordinated operation — used by a casualty
/// figure to say which phase it counts (<see cref="CasualtyFigure.Phase"/>).</summary>
[JsonConverter(typeof(TextValueJsonConverter<PhaseId>))]
[TextValue("a phase identifier", "\"tavistock-square\"", IdentifierMaxLength = 64)]
public readonly partial record struct PhaseId
{
}
