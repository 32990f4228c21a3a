using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Incidents.Core.Parsing;

namespace Incidents.Core.Json;

/// <summary>The grammar of every text value of the wire format, as regular expressions: the one description that the
/// JSON Schema publishes (<c>pattern</c>) and the reader applies, so that the two accept exactly the same texts.</summary>
/// <remarks>
/// <para>The reader takes the canonical form on its fast path without looking at these patterns; a text that parses
/// but is not canonical is accepted only when it matches its pattern here (and is then reported to the payload
/// validator as non-canonical). What a pattern cannot say (a coordinate written with an exponent beyond ±90°, a
/// duration beyond ~292 years, an offset that moves an instant out of years 1–9999) the reader checks on top; those
/// rules are listed in the schema's <c>$comment</c> and in FORMAT.md.</para>
/// <para>The patterns use only what ECMA-262, Python's <c>re</c> and .NET read alike: character classes, non-capturing
/// groups, alternation, counted repetition, <c>^</c> and <c>$</c>. Because Python's and .NET's <c>$</c> also match
/// before a final line feed, the schema pairs every anchored pattern with "no line feed" (no value allows one).</para>
/// </remarks>
internal static class WirePatterns
{
    /// <summary>A year from 0001 to 9999.</summary>
    private const string Year = "(?:000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})";

    /// <summary>A calendar day of the proleptic Gregorian calendar (ISO 8601 extended), leap days included.</summary>
    private const string Day =
        "(?:" + Year + "-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
        + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)";

    /// <summary>A partial date: year, year-month or a calendar day.</summary>
    internal const string PartialDate = "^(?:" + Year + "(?:-(?:0[1-9]|1[0-2]))?|" + Day + ")$";

    /// <summary>An RFC 3339 date-time: any fraction of up to nine digits, <c>Z</c> or a numeric offset (read as UTC;
    /// the offset is not kept), <c>T</c>/<c>Z</c> in either case. No leap second: NodaTime cannot hold one.</summary>
    internal const string Instant =
        "^" + Day + "[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$";

    /// <summary>A local time, with or without seconds and a fraction of up to nine digits, behind the approximation.</summary>
    internal const string ApproximateTime =
        "^(?:~|not before |not after )?(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?$";

    private const string DurationNumber = "[0-9]{1,12}";
    private const string DurationSeconds = DurationNumber + "(?:[.,][0-9]{1,9})?S";
    private const string DurationTime =
        "T(?:" + DurationNumber + "H(?:" + DurationNumber + "M)?(?:" + DurationSeconds + ")?|" + DurationNumber + "M(?:" + DurationSeconds + ")?|" + DurationSeconds + ")";

    /// <summary>An ISO 8601 duration of days, hours, minutes and seconds in any combination (a day is 24 hours;
    /// years, months and weeks have no fixed length), a fraction on the seconds only, behind the approximation.</summary>
    internal const string Duration =
        "^(?:~|at least |at most )?P(?:" + DurationNumber + "D(?:" + DurationTime + ")?|" + DurationTime + ")$";

    private const string Exponent = "-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?[eE][-+]?[0-9]+";
    private const string Latitude = "(?:-?(?:90(?:\\.0+)?|[1-8]?[0-9](?:\\.[0-9]+)?)|" + Exponent + ")";
    private const string Longitude = "(?:-?(?:180(?:\\.0+)?|(?:1[0-7][0-9]|[1-9]?[0-9])(?:\\.[0-9]+)?)|" + Exponent + ")";

    /// <summary><c>latitude,longitude</c>, each in the JSON number grammar, spaces allowed around the comma. Without an
    /// exponent the pattern checks the range too.</summary>
    internal const string Coordinates = "^" + Latitude + " *, *" + Longitude + "$";

    private const string Count = "(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)";

    /// <summary>The numeric text forms of a casualty range (the canonical ones, and digits grouped by commas).</summary>
    internal const string RangeNumbers =
        "(?:" + Count + "|~" + Count + "|(?:at least " + Count + "|at most " + Count + "|" + Count + "-" + Count + ")(?: \\(best " + Count + "\\))?)";

    private const string UriCharacter = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})";

    /// <summary>An absolute URI (RFC 3986), by its characters: a scheme, then only the characters a URI may hold
    /// outside an IP literal, every <c>%</c> followed by two hexadecimal digits, at most one <c>#</c>. An IRI
    /// (non-ASCII characters), a space, or an IPv6 literal host (<c>[::1]</c>) is not accepted.</summary>
    internal const string Uri = "^[A-Za-z][A-Za-z0-9+.-]*:" + UriCharacter + "*(?:#" + UriCharacter + "*)?$";

    /// <summary>A BCP 47 language tag in its well-formed shape: a primary language subtag of 2–8 letters (or the
    /// private-use <c>x</c> and grandfathered <c>i</c> prefixes), then subtags of 1–8 letters or digits
    /// (<c>ar</c>, <c>en-GB</c>, <c>zh-Hant-TW</c>).</summary>
    internal const string LanguageTag = "^(?:[A-Za-z]{2,8}|[xXiI])(?:-[A-Za-z0-9]{1,8})*$";

    /// <summary>The longest language tag accepted (RFC 5646 recommends room for 35 characters).</summary>
    internal const int MaxLanguageTagLength = 35;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<VagueQuantifierTable, string> s_rangeTexts = [];

    /// <summary>The pattern of a casualty range written as text, for a table of vague quantifiers (made once per
    /// table).</summary>
    internal static string RangeText(VagueQuantifierTable table) => s_rangeTexts.GetValue(table, static t =>
    {
        // Phrases are ASCII letters and single spaces (the table's own rule), so they need no escaping.
        IEnumerable<string> phrases = t.Entries.Keys.Order(StringComparer.Ordinal);
        return "^(?:" + RangeNumbers + "|(?:" + string.Join("|", phrases) + ")(?: of)?)$";
    });

    private static readonly ConcurrentDictionary<string, Regex> s_matchers = new(StringComparer.Ordinal);

    /// <summary>Returns whether <paramref name="text"/> matches <paramref name="pattern"/> as JSON Schema means it
    /// (<c>$</c> at the very end only). Linear in the text: the engine never backtracks.</summary>
    internal static bool IsMatch(string pattern, ReadOnlySpan<char> text)
    {
        // The library's own patterns are few; a caller's many quantifier tables must not grow the cache without bound.
        if (!s_matchers.TryGetValue(pattern, out Regex? regex))
        {
            regex = Create(pattern);
            if (s_matchers.Count < MaxCachedPatterns)
            {
                regex = s_matchers.GetOrAdd(pattern, regex);
            }
        }

        return regex.IsMatch(text);
    }

    private const int MaxCachedPatterns = 64;

    // The non-backtracking engine matches in time linear in the text, whatever the pattern: what a match timeout
    // guards against cannot happen, so the timeout is explicitly none (the constructors without one are banned).
    private static Regex Create(string pattern) => new(
        pattern.EndsWith('$') ? string.Concat(pattern.AsSpan(0, pattern.Length - 1), "\\z") : pattern,
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant,
        Regex.InfiniteMatchTimeout);

    /// <summary>The wire pattern of a text value type, or <see langword="null"/> when only the canonical form is
    /// accepted.</summary>
    internal static string? For<T>() => WireForm<T>.Pattern;

    private static class WireForm<T>
    {
        internal static readonly string? Pattern =
            typeof(T) == typeof(global::Incidents.Core.PartialDate) ? PartialDate
            : typeof(T) == typeof(global::Incidents.Core.ApproximateTime) ? ApproximateTime
            : typeof(T) == typeof(DurationEstimate) ? Duration
            : typeof(T) == typeof(GeoCoordinate) ? Coordinates
            : null;
    }
}
