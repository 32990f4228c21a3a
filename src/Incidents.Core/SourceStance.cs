using System.Text.Json.Serialization;
using Incidents.Core.Json;
namespace Incidents.Core;

/// <summary>Where a source stands towards the fact it reports: independent of the fighting, or a party to it.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<SourceStance>))]
public enum SourceStance
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>Reported independently: a monitoring group, news media, an analyst.</summary>
    Independent = 1,

    /// <summary>Claimed by a party to the fighting (the SDF counting the escapees it caught; a group counting its own
    /// attack's victims).</summary>
    PartyToConflict = 2,
}
