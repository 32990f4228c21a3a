using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;

namespace Incidents.Core;

/// <summary>The identifier of a casualty figure within one incident, used by a later figure to say which one it
/// revises (<see cref="CasualtyFigure.Revises"/>).</summary>
/// <remarks>
/// <para>
/// Syntax: 1 to 64 characters from <c>A–Z a–z 0–9 . _ : -</c>, starting with an ASCII letter or digit, e.g.
/// <c>killed-2014-04-16</c>. Comparison is ordinal and case-sensitive.
/// </para>
/// <para>The default value is not a valid identifier (<see cref="IsDefault"/>); the model rejects it wherever an
/// identifier is required.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<FigureId>))]
[TextValue("a figure identifier", "\"killed-day-1\"", IdentifierMaxLength = 64)]
public readonly partial record struct FigureId
{
}
