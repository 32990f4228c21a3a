using System.Text;

namespace Incidents.Core.Benchmarks.Parsing;

/// <summary>The inputs every parsing benchmark shares: the seed report's phrases plus generated ones, 32 of each.</summary>
internal static class BenchmarkInputs
{
    /// <summary>How many inputs each benchmark parses per invocation (its OperationsPerInvoke).</summary>
    internal const int Count = 32;

    /// <summary>Casualty text as reports write it: the seed's phrases, then generated counts, bounds and ranges.</summary>
    internal static readonly string[] CasualtyMixed = Fill(
    [
        "39", "35", "89", "11", "estimated 3,500", "dozens", "a number of", "at least 11", "~3,500", "10-15",
        "between 5 and 8", "up to 20", "more than 100", "10 to 15", "fewer than 5", "hundreds", "about 40", "3 500",
        "at least 10 (best 12)", "several",
    ], random => random.Next(6) switch
    {
        0 => random.Next(0, 500).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => $"at least {random.Next(1, 200)}",
        2 => $"{random.Next(1, 50)}-{random.Next(50, 100)}",
        3 => $"about {random.Next(1, 9)},{random.Next(100, 999)}",
        4 => $"up to {random.Next(1, 300)}",
        _ => $"between {random.Next(1, 9)} and {random.Next(10, 99)}",
    });

    /// <summary>Bare counts, for the floor (<c>int.TryParse</c>) and our parser on the same text.</summary>
    internal static readonly string[] CasualtyPlain = Fill(["39", "35", "89", "11", "3500"], random =>
        random.Next(0, 10_000).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Partial dates: mostly full dates, as the datasets carry them, some year-month and year only.</summary>
    internal static readonly string[] Dates = Fill(["2022-01-20", "2022-01-21", "2022-01", "2022"], random => random.Next(4) switch
    {
        0 => $"{random.Next(1970, 2026):D4}-{random.Next(1, 13):D2}",
        _ => $"{random.Next(1970, 2026):D4}-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}",
    });

    /// <summary>Full dates only, so that NodaTime's ISO date pattern can parse every one.</summary>
    internal static readonly string[] FullDates = Fill(["2022-01-20", "2022-01-21"], random =>
        $"{random.Next(1970, 2026):D4}-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}");

    /// <summary>Times of day in the canonical 24-hour form, some approximate.</summary>
    internal static readonly string[] Times = Fill(["03:00", "~03:00"], random =>
        (random.Next(3) == 0 ? "~" : string.Empty) + $"{random.Next(0, 24):D2}:{random.Next(0, 60):D2}");

    /// <summary>Attack-method codes and synonyms as producers write them.</summary>
    internal static readonly string[] AttackMethods = Fill(
    [
        "VBIED", "vbied", "SVBIED", "car bomb", "raid", "siege", "riot", "prison-break", "armed-assault", "Armed Assault",
        "shooting", "IED", "roadside bomb", "suicide vest", "airstrike", "drone-strike", "kidnapping", "hijacking", "arson", "mortars",
    ], random => random.Next(2) == 0 ? "raid" : "VBIED");

    /// <summary>Coordinates in the canonical form.</summary>
    internal static readonly string[] Coordinates = Fill(["36.5024,40.7477", "33.3152,44.3661"], random =>
        FormattableString.Invariant($"{Math.Round((random.NextDouble() * 180) - 90, 4)},{Math.Round((random.NextDouble() * 360) - 180, 4)}"));

    /// <summary>Admiralty ratings.</summary>
    internal static readonly string[] Ratings = Fill(["B2", "A1", "F6", "c3"], random =>
        $"{(char)('A' + random.Next(6))}{random.Next(1, 7)}");

    /// <summary>Incident identifiers in the shapes producers use.</summary>
    internal static readonly string[] Identifiers = Fill(
        ["2022-01-20-sy-hasakah-prison-assault", "2022-01-20-iq-baghdad-barracks-raid", "201801010004", "ETH9766", "IRQ-1989-1-524-322"],
        random => $"{random.Next(2000, 2026)}-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}-incident-{random.Next(1000)}");

    /// <summary>Country codes, mostly upper case, some lower case, some unassigned.</summary>
    internal static readonly string[] Countries = Fill(["SY", "IQ", "sy", "ZZ", "XK"], random =>
        $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}");

    internal static byte[][] ToUtf8(string[] texts) => [.. texts.Select(Encoding.UTF8.GetBytes)];

    private static string[] Fill(string[] fixedInputs, Func<Random, string> generate)
    {
        var random = new Random(20220120);
        var inputs = new string[Count];
        for (int i = 0; i < Count; i++)
        {
            inputs[i] = i < fixedInputs.Length ? fixedInputs[i] : generate(random);
        }

        return inputs;
    }
}
