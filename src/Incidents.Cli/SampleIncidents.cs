using Incidents.Core;
using NodaTime;

namespace Incidents.Cli;

/// <summary>
/// Deterministic bulk data for benchmarks and tests: incidents shaped like the two seeds (so of the same size and
/// structure as real records), each with its own id, date, title and casualty numbers.
/// </summary>
public static class SampleIncidents
{
    /// <summary>Generates <paramref name="count"/> incidents; the same seed gives the same incidents.</summary>
    public static IEnumerable<Incident> Generate(int count, int seed = 20220120)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            Incident template = (i % 2 == 0) ? SeedIncidents.PrisonAssault : SeedIncidents.BarracksRaid;
            var date = new LocalDate(2015, 1, 1).PlusDays(random.Next(0, 3650));
            yield return template with
            {
                Id = new IncidentId($"gen-{seed}-{i:D7}"),
                Title = $"{template.Title} (sample {i})",
                Timing = template.Timing with { Date = new PartialDate(date.Year, date.Month, date.Day) },
                Casualties = [.. template.Casualties.Select(f => f with { Range = Vary(f.Range, random) })],
                Metadata = template.Metadata with
                {
                    Revision = random.Next(1, 5),
                    Modified = template.Metadata.Created + Duration.FromMinutes(random.Next(0, 100_000)),
                },
            };
        }
    }

    private static CasualtyRange? Vary(CasualtyRange? range, Random random)
    {
        if (range is not { } r)
        {
            return null;
        }

        int best = random.Next(0, 500);
        return r.IsExact ? CasualtyRange.Exactly(best) : CasualtyRange.Between(best, best + 25 + random.Next(0, 50), best + random.Next(0, 25));
    }
}
