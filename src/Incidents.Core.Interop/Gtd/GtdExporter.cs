using System.Globalization;
using Incidents.Core.Interop.CodeMaps;
using NodaTime;

namespace Incidents.Core.Interop.Gtd;

/// <summary>The columns of one Global Terrorism Database row that an incident can fill (GTD's own names; unknown
/// values are <see langword="null"/>, which GTD writes as blank, 0 for a day or month, or -9/-99 depending on the
/// column).</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record GtdRecord
{
    /// <summary>Gets <c>iyear</c>.</summary>
    public int IYear { get; init; }

    /// <summary>Gets <c>imonth</c> (0 when unknown).</summary>
    public int IMonth { get; init; }

    /// <summary>Gets <c>iday</c> (0 when unknown).</summary>
    public int IDay { get; init; }

    /// <summary>Gets <c>approxdate</c>: the date as reported when it is not exact.</summary>
    public string? ApproxDate { get; init; }

    /// <summary>Gets <c>extended</c>: whether the incident lasted more than 24 hours.</summary>
    public bool Extended { get; init; }

    /// <summary>Gets <c>resolution</c>: the date an extended incident ended, when the end is known to the day.</summary>
    public LocalDate? Resolution { get; init; }

    /// <summary>Gets <c>country_txt</c>.</summary>
    public string? CountryText { get; init; }

    /// <summary>Gets <c>provstate</c>.</summary>
    public string? ProvState { get; init; }

    /// <summary>Gets <c>city</c>.</summary>
    public string? City { get; init; }

    /// <summary>Gets <c>latitude</c>.</summary>
    public double? Latitude { get; init; }

    /// <summary>Gets <c>longitude</c>.</summary>
    public double? Longitude { get; init; }

    /// <summary>Gets <c>specificity</c>, 1 (the city or village) to 5 (coordinates unknown).</summary>
    public int Specificity { get; init; }

    /// <summary>Gets <c>summary</c>.</summary>
    public string? Summary { get; init; }

    /// <summary>Gets the codings of <c>attacktype1..3</c> / <c>weaptype1..4</c> / <c>weapsubtype1..4</c>, in order.</summary>
    public EquatableArray<GtdCoding> Attacks { get; init; }

    /// <summary>Gets <c>suicide</c>.</summary>
    public bool Suicide { get; init; }

    /// <summary>Gets <c>targtype1</c>, <c>targsubtype1</c> and <c>target1</c>.</summary>
    public GtdTarget? Target1 { get; init; }

    /// <summary>Gets <c>gname</c>, <c>gname2</c>, <c>gname3</c> with <c>guncertain1..3</c>.</summary>
    public EquatableArray<GtdGroup> Groups { get; init; }

    /// <summary>Gets <c>claimed</c> (1 yes, 0 no; <see langword="null"/> = -9 unknown).</summary>
    public int? Claimed { get; init; }

    /// <summary>Gets <c>claimmode</c>, <c>claimmode2</c>, <c>claimmode3</c> (one per claiming group).</summary>
    public EquatableArray<int> ClaimModes { get; init; }

    /// <summary>Gets <c>compclaim</c> (1 when more than one group claimed).</summary>
    public int? CompClaim { get; init; }

    /// <summary>Gets <c>nperps</c>.</summary>
    public int? NPerps { get; init; }

    /// <summary>Gets <c>nkill</c>.</summary>
    public int? NKill { get; init; }

    /// <summary>Gets <c>nkillter</c>: perpetrators killed.</summary>
    public int? NKillTer { get; init; }

    /// <summary>Gets <c>nwound</c>.</summary>
    public int? NWound { get; init; }

    /// <summary>Gets <c>nwoundte</c>: perpetrators wounded.</summary>
    public int? NWoundTe { get; init; }

    /// <summary>Gets <c>nperpcap</c>: perpetrators captured.</summary>
    public int? NPerpCap { get; init; }

    /// <summary>Gets <c>ishostkid</c>: whether victims were taken hostage or kidnapped; <see langword="null"/> (GTD's -9)
    /// when the incident lists no method.</summary>
    public bool? IsHostKid { get; init; }

    /// <summary>Gets <c>nhostkid</c>: hostages or kidnapped victims.</summary>
    public int? NHostKid { get; init; }

    /// <summary>Gets <c>nreleased</c>: hostages or kidnapped victims released or escaped.</summary>
    public int? NReleased { get; init; }

    /// <summary>Gets <c>scite1..3</c>.</summary>
    public EquatableArray<string> Citations { get; init; }

    /// <summary>Gets <c>related</c>: the related incidents' ids.</summary>
    public string? Related { get; init; }
}

/// <summary>GTD's first target: <c>targtype1</c>, <c>targsubtype1</c> (0 when none) and the <c>target1</c> text.</summary>
/// <param name="Type">The target type, 1–22 (3 Police, 4 Military, 20 Unknown …).</param>
/// <param name="Subtype">The target subtype (26 Prison/Jail, 27 Military Barracks/Base …), or 0.</param>
/// <param name="Text">The specific target.</param>
public readonly record struct GtdTarget(int Type, int Subtype, string? Text);

/// <summary>A perpetrator group of a GTD row: <c>gname</c> and <c>guncertain</c>.</summary>
/// <param name="Name">The group's name.</param>
/// <param name="Uncertain">Whether the attribution is suspected or unconfirmed.</param>
public readonly record struct GtdGroup(string Name, bool Uncertain);

/// <summary>Maps an incident to one GTD row, with a <see cref="LossReport"/> of what the row cannot hold (GTD has no
/// time of day, no ranges, no per-party figures besides perpetrators killed, no claim outlet, date or text, at most 3
/// attack types, 4 weapons, 3 groups and 3 citations).</summary>
public static class GtdExporter
{
    /// <summary>Maps an incident.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The row and its losses.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is <see langword="null"/>.</exception>
    public static Mapping<GtdRecord> Export(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var losses = new List<Loss>();
        void Lose(LossKind kind, string subject, string description) => losses.Add(new Loss(kind, subject, description));

        // When.
        Timing t = incident.Timing;
        PartialDate d = t.Date;
        string? approx = d.Precision == DatePrecision.Day ? null : t.Wording ?? d.ToString();
        if (t.TimeOfDay is { } time)
        {
            Lose(LossKind.Dropped, "/timing/timeOfDay", $"local time {time}{(t.Zone is { } z ? $" {z.Id}" : string.Empty)} → GTD has no time of day");
        }

        // More than 24 hours: by the duration, or by an end at least two days after the start (an end on the next day
        // may close an overnight event of a few hours).
        bool extended = (t.Duration is { } duration && duration.Value > NodaTime.Duration.FromHours(24))
            || (t.EndDate is { } end && end.Earliest >= d.Latest.PlusDays(2));
        if (t.Duration is { } dur)
        {
            Lose(LossKind.Coarsened, "/timing/duration", $"duration {dur} → extended {(extended ? 1 : 0)} (GTD keeps only 'more than 24 hours')");
        }

        LocalDate? resolution = extended && t.EndDate is { } endDate && endDate.TryGetLocalDate(out LocalDate last) ? last : null;
        if (t.EndDate is { } ended && resolution is null)
        {
            Lose(LossKind.Dropped, "/timing/endDate", $"end {ended} → GTD's resolution is for incidents of more than 24 hours that end on a known day");
        }

        if (t.EndTimeOfDay is { } endTime)
        {
            Lose(LossKind.Dropped, "/timing/endTimeOfDay", $"end time {endTime} → GTD has no time of day");
        }

        // Where.
        Location l = incident.Location;
        string? country = null;
        if (l.Country is { } code)
        {
            country = code.EnglishName;
            Lose(LossKind.Coarsened, "/location/country", $"{code} → country_txt '{country}' (GTD's own numeric country code is not derived)");
        }

        // GTD's specificity: 1 the place itself … 4 only the first-order region's centre, 5 no region and no coordinates.
        int specificity = l.Coordinates is null ? (l.Admin1 is null ? 5 : 4) : l.Precision switch
        {
            LocationPrecision.Site or LocationPrecision.Settlement => 1,
            LocationPrecision.NearSettlement => 2,
            LocationPrecision.SecondOrderArea => 3,
            LocationPrecision.FirstOrderArea => 4,
            _ => 5,
        };
        if (l.Facility is { } facility)
        {
            Lose(LossKind.KeptAsExtension, "/location/facility", $"'{facility}' → target1 text");
        }

        // How.
        var attacks = new List<GtdCoding>();
        bool suicide = false;
        foreach ((_, AttackMethod method) in UncarriedFacts.MethodsUsed(incident, losses, "GTD"))
        {
            Mapping<GtdCoding> m = GtdMap.ToGtd(method);
            losses.AddRange(m.Losses.Losses);
            suicide |= m.Value.Suicide;
            bool knownType = attacks.Exists(a => a.AttackType == m.Value.AttackType);
            if (attacks.Contains(m.Value))
            {
                continue;
            }

            if (attacks.Count == 4 || (!knownType && attacks.Select(a => a.AttackType).Distinct().Count() == 3))
            {
                Lose(LossKind.Dropped, "/methods", $"{method.Kind} → no room: GTD keeps 3 attack types and 4 weapons");
                continue;
            }

            attacks.Add(m.Value);
        }

        // Who.
        var groups = new List<GtdGroup>();
        foreach (Party party in incident.Parties.AsImmutableArray().Where(p => p.Role == PartyRole.Perpetrator).DistinctBy(p => p.Actor))
        {
            string name = incident.Actors.AsImmutableArray().FirstOrDefault(a => a.Id == party.Actor)?.Name ?? party.Actor.ToString();
            groups.Add(new GtdGroup(name, party.Attribution is AttributionCertainty.Suspected));
        }

        // GTD names perpetrator groups only: a target, victim or defender is described by its type (targtype1) and
        // the target text, never by name; a side of two-sided fighting is not a perpetrator. (A perpetrator group as
        // claimant is GTD's claimed.)
        for (int i = 0; i < incident.Parties.Count; i++)
        {
            Party other = incident.Parties[i];
            bool claimedByAGroup = other.Role == PartyRole.Claimant && incident.Parties.AsImmutableArray().Any(p => p.Role == PartyRole.Perpetrator && p.Actor == other.Actor);
            if (other.Role != PartyRole.Perpetrator && !claimedByAGroup)
            {
                string name = incident.Actors.AsImmutableArray().FirstOrDefault(a => a.Id == other.Actor)?.Name ?? other.Actor.ToString();
                Lose(LossKind.Dropped, $"/parties/{i}", $"{name} as {other.Role} → GTD names perpetrator groups only (gname)");
            }
        }

        if (groups.Count > 3)
        {
            Lose(LossKind.Dropped, "/parties", $"{groups.Count} perpetrator groups → GTD keeps 3");
            groups = [.. groups.Take(3)];
        }

        FigureTimeline.ReportLost(incident, losses, "GTD");
        UncarriedFacts.ReportLost(incident, losses, "GTD", UncarriedFacts.Carried.End);
        GtdTarget target = Target(incident, losses);

        // Claims.
        Claim[] responsibility = [.. incident.Claims.AsImmutableArray().Where(c => c.Kind == ClaimKind.Responsibility)];
        var claimModes = new List<int>();
        foreach (Claim claim in responsibility.DistinctBy(c => c.Claimant))
        {
            // The most specific mode: a video or a website over a bare statement (GTD's 9, Other).
            Mapping<int> mode = claim.Modes.IsEmpty ? Mapping<int>.Exact(10)
                : claim.Modes.AsImmutableArray().Select(GtdMap.ToGtd).OrderBy(m => m.Value is 9 or 10).First();
            losses.AddRange(mode.Losses.Losses);
            claimModes.Add(mode.Value);
            string outlet = claim.Outlet is { } o ? $" via {o}" : string.Empty;
            Lose(LossKind.Dropped, "/claims", $"claim by {claim.Claimant}{outlet}{(claim.Date is { } cd ? $" on {cd}" : string.Empty)} → claimmode {mode.Value}; outlet, date, quote{(claim.Modes.Count > 1 ? ", further modes" : string.Empty)} lost");
        }

        foreach (Claim other in incident.Claims.AsImmutableArray().Where(c => c.Kind != ClaimKind.Responsibility))
        {
            Lose(LossKind.Dropped, "/claims", $"{other.Kind} by {other.Claimant} → GTD records only claims of responsibility");
        }

        int distinctClaimants = responsibility.Select(c => c.Claimant).Distinct().Count();

        // Casualties.
        GtdFigures counts = Figures(incident, losses);
        bool? hostageTaking = counts.Hostages is not null
            || incident.Methods.AsImmutableArray().Any(m => m.Verification != ClaimVerification.Refuted && (m.Kind == AttackMethodKind.Kidnapping || m.Kind == AttackMethodKind.HostageTaking))
            ? true
            : incident.Methods.IsEmpty ? null : false;

        // Sources and links.
        string[] citations = [.. incident.Sources.AsImmutableArray().Select(s => s.Title ?? s.Name)];
        if (citations.Length > 3)
        {
            Lose(LossKind.Dropped, "/sources", $"{citations.Length} sources → GTD keeps 3 citations (scite1..3)");
        }

        if (!incident.Sources.IsEmpty)
        {
            Lose(LossKind.Coarsened, "/sources", "sources → citation text only: kind, rating, publication date, originator and each figure's attribution lost");
        }

        if (!incident.Phases.IsEmpty)
        {
            Lose(LossKind.Dropped, "/phases", $"{incident.Phases.Count} phases → GTD has no phases");
        }

        if (!incident.Campaigns.IsEmpty)
        {
            Lose(LossKind.Dropped, "/campaigns", $"campaign '{incident.Campaigns[0].Name}' → GTD has no campaign");
        }

        var record = new GtdRecord
        {
            IYear = d.Year,
            IMonth = d.Precision == DatePrecision.Year ? 0 : d.Earliest.Month,
            IDay = d.Precision == DatePrecision.Day ? d.Earliest.Day : 0,
            ApproxDate = approx,
            Extended = extended,
            Resolution = resolution,
            CountryText = country,
            ProvState = l.Admin1,
            City = l.Place,
            Latitude = l.Coordinates?.Latitude,
            Longitude = l.Coordinates?.Longitude,
            Specificity = specificity,
            Summary = incident.Summary,
            Attacks = [.. attacks],
            Suicide = suicide,
            Target1 = target,
            Groups = [.. groups],
            Claimed = responsibility.Length > 0 ? 1 : null,
            ClaimModes = [.. claimModes.Take(3)],
            CompClaim = responsibility.Length > 0 ? (distinctClaimants > 1 ? 1 : 0) : null,
            NPerps = counts.Perps,
            NPerpCap = counts.PerpsCaptured,
            NKill = counts.Kill,
            NKillTer = counts.KillTer,
            NWound = counts.Wound,
            NWoundTe = counts.WoundTer,
            IsHostKid = hostageTaking,
            NHostKid = counts.Hostages,
            NReleased = counts.Released,
            Citations = [.. citations.Take(3)],
            Related = incident.Related.IsEmpty ? null : string.Join(", ", incident.Related.AsImmutableArray().Select(r => r.Incident.ToString())),
        };
        return new Mapping<GtdRecord>(record, new LossReport([.. losses]));
    }

    /// <summary>The country's English name from the platform's region data; the ISO code where there is none (an
    /// application in invariant-globalization mode).</summary>
    private static GtdTarget Target(Incident incident, List<Loss> losses)
    {
        string place = $"{incident.Location.Facility} {string.Join(' ', incident.Methods.AsImmutableArray().Select(m => m.Target))}";
        string? target = incident.Location.Facility ?? incident.Methods.AsImmutableArray().Select(m => m.Target).FirstOrDefault(x => x is not null);
        bool civilianVictim = incident.Parties.AsImmutableArray().Any(p => p.Role == PartyRole.Victim && incident.Actors.AsImmutableArray().Any(a => a.Id == p.Actor && a.Kind == ActorKind.Civilians));
        (int type, int subtype, string basis) = place.Contains("prison", StringComparison.OrdinalIgnoreCase) || place.Contains("jail", StringComparison.OrdinalIgnoreCase) ? (3, 26, $"the facility and method targets: '{target}'")
            : place.Contains("barracks", StringComparison.OrdinalIgnoreCase) || place.Contains("base", StringComparison.OrdinalIgnoreCase) ? (4, 27, $"the facility and method targets: '{target}'")
            : civilianVictim ? (14, 67, "a civilian victim party")
            : (20, 0, "nothing that names a target type");
        losses.Add(new Loss(LossKind.Coarsened, "/location/facility", $"target → targtype {type}{(subtype != 0 ? $" / subtype {subtype}" : string.Empty)} (read from {basis})"));
        return new GtdTarget(type, subtype, target);
    }

    private static GtdFigures Figures(Incident incident, List<Loss> losses)
    {
        HashSet<ActorId> perpetrators = FigureSelection.WithParts(incident, incident.Parties.AsImmutableArray().Where(p => p.Role == PartyRole.Perpetrator).Select(p => p.Actor));
        bool Perpetrator(ActorId? party) => party is { } p && perpetrators.Contains(p);
        int? Column(string column, CasualtyKind kind, Func<ActorId?, bool> parties)
        {
            if (FigureSelection.Select(incident, kind, parties, FigureSelection.Estimate.Best) is not { } chosen)
            {
                return null;
            }

            losses.Add(new Loss(LossKind.Coarsened, "/casualties", $"{kind} → {column} {chosen.Value}: {chosen.Basis} (one number by the exporters' figure rule; the other figures, ranges and sources are not carried)"));
            return chosen.Value;
        }

        var figures = new GtdFigures(
            Column("nkill", CasualtyKind.Killed, _ => true),
            Column("nkillter", CasualtyKind.Killed, Perpetrator),
            Column("nwound", CasualtyKind.Wounded, _ => true),
            Column("nwoundte", CasualtyKind.Wounded, Perpetrator),
            Column("nperps", CasualtyKind.Participants, Perpetrator),
            Column("nperpcap", CasualtyKind.Captured, Perpetrator),
            Column("nhostkid", CasualtyKind.Kidnapped, p => !Perpetrator(p)) ?? Column("nhostkid", CasualtyKind.Held, p => !Perpetrator(p)),
            Released());

        // GTD's nreleased counts the hostages "released, escaped or rescued": both kinds, of the victims.
        int? Released() =>
            (Column("nreleased (released)", CasualtyKind.Released, p => !Perpetrator(p)), Column("nreleased (escaped)", CasualtyKind.Escaped, p => !Perpetrator(p))) switch
            {
                (null, null) => null,
                (var released, var escaped) => (int)Math.Min((long)(released ?? 0) + (escaped ?? 0), int.MaxValue),
            };

        // What has a column: deaths and injuries of anyone; participants and captures of the perpetrators (GTD's
        // nperps, nperpcap); kidnappings, hostages held and releases of the others (nhostkid, nreleased).
        bool Carried(CasualtyFigure f) =>
            f.Kind == CasualtyKind.Killed || f.Kind == CasualtyKind.Wounded
            || ((f.Kind == CasualtyKind.Participants || f.Kind == CasualtyKind.Captured) && Perpetrator(f.Party))
            || ((f.Kind == CasualtyKind.Kidnapped || f.Kind == CasualtyKind.Held || f.Kind == CasualtyKind.Released || f.Kind == CasualtyKind.Escaped) && !Perpetrator(f.Party));
        foreach (CasualtyFigure f in incident.Casualties.AsImmutableArray().Where(f => !Carried(f)))
        {
            losses.Add(new Loss(LossKind.Dropped, "/casualties", $"{f.Kind}{(f.Party is { } p ? $" of {p}" : string.Empty)} {f.Range?.ToString() ?? "unknown"}{(f.Wording is { } w ? $" (\"{w}\")" : string.Empty)} → no GTD column"));
        }

        return figures;
    }

    private readonly record struct GtdFigures(int? Kill, int? KillTer, int? Wound, int? WoundTer, int? Perps, int? PerpsCaptured, int? Hostages, int? Released);
}
