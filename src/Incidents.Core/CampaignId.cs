using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;

namespace Incidents.Core;

/// <summary>The identifier of a campaign, shared by every incident that belongs to it, so that two incidents can name
/// the same campaign and an export can give it one identity (<see cref="Campaign.Id"/>).</summary>
[JsonConverter(typeof(TextValueJsonConverter<CampaignId>))]
[TextValue("a campaign identifier", "\"is-breaking-the-walls\"", IdentifierMaxLength = 64)]
public readonly partial record struct CampaignId
{
}
