using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;

namespace Incidents.Core;

/// <summary>The identifier of a phase within one incident — a site of a coordinated operation — used by a casualty
/// figure to say which phase it counts (<see cref="CasualtyFigure.Phase"/>).</summary>
/// <remarks>
/// <para>
/// Syntax: 1 to 64 characters from <c>A–Z a–z 0–9 . _ : -</c>, starting with an ASCII letter or digit, e.g.
/// <c>tavistock-square</c>. Comparison is ordinal and case-sensitive.
/// </para>
/// <para>The default value is not a valid identifier (<see cref="IsDefault"/>); the model rejects it wherever an
/// identifier is required.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<PhaseId>))]
[TextValue("a phase identifier", "\"tavistock-square\"", IdentifierMaxLength = 64)]
public readonly partial record struct PhaseId
{
}
