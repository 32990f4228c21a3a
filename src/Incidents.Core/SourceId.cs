using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;

namespace Incidents.Core;

/// <summary>The identifier of a source within one incident, used by figures and claims to refer to it.</summary>
/// <remarks>
/// <para>
/// Syntax: 1 to 64 characters from <c>A–Z a–z 0–9 . _ : -</c>, starting with an ASCII letter or digit, e.g.
/// <c>sohr-2022-01-21</c>. Comparison is ordinal and case-sensitive: producers' own identifiers (GTD's
/// <c>201801010004</c>, ACLED's <c>ETH9766</c>, UCDP's <c>IRQ-1989-1-524-322</c>) are kept exactly as given.
/// </para>
/// <para>The default value is not a valid identifier (<see cref="IsDefault"/>); the model rejects it wherever an
/// identifier is required.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<SourceId>))]
[TextValue("a source identifier", "\"sohr\"", IdentifierMaxLength = 64)]
public readonly partial record struct SourceId
{
}
