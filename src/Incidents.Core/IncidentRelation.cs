using System.Text.Json.Serialization;
using Incidents.Core.Json;
namespace Incidents.Core;

/// <summary>How one incident relates to another.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<IncidentRelation>))]
public enum IncidentRelation
{
    /// <summary>Related, without saying how (the same group's operations the same night).</summary>
    Related = 0,

    /// <summary>Coordinated with the other incident as parts of one operation (GTD <c>multiple</c>).</summary>
    Coordinated = 1,

    /// <summary>This incident led to the other one (STIX incident <c>led-to</c>).</summary>
    LedTo = 2,

    /// <summary>This incident resulted from the other one.</summary>
    ResultOf = 3,

    /// <summary>This incident is part of the other one: one bombing of a wave, one assault of a coordinated operation
    /// recorded as incidents of their own.</summary>
    PartOf = 4,
}
