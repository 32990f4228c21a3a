using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>A reference from one incident to another, with how they relate.</summary>
/// <remarks>The default value refers to no incident; the model rejects it.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public readonly record struct RelatedIncident
{
    /// <summary>Creates a reference.</summary>
    /// <param name="incident">The other incident's identifier.</param>
    /// <param name="relation">How this incident relates to it.</param>
    /// <exception cref="ArgumentException"><paramref name="incident"/> is the uninitialised default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not defined.</exception>
    public RelatedIncident(IncidentId incident, IncidentRelation relation = IncidentRelation.Related)
    {
        Incident = Guard.NotDefault(incident, nameof(incident));
        Relation = Guard.Defined(relation, nameof(relation));
    }

    /// <summary>Gets the other incident's identifier.</summary>
    public IncidentId Incident { get; }

    /// <summary>Gets how this incident relates to the other.</summary>
    public IncidentRelation Relation { get; }

    /// <summary>Returns the relation and the identifier, e.g. <c>Related 2022-01-20-baghdad-barracks</c>.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => $"{Relation} {Incident}";
}
