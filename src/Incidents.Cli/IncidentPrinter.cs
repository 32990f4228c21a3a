using System.Globalization;
using System.Text;
using Incidents.Core;
using NodaTime;
using NodaTime.Text;

namespace Incidents.Cli;

/// <summary>Renders an incident as indented plain text for people to read.</summary>
public static class IncidentPrinter
{
    public static string Render(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var text = new StringBuilder();
        Line(text, 0, $"{incident.Title}  [{incident.Id}]");
        Timing timing = incident.Timing;
        string when = timing.Date.ToString();
        if (timing.TimeOfDay is { } time)
        {
            when += $" {time}";
        }

        if (timing.Zone is { } zone)
        {
            when += $" {zone.Id}";
        }

        if (timing.Duration is { } duration)
        {
            when += $", lasting {duration}";
        }

        Line(text, 1, $"when: {when}" + (timing.Wording is null ? string.Empty : $"  (\"{timing.Wording}\")"));
        if (timing.TryGetStartInstant(out Instant start))
        {
            Line(text, 1, $"began at: {InstantPattern.ExtendedIso.Format(start)}");
        }

        Location where = incident.Location;
        string[] placeParts = [where.Facility ?? string.Empty, where.Place ?? string.Empty, where.Admin1 ?? string.Empty, where.Description ?? string.Empty, where.Country?.ToString() ?? string.Empty];
        Line(text, 1, $"where: {string.Join(", ", placeParts.Where(p => p.Length > 0))} (precision: {where.Precision})");
        foreach (AttackMethod method in incident.Methods)
        {
            string count = method.Count is { } n ? $" ×{n}" : string.Empty;
            Line(text, 1, $"method: {method.Kind}{count}" + (method.Target is null ? string.Empty : $" against {method.Target}"));
        }

        for (int i = 0; i < incident.Phases.Count; i++)
        {
            Line(text, 1, $"phase {i + 1}: {incident.Phases[i].Name}");
        }

        foreach (Party party in incident.Parties)
        {
            Actor? actor = incident.Actors.FirstOrDefault(a => a.Id == party.Actor);
            Line(text, 1, $"party: {actor?.Name ?? party.Actor.Value} as {party.Role}" + (party.Attribution is { } a ? $" (attribution: {a})" : string.Empty));
        }

        foreach (CasualtyFigure figure in incident.Casualties)
        {
            string range = figure.Range?.ToString() ?? "unknown number";
            string sources = string.Join("; ", figure.Attributions.Select(a => incident.Sources.FirstOrDefault(s => s.Id == a.Source)?.Name ?? a.Source.Value));
            Line(text, 1, $"{figure.Kind}: {range} {figure.Description} (\"{figure.Wording}\", according to {sources})");
        }

        foreach (Claim claim in incident.Claims)
        {
            string by = claim.Claimant is { } c ? incident.Actors.FirstOrDefault(a => a.Id == c)?.Name ?? c.Value : "unknown claimant";
            string via = claim.Outlet is { } o ? $" via {incident.Actors.FirstOrDefault(a => a.Id == o)?.Name ?? o.Value}" : string.Empty;
            string on = claim.Date is { } d ? $" on {d}" : string.Empty;
            Line(text, 1, $"claim: {claim.Kind} by {by}{via}{on} [{string.Join(", ", claim.Modes)}] ({claim.Verification})");
        }

        foreach (Campaign campaign in incident.Campaigns)
        {
            Line(text, 1, $"campaign: {campaign.Name}");
        }

        foreach (RelatedIncident related in incident.Related)
        {
            Line(text, 1, $"related: {related}");
        }

        Line(text, 1, $"record: schema {incident.Metadata.SchemaVersion}, revision {incident.Metadata.Revision}, modified {InstantPattern.ExtendedIso.Format(incident.Metadata.Modified)}");
        return text.ToString();
    }

    private static void Line(StringBuilder text, int indent, string line) =>
        text.Append(' ', indent * 2).Append(line).Append('\n');
}
