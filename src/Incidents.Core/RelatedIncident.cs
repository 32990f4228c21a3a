using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>A reference from one incident to another, with how they relate.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WireFormatJsonConverter<RelatedIncident>))]
[WireRecord("a related incident")]
public sealed record RelatedIncident
{
    /// <summary>Creates a reference.</summary>
    /// <param name="incident">The other incident's identifier.</param>
    /// <param name="relation">How this incident relates to it.</param>
    /// <exception cref="ArgumentException"><paramref name="incident"/> is the uninitialised default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not defined.</exception>
    [SetsRequiredMembers]
    public RelatedIncident(IncidentId incident, IncidentRelation relation = IncidentRelation.Related)
    {
        Incident = Guard.NotDefault(incident, nameof(incident));
        Relation = Guard.Defined(relation, nameof(relation));
    }

    /// <summary>Gets or initializes the other incident's identifier.</summary>
    public required IncidentId Incident { get; init => field = Guard.NotDefault(value, nameof(Incident)); }

    /// <summary>Gets or initializes how this incident relates to the other.</summary>
    public IncidentRelation Relation { get; init => field = Guard.Defined(value, nameof(Relation)); }

    /// <summary>Returns the relation and the identifier, e.g. <c>Related 2022-01-20-baghdad-barracks</c>.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => $"{Relation} {Incident}";

    /// <summary>Gets or initializes the properties the model has no place for, kept so that nothing is lost: those a
    /// newer minor version of the wire format added, or an imported dataset's columns (see
    /// <see cref="ExtensionProperty"/>). The JSON writer emits them after the record's own properties.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the default, two elements share a name, or a
    /// name is one of the record's own JSON property names.</exception>
    public EquatableArray<ExtensionProperty> Extensions { get; init => field = Guard.Extensions(value, WireNames.RelatedIncident, nameof(Extensions)); }
}
