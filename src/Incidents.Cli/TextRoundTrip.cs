using System.Text;
using Incidents.Core;

namespace Incidents.Cli;

/// <summary>Formats every textual value of an incident and parses it back, in UTF-16 and UTF-8.</summary>
public static class TextRoundTrip
{
    /// <summary>Returns how many values were checked and a description of each one that did not come back equal.</summary>
    public static (int Checked, IReadOnlyList<string> Differences) Check(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var differences = new List<string>();
        int count = 0;

        void Check<T>(T value, string where)
            where T : struct, IEquatable<T>, ISpanParsable<T>, IUtf8SpanParsable<T>, IUtf8SpanFormattable
        {
            count++;
            string text = value.ToString()!;
            Span<byte> utf8 = stackalloc byte[256];
            bool formatted = value.TryFormat(utf8, out int written, default, null);
            bool fromText = T.TryParse(text.AsSpan(), null, out T back) && back.Equals(value);
            bool fromUtf8 = formatted && T.TryParse(utf8[..written], null, out T backUtf8) && backUtf8.Equals(value);
            if (!fromText || !fromUtf8 || Encoding.UTF8.GetString(utf8[..written]) != text)
            {
                differences.Add($"{where}: '{text}' did not read back equal");
            }
        }

        Check(incident.Id, "id");
        Check(incident.Timing.Date, "timing.date");
        if (incident.Timing.EndDate is { } end)
        {
            Check(end, "timing.endDate");
        }

        if (incident.Timing.TimeOfDay is { } time)
        {
            Check(time, "timing.timeOfDay");
        }

        if (incident.Timing.Duration is { } duration)
        {
            Check(duration, "timing.duration");
        }

        if (incident.Location.Country is { } country)
        {
            Check(country, "location.country");
        }

        if (incident.Location.Coordinates is { } point)
        {
            Check(point, "location.coordinates");
        }

        foreach (AttackMethod method in incident.Methods)
        {
            Check(method.Kind, "methods.kind");
        }

        foreach (Actor actor in incident.Actors)
        {
            Check(actor.Id, "actors.id");
            Check(actor.Kind, "actors.kind");
        }

        foreach (Party party in incident.Parties)
        {
            Check(party.Role, "parties.role");
        }

        foreach (CasualtyFigure figure in incident.Casualties)
        {
            Check(figure.Kind, "casualties.kind");
            if (figure.Range is { } range)
            {
                Check(range, "casualties.range");
            }
        }

        foreach (Claim claim in incident.Claims)
        {
            foreach (ClaimMode mode in claim.Modes)
            {
                Check(mode, "claims.modes");
            }

            if (claim.Date is { } date)
            {
                Check(date, "claims.date");
            }

            if (claim.Rating is { } rating)
            {
                Check(rating, "claims.rating");
            }
        }

        foreach (Source source in incident.Sources)
        {
            Check(source.Id, "sources.id");
            Check(source.Kind, "sources.kind");
        }

        Check(incident.Metadata.SchemaVersion, "metadata.schemaVersion");
        return (count, differences);
    }
}
