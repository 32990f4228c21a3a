using System.Collections.Frozen;
using System.Reflection;
using System.Text;

namespace Incidents.Core.Utility;

/// <summary>The English names of the countries, read once from the embedded <c>Data/country-names.tsv</c> (the code,
/// then its names separated by <c>|</c>).</summary>
internal static class CountryNames
{
    /// <summary>The normalised names (<see cref="Normalize"/>) and the index of their code in
    /// <see cref="CountryCode"/>'s table.</summary>
    internal static FrozenDictionary<string, int> Lookup => s_tables.Lookup;

    /// <summary>The short English name (the first of its row) of each code, by the code's index in
    /// <see cref="CountryCode"/>'s table.</summary>
    internal static string[] ShortNames => s_tables.ShortNames;

    private static readonly (FrozenDictionary<string, int> Lookup, string[] ShortNames) s_tables = Load();

    /// <summary>Lower-cases ASCII letters, folds the typographic apostrophe to <c>'</c>, collapses white space and
    /// drops a leading "the ".</summary>
    internal static string Normalize(ReadOnlySpan<char> name)
    {
        var s = new StringBuilder(name.Length);
        bool space = false;
        foreach (char c in name.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = s.Length > 0;
                continue;
            }

            if (space)
            {
                s.Append(' ');
                space = false;
            }

            s.Append(c switch
            {
                '\u2019' or '\u2018' or '`' => '\'',
                _ => char.ToLowerInvariant(c),
            });
        }

        string normalised = s.ToString();
        return normalised.StartsWith("the ", StringComparison.Ordinal) ? normalised[4..] : normalised;
    }

    private static (FrozenDictionary<string, int> Lookup, string[] ShortNames) Load()
    {
        using Stream stream = typeof(CountryNames).Assembly.GetManifestResourceStream("Incidents.Core.Data.country-names.tsv")
            ?? throw new InvalidOperationException("The embedded resource Data/country-names.tsv is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var shortNames = new string[CountryCode.AllCodes.Count];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            var code = new CountryCode(line[..tab]);
            int index = CountryCode.IndexOfCode(code);
            shortNames[index] = line[(tab + 1)..].Split('|')[0];
            foreach (string name in line[(tab + 1)..].Split('|'))
            {
                if (!names.TryAdd(Normalize(name), index) && names[Normalize(name)] != index)
                {
                    throw new InvalidOperationException($"The country name '{name}' names two codes.");
                }
            }
        }

        int missing = Array.IndexOf(shortNames, null);
        if (missing >= 0)
        {
            throw new InvalidOperationException($"Data/country-names.tsv has no name for {CountryCode.AllCodes[missing]}.");
        }

        return (names.ToFrozenDictionary(StringComparer.Ordinal), shortNames);
    }
}
