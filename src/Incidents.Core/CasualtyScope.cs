using System.Text.Json.Serialization;
using Incidents.Core.Json;
namespace Incidents.Core;

/// <summary>Whether a casualty figure estimates a whole quantity or counts one event of several.</summary>
/// <remarks>Figures of one kind and party that are <see cref="Total"/> compete: they are estimates of the same
/// quantity, and a reader picks one. Figures that are <see cref="Event"/> add up: a mass abduction's escapes within
/// days and its releases in separate batches years apart are each an event, dated by
/// <see cref="CasualtyFigure.OccurredOn"/>. A figure that does not say is a total, as in format 1.0.</remarks>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<CasualtyScope>))]
public enum CasualtyScope
{
    /// <summary>An estimate of the whole quantity (all killed in the incident, all released so far).</summary>
    Total = 0,

    /// <summary>The count of one event among several of the same kind (one batch released, one group that escaped).</summary>
    Event = 1,
}
