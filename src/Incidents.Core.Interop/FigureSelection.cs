namespace Incidents.Core.Interop;

/// <summary>
/// The one rule by which the exporters turn an incident's casualty figures of one kind into the single number a
/// dataset column holds (GTD's <c>nkill</c>, ACLED's <c>fatalities</c> …). It respects the model's dates, revisions and
/// parties:
/// <list type="number">
/// <item>A figure another figure revises is superseded and never chosen; a figure without a number (an unknown count, or
/// only an upper bound such as "as many as 2,000") gives none.</item>
/// <item>Per party (and for the incident as a whole, the figures without a party), the estimates of one total compete:
/// the chosen one is the first by — not disputed; final; reported last (its own date, else its sources' publication);
/// attributed to an independent source; the lowest number. Events of one kind (<see cref="CasualtyScope.Event"/>: release batches, a site's toll) add up, and
/// stand for the party only when it has no total.</item>
/// <item>The incident's number is its own total when it has one, else the sum over the parties — a party that is part
/// of another party with a number (<see cref="Actor.AffiliatedWith"/>: the children among the hostages) counting within
/// it.</item>
/// </list>
/// A figure's number is its best estimate, else its lower bound (<see cref="Estimate.Best"/>, GTD), or its lower bound,
/// else its best estimate (<see cref="Estimate.Conservative"/>, ACLED's "most conservative").
/// </summary>
internal static class FigureSelection
{
    /// <summary>Which number of a range a dataset records.</summary>
    internal enum Estimate
    {
        /// <summary>The best estimate, else the lower bound.</summary>
        Best,

        /// <summary>The lower bound, else the best estimate.</summary>
        Conservative,
    }

    /// <summary>The number chosen, and in words which figures it comes from (for the loss report).</summary>
    internal readonly record struct Selection(int Value, string Basis);

    /// <summary>Chooses the number for figures of <paramref name="kind"/> whose party <paramref name="parties"/>
    /// accepts (the party is <see langword="null"/> for a figure of the whole incident).</summary>
    /// <returns>The number, or <see langword="null"/> when no figure gives one.</returns>
    internal static Selection? Select(Incident incident, CasualtyKind kind, Func<ActorId?, bool> parties, Estimate estimate)
    {
        var revised = new HashSet<FigureId>();
        foreach (CasualtyFigure f in incident.Casualties)
        {
            if (f.Revises is { } id)
            {
                revised.Add(id);
            }
        }

        var published = new Dictionary<SourceId, PartialDate>();
        foreach (Source source in incident.Sources)
        {
            if (source.PublishedOn is { } on)
            {
                published[source.Id] = on;
            }
        }

        var byParty = new Dictionary<ActorId, (int Value, string Basis)>();
        (int Value, string Basis)? whole = null;
        foreach (IGrouping<ActorId?, CasualtyFigure> group in incident.Casualties.AsImmutableArray()
            .Where(f => f.Kind == kind && parties(f.Party) && Number(f, estimate) is not null && (f.Id is not { } id || !revised.Contains(id)))
            .GroupBy(f => f.Party))
        {
            (int, string)? chosen = Choose(group, estimate, published);
            if (chosen is null)
            {
                continue;
            }

            if (group.Key is { } party)
            {
                byParty[party] = chosen.Value;
            }
            else
            {
                whole = chosen;
            }
        }

        if (whole is { } total)
        {
            return new Selection(total.Value, total.Basis);
        }

        if (byParty.Count == 0)
        {
            return null;
        }

        var within = new HashSet<ActorId>();
        foreach (Actor actor in incident.Actors)
        {
            if (actor.AffiliatedWith is { } parent && parent != actor.Id && byParty.ContainsKey(parent))
            {
                within.Add(actor.Id);
            }
        }

        (ActorId Party, (int Value, string Basis) Chosen)[] summed = [.. byParty.Where(e => !within.Contains(e.Key)).Select(e => (e.Key, e.Value)).OrderBy(e => e.Key.ToString(), StringComparer.Ordinal)];
        long sum = summed.Sum(e => (long)e.Chosen.Value);
        return new Selection((int)Math.Min(sum, int.MaxValue), string.Join(" + ", summed.Select(e => $"{e.Party}: {e.Chosen.Basis}")));
    }

    /// <summary>The actors in <paramref name="roots"/> and every actor part of one of them, directly or through others
    /// (<see cref="Actor.AffiliatedWith"/>: a named gunman of a perpetrator group counts as a perpetrator).</summary>
    internal static HashSet<ActorId> WithParts(Incident incident, IEnumerable<ActorId> roots)
    {
        // Each actor's parts, then a walk down from the roots: linear in the actors, whatever the depth.
        var parts = new Dictionary<ActorId, List<ActorId>>();
        foreach (Actor actor in incident.Actors)
        {
            if (actor.AffiliatedWith is { } parent)
            {
                if (!parts.TryGetValue(parent, out List<ActorId>? list))
                {
                    parts[parent] = list = [];
                }

                list.Add(actor.Id);
            }
        }

        var set = new HashSet<ActorId>(roots);
        var pending = new Stack<ActorId>(set);
        while (pending.TryPop(out ActorId next))
        {
            foreach (ActorId part in parts.GetValueOrDefault(next) ?? [])
            {
                if (set.Add(part))
                {
                    pending.Push(part);
                }
            }
        }

        return set;
    }

    /// <summary>The number a figure gives, or <see langword="null"/>.</summary>
    internal static int? Number(CasualtyFigure figure, Estimate estimate) => figure.Range is not { } r ? null
        : estimate == Estimate.Best ? r.Best ?? r.Low
        : r.Low ?? r.Best;

    /// <summary>When a figure was reported: its own date, else the latest publication of its sources.</summary>
    private static NodaTime.LocalDate Reported(CasualtyFigure f, Dictionary<SourceId, PartialDate> published) =>
        f.ReportedOn is { } d ? d.Latest
        : f.Attributions.AsImmutableArray().Select(a => published.TryGetValue(a.Source, out PartialDate p) ? p.Latest : NodaTime.LocalDate.MinIsoValue).DefaultIfEmpty(NodaTime.LocalDate.MinIsoValue).Max();

    private static (int Value, string Basis)? Choose(IEnumerable<CasualtyFigure> figures, Estimate estimate, Dictionary<SourceId, PartialDate> published)
    {
        CasualtyFigure[] totals = [.. figures.Where(f => f.Scope != CasualtyScope.Event)];
        if (totals.Length > 0)
        {
            CasualtyFigure chosen = totals
                .OrderBy(f => f.Status == FigureStatus.Disputed)
                .ThenByDescending(f => f.Status == FigureStatus.Final)
                .ThenByDescending(f => Reported(f, published))
                .ThenByDescending(f => f.Attributions.AsImmutableArray().Any(a => a.Stance == SourceStance.Independent))
                .ThenBy(f => Number(f, estimate))
                .First();
            return (Number(chosen, estimate)!.Value, Describe(chosen, totals.Length));
        }

        CasualtyFigure[] events = [.. figures];
        int sum = (int)Math.Min(events.Sum(f => (long)Number(f, estimate)!.Value), int.MaxValue);
        return (sum, $"{events.Length} event{(events.Length == 1 ? string.Empty : "s")} added up ({string.Join(" + ", events.Select(f => Number(f, estimate)))})");
    }

    private static string Describe(CasualtyFigure f, int of)
    {
        string sources = string.Join("/", f.Attributions.AsImmutableArray().Select(a => a.Source));
        string details = string.Join(", ", new[]
        {
            f.Status?.ToString().ToLowerInvariant(), f.ReportedOn is { } d ? $"reported {d}" : null, sources.Length > 0 ? sources : null,
        }.Where(x => x is not null));
        return $"{f.Range}{(details.Length > 0 ? $" ({details})" : string.Empty)}{(of > 1 ? $", chosen of {of} estimates" : string.Empty)}";
    }
}
