namespace Incidents.Core.Interop;

/// <summary>The facts of format 1.1 that the exporters' formats have no column for — a phase's own place and time, the
/// part of the day, the window of an uncertain date, according to whom an actor plays its role, who spoke for a claimant, whom a claim
/// names and what it is about, a campaign's identity and dates, every extension property — reported as losses, one
/// per fact, so that a loss report stays exact as the model grows.</summary>
internal static class UncarriedFacts
{
    /// <summary>What a format does carry of these facts.</summary>
    [Flags]
    internal enum Carried
    {
        /// <summary>None of them.</summary>
        None = 0,

        /// <summary>A campaign's identity and first and last seen dates (STIX campaign).</summary>
        Campaigns = 1,

        /// <summary>A claim's speaker, named actors and subject (STIX: in the claim's note).</summary>
        ClaimDetails = 2,

        /// <summary>The incident's end date, end time and duration (STIX: in the note on the time; GTD and ACLED report
        /// what of them they cannot carry themselves).</summary>
        End = 4,
    }

    /// <summary>The methods of <paramref name="incident"/> that an export states as used, with their indexes: all but those
    /// a later investigation refuted (<see cref="AttackMethod.Verification"/> is <see cref="ClaimVerification.Refuted"/>),
    /// which a dataset row must not count as used. Adds a loss for each refuted method left out and for each assessment
    /// the format has no column for.</summary>
    internal static List<(int Index, AttackMethod Method)> MethodsUsed(Incident incident, List<Loss> losses, string format)
    {
        var used = new List<(int, AttackMethod)>(incident.Methods.Count);
        for (int i = 0; i < incident.Methods.Count; i++)
        {
            AttackMethod method = incident.Methods[i];
            switch (method.Verification)
            {
                case ClaimVerification.Refuted:
                    losses.Add(new Loss(LossKind.Dropped, $"/methods/{i}", $"{method.Kind} reported and refuted → left out of {format}'s methods used"));
                    continue;
                case { } verification:
                    losses.Add(new Loss(LossKind.Dropped, $"/methods/{i}/verification", $"{method.Kind} {verification.ToString().ToLowerInvariant()} → no {format} column"));
                    break;
            }

            used.Add((i, method));
        }

        return used;
    }

    /// <summary>Adds a loss to <paramref name="losses"/> for each such fact of <paramref name="incident"/> that
    /// <paramref name="format"/> does not carry.</summary>
    internal static void ReportLost(Incident incident, List<Loss> losses, string format, Carried carried = Carried.None)
    {
        void Lose(string subject, string fact) => losses.Add(new Loss(LossKind.Dropped, subject, $"{fact} → no {format} column"));

        if (incident.Timing.PartOfDay is { } part)
        {
            Lose("/timing/partOfDay", $"the time is given as a part of the day: {part} ({new ApproximateTime(DayParts.Start(part))}–{new ApproximateTime(DayParts.End(part))})");
        }

        if (!carried.HasFlag(Carried.End))
        {
            Timing t = incident.Timing;
            if (t.EndDate is { } end)
            {
                Lose("/timing/endDate", $"the incident lasted until {end}");
            }

            if (t.EndTimeOfDay is { } endTime)
            {
                Lose("/timing/endTimeOfDay", $"the incident ended at {endTime}");
            }

            if (t.Duration is { } duration)
            {
                Lose("/timing/duration", $"the incident lasted {duration}");
            }
        }

        if (incident.Timing.NotAfter is { } notAfter)
        {
            Lose("/timing/notAfter", $"the date is known within a window: began {incident.Timing.Date} to {notAfter}");
        }

        for (int i = 0; i < incident.Phases.Count; i++)
        {
            IncidentPhase phase = incident.Phases[i];
            if (phase.Location is { } location)
            {
                Lose($"/phases/{i}/location", $"phase '{phase.Name}' at its own site ({location.Facility ?? location.Place ?? location.Admin1 ?? location.Country?.ToString() ?? "a place"})");
            }

            if (phase.Timing is { } timing)
            {
                string window = timing.NotAfter is { } last ? $" to {last}, a window" : string.Empty;
                Lose($"/phases/{i}/timing", $"phase '{phase.Name}' at its own time ({timing.Date}{window}{(timing.TimeOfDay is { } time ? $" {time}" : string.Empty)})");
            }
        }

        for (int i = 0; i < incident.Parties.Count; i++)
        {
            Party party = incident.Parties[i];
            if (!party.Sources.IsEmpty)
            {
                Lose($"/parties/{i}/sources", $"{party.Actor} as {party.Role} according to {string.Join(", ", party.Sources)}");
            }
        }

        if (!carried.HasFlag(Carried.ClaimDetails))
        {
            for (int i = 0; i < incident.Claims.Count; i++)
            {
                Claim claim = incident.Claims[i];
                if (claim.Speaker is { } speaker)
                {
                    Lose($"/claims/{i}/speaker", $"claim spoken by {speaker}");
                }

                if (!claim.Named.IsEmpty)
                {
                    Lose($"/claims/{i}/named", $"claim names {string.Join(", ", claim.Named)}");
                }

                if (claim.Subject is { } subject)
                {
                    Lose($"/claims/{i}/subject", $"claim about \"{subject}\"");
                }
            }
        }

        if (!carried.HasFlag(Carried.Campaigns))
        {
            for (int i = 0; i < incident.Campaigns.Count; i++)
            {
                Campaign campaign = incident.Campaigns[i];
                if (campaign.Id is { } id)
                {
                    Lose($"/campaigns/{i}/id", $"campaign '{campaign.Name}' identified as {id}");
                }

                if (campaign.FirstSeen is not null || campaign.LastSeen is not null)
                {
                    Lose($"/campaigns/{i}", $"campaign '{campaign.Name}' seen {campaign.FirstSeen?.ToString() ?? "?"} to {campaign.LastSeen?.ToString() ?? "?"}");
                }
            }
        }

        ReportExtensions(incident, losses, format);
    }

    /// <summary>Adds a loss for each extension property of every record of <paramref name="incident"/> (a GED import's
    /// <c>ged:type_of_violence</c>, a producer's own fields): no exported format has a place for them. The subject is
    /// the property's JSON Pointer in the incident's document.</summary>
    private static void ReportExtensions(Incident incident, List<Loss> losses, string format)
    {
        void Lose(string at, EquatableArray<ExtensionProperty> extensions)
        {
            foreach (ExtensionProperty property in extensions)
            {
                string token = property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                losses.Add(new Loss(LossKind.Dropped, $"{at}/{token}", $"extension property {property.Name} → no {format} column"));
            }
        }

        void Each<T>(string list, EquatableArray<T> items, Func<T, EquatableArray<ExtensionProperty>> extensions)
        {
            for (int i = 0; i < items.Count; i++)
            {
                Lose($"/{list}/{i}", extensions(items[i]));
            }
        }

        Lose(string.Empty, incident.Extensions);
        Lose("/timing", incident.Timing.Extensions);
        Lose("/location", incident.Location.Extensions);
        Each("methods", incident.Methods, static m => m.Extensions);
        Each("phases", incident.Phases, static p => p.Extensions);
        for (int i = 0; i < incident.Phases.Count; i++)
        {
            Lose($"/phases/{i}/location", incident.Phases[i].Location?.Extensions ?? default);
            Lose($"/phases/{i}/timing", incident.Phases[i].Timing?.Extensions ?? default);
        }

        Each("actors", incident.Actors, static a => a.Extensions);
        Each("parties", incident.Parties, static p => p.Extensions);
        Each("casualties", incident.Casualties, static c => c.Extensions);
        for (int i = 0; i < incident.Casualties.Count; i++)
        {
            Each($"casualties/{i}/attributions", incident.Casualties[i].Attributions, static a => a.Extensions);
        }

        Each("claims", incident.Claims, static c => c.Extensions);
        Each("sources", incident.Sources, static s => s.Extensions);
        Each("campaigns", incident.Campaigns, static c => c.Extensions);
        Each("related", incident.Related, static r => r.Extensions);
        Lose("/metadata", incident.Metadata.Extensions);
    }
}
