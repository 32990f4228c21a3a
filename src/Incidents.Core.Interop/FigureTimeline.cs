namespace Incidents.Core.Interop;

/// <summary>A casualty figure's place in time and in the operation — its id, the phase (site) it counts, the dates it
/// happened and was reported, its status, the figure it revises and whether it counts one event — in words, for the exporters whose formats have no column for it
/// (they report it as lost) and for STIX's casualty note (which keeps it).</summary>
internal static class FigureTimeline
{
    /// <summary>Returns the figure's timeline facts ("reported 2014-05-01, final, revises killed-day-1"), or
    /// <see langword="null"/> when it has none.</summary>
    internal static string? Describe(CasualtyFigure f)
    {
        var parts = new List<string>(6);
        if (f.Id is { } id)
        {
            parts.Add($"id {id}");
        }

        if (f.Phase is { } phase)
        {
            parts.Add($"at phase {phase}");
        }

        if (f.Scope is { } scope)
        {
            parts.Add(scope == CasualtyScope.Event ? "one event of several" : "a total");
        }

        if (f.OccurredOn is { } occurred)
        {
            parts.Add($"occurred {occurred}");
        }

        if (f.ReportedOn is { } reported)
        {
            parts.Add($"reported {reported}");
        }

        if (f.Status is { } status)
        {
            parts.Add(status.ToString().ToLowerInvariant());
        }

        if (f.Revises is { } revises)
        {
            parts.Add($"revises {revises}");
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>Adds a loss for each figure of <paramref name="incident"/> that has timeline facts the target format
    /// cannot hold.</summary>
    internal static void ReportLost(Incident incident, List<Loss> losses, string format)
    {
        for (int i = 0; i < incident.Casualties.Count; i++)
        {
            CasualtyFigure f = incident.Casualties[i];
            if (Describe(f) is { } timeline)
            {
                losses.Add(new Loss(LossKind.Dropped, $"/casualties/{i}", $"{f.Kind} {f.Range?.ToString() ?? "unknown"} ({timeline}) → {format} has no column for a figure's dates, status or revisions"));
            }
        }
    }
}
