using System.Text.Json.Serialization;
using Incidents.Core.Json;
namespace Incidents.Core;

/// <summary>How certain it is that a perpetrator carried out the attack (cf. GTD's <c>guncertain</c>).</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<AttributionCertainty>))]
public enum AttributionCertainty
{
    /// <summary>Nothing is known about how certain the attribution is.</summary>
    Unknown = 0,

    /// <summary>Suspected or unconfirmed: based on speculation or dubious claims (GTD <c>guncertain</c> = 1).</summary>
    Suspected = 1,

    /// <summary>The actor claimed the attack, and nothing independent confirms it.</summary>
    Claimed = 2,

    /// <summary>Confirmed by independent sources.</summary>
    Confirmed = 3,
}
