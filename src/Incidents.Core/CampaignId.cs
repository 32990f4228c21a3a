using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;

namespace Incidents.Core;

/// <summary>The identifier of a campaign, shared by every incident that belongs to it, so that two incidents can name
/// the same campaign and an export can give it one identity (<see cref="Campaign.Id"/>).</summary>
/// <remarks>
/// <para>
/// Syntax: 1 to 64 characters from <c>A–Z a–z 0–9 . _ : -</c>, starting with an ASCII letter or digit, e.g.
/// <c>is-breaking-the-walls</c>. Comparison is ordinal and case-sensitive.
/// </para>
/// <para>The default value is not a valid identifier (<see cref="IsDefault"/>); the model rejects it wherever an
/// identifier is required.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<CampaignId>))]
[TextValue("a campaign identifier", "\"is-breaking-the-walls\"", IdentifierMaxLength = 64)]
public readonly partial record struct CampaignId
{
}
