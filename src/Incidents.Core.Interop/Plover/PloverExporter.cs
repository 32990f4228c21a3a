using Incidents.Core.Interop.CodeMaps;

namespace Incidents.Core.Interop.Plover;

/// <summary>One PLOVER event record (the fields an incident can fill; PLOVER's names).</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PloverRecord
{
    /// <summary>Gets <c>id</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets <c>date</c> (YYYY-MM-DD; PLOVER needs a day).</summary>
    public required string Date { get; init; }

    /// <summary>Gets the <c>actor</c> entities' texts (for two-sided violence every participant; for one-sided, the
    /// perpetrators).</summary>
    public EquatableArray<string> Actor { get; init; }

    /// <summary>Gets the <c>recipient</c> entities' texts (the victims of one-sided violence).</summary>
    public EquatableArray<string> Recipient { get; init; }

    /// <summary>Gets <c>event</c>: the categories (ASSAULT, COERCE …).</summary>
    public EquatableArray<string> Event { get; init; }

    /// <summary>Gets <c>mode</c>.</summary>
    public EquatableArray<string> Mode { get; init; }

    /// <summary>Gets <c>context</c>.</summary>
    public EquatableArray<string> Context { get; init; }

    /// <summary>Gets the size object's <c>dead</c>.</summary>
    public int? Dead { get; init; }

    /// <summary>Gets the size object's <c>injured</c>.</summary>
    public int? Injured { get; init; }

    /// <summary>Gets the location's <c>country_code</c> (ISO 3166-1 alpha-2 here; PLOVER entities use alpha-3).</summary>
    public CountryCode? CountryCode { get; init; }

    /// <summary>Gets the location's <c>resolution</c>: 5 sub-city, 4 city, 3 district, 2 province, 1 country.</summary>
    public int Resolution { get; init; }

    /// <summary>Gets <c>text</c>.</summary>
    public string? Text { get; init; }
}

/// <summary>Maps an incident to one PLOVER record, with a <see cref="LossReport"/>: PLOVER has no claim of
/// responsibility (CAMEO's 015 was dropped), no ranges, one dead and one injured number, and wants a day.</summary>
public static class PloverExporter
{
    /// <summary>Maps an incident.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The record and its losses.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is <see langword="null"/>.</exception>
    public static Mapping<PloverRecord> Export(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var losses = new List<Loss>();
        void Lose(LossKind kind, string subject, string description) => losses.Add(new Loss(kind, subject, description));

        PartialDate d = incident.Timing.Date;
        if (d.Precision != DatePrecision.Day)
        {
            Lose(LossKind.Coarsened, "/timing/date", $"{d} → {d.Earliest:uuuu-MM-dd} (PLOVER's date is a day)");
        }

        if (incident.Timing.TimeOfDay is { } time)
        {
            Lose(LossKind.Dropped, "/timing/timeOfDay", $"local time {time}{(incident.Timing.Zone is { } z ? $" {z.Id}" : string.Empty)} → PLOVER's time needs an exact ISO time");
        }

        var events = new List<string>();
        var modes = new List<string>();
        foreach ((_, AttackMethod method) in UncarriedFacts.MethodsUsed(incident, losses, "PLOVER"))
        {
            Mapping<PloverEvent> m = EventCodeMaps.ToPlover(method.Kind);
            losses.AddRange(m.Losses.Losses);
            if (!events.Contains(m.Value.Event))
            {
                events.Add(m.Value.Event);
            }

            if (m.Value.Mode is { } mode && !modes.Contains(mode))
            {
                modes.Add(mode);
            }
        }

        if (events.Count == 0)
        {
            events.Add("ASSAULT");
        }

        bool oneSided = incident.Parties.AsImmutableArray().Any(p => p.Role == PartyRole.Victim);
        string Name(ActorId id) => incident.Actors.AsImmutableArray().FirstOrDefault(a => a.Id == id)?.Name ?? id.ToString();
        // The sides of two-sided fighting (belligerents) are PLOVER's actors, with the perpetrators.
        string[] perpetrators = [.. incident.Parties.AsImmutableArray().Where(p => p.Role == PartyRole.Perpetrator || p.Role == PartyRole.Belligerent).Select(p => Name(p.Actor)).Distinct()];
        string[] others = [.. incident.Parties.AsImmutableArray().Where(p => p.Role == PartyRole.Defender || p.Role == PartyRole.Target || p.Role == PartyRole.Victim).Select(p => Name(p.Actor)).Distinct()];
        string[] actors = oneSided ? perpetrators : [.. perpetrators, .. others];
        string[] recipients = oneSided ? others : [];

        foreach (Party party in incident.Parties.AsImmutableArray().Where(p => p.Role != PartyRole.Perpetrator && p.Role != PartyRole.Belligerent && p.Role != PartyRole.Defender && p.Role != PartyRole.Target && p.Role != PartyRole.Victim))
        {
            Lose(LossKind.Dropped, "/parties", $"{Name(party.Actor)} as {party.Role} → PLOVER has actors and recipients only");
        }

        foreach (Claim claim in incident.Claims)
        {
            Lose(LossKind.Dropped, "/claims", $"{claim.Kind} claim by {(claim.Claimant is { } c ? Name(c) : "unknown")} → PLOVER has no claim event (CAMEO 015 was dropped)");
        }

        FigureTimeline.ReportLost(incident, losses, "PLOVER");
        UncarriedFacts.ReportLost(incident, losses, "PLOVER");
        int? dead = Size(incident, CasualtyKind.Killed, "dead", losses);
        int? injured = Size(incident, CasualtyKind.Wounded, "injured", losses);
        foreach (CasualtyFigure f in incident.Casualties.AsImmutableArray().Where(f => f.Kind != CasualtyKind.Killed && f.Kind != CasualtyKind.Wounded))
        {
            Lose(LossKind.Dropped, "/casualties", $"{f.Kind} {f.Range?.ToString() ?? "unknown"} → PLOVER's size has dead, injured and arrested only");
        }

        int resolution = incident.Location.Precision switch
        {
            LocationPrecision.Site => 5,
            LocationPrecision.Settlement or LocationPrecision.NearSettlement => 4,
            LocationPrecision.SecondOrderArea => 3,
            LocationPrecision.FirstOrderArea or LocationPrecision.Area => 2,
            _ => 1,
        };
        Lose(LossKind.Coarsened, "/location/precision", $"{incident.Location.Precision} → resolution {resolution}");

        var record = new PloverRecord
        {
            Id = incident.Id.ToString(),
            Date = $"{d.Earliest:uuuu-MM-dd}",
            Actor = [.. actors],
            Recipient = [.. recipients],
            Event = [.. events],
            Mode = [.. modes],
            Context = ["terrorism"],
            Dead = dead,
            Injured = injured,
            CountryCode = incident.Location.Country,
            Resolution = resolution,
            Text = incident.Summary,
        };
        Lose(LossKind.Coarsened, "context", "context 'terrorism' is set for every incident of this model (PLOVER wants it per event)");
        return new Mapping<PloverRecord>(record, new LossReport([.. losses]));
    }

    private static int? Size(Incident incident, CasualtyKind kind, string field, List<Loss> losses)
    {
        CasualtyFigure[] figures = [.. incident.Casualties.AsImmutableArray().Where(f => f.Kind == kind && f.Range is not null)];
        if (figures.Length == 0)
        {
            return null;
        }

        CasualtyFigure? total = figures.FirstOrDefault(f => f.Party is null);
        CasualtyRange sum = total?.Range ?? CasualtyRange.Sum([.. figures.GroupBy(f => f.Party).Select(g => g.MaxBy(f => f.Range!.Value.Minimum)!.Range!.Value)]);
        int value = sum.Best ?? sum.Minimum;
        losses.Add(new Loss(LossKind.Coarsened, "/casualties", $"{kind}: {string.Join(" + ", figures.Select(f => $"{f.Range} ({f.Party?.ToString() ?? "total"})"))} → {field} {value}; per-party figures, ranges and sources lost"));
        return value;
    }
}
