namespace Incidents.Core;

/// <summary>A country or territory as an ISO 3166-1 alpha-2 code, e.g. <c>SY</c> (Syria) or <c>IQ</c> (Iraq).</summary>
/// <remarks>
/// <para>
/// Accepted codes are the 249 officially assigned ISO 3166-1 alpha-2 codes, plus the user-assigned <c>XK</c> that
/// the EU, the IMF and the datasets of the field use for Kosovo. Letters are folded to upper case on construction
/// (<c>sy</c> becomes <c>SY</c>). A shape-valid but unassigned code (<c>ZZ</c>) is rejected.
/// </para>
/// <para>The default value is not a valid code (<see cref="IsDefault"/>); the model rejects it wherever a code is required.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public readonly record struct CountryCode
{
    // Every assigned alpha-2 code, two letters each, in alphabetical order, then XK.
    private const string Assigned = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZWXK";

    private readonly string? _value;

    /// <summary>Creates a code.</summary>
    /// <param name="value">Two ASCII letters naming an assigned ISO 3166-1 alpha-2 code, in either case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not an assigned code.</exception>
    public CountryCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int index = IndexOf(value);
        if (index < 0)
        {
            throw new ArgumentException($"'{Utility.CodeSyntax.Truncate(value)}' is not an assigned ISO 3166-1 alpha-2 country code.", nameof(value));
        }

        _value = Assigned.Substring(index, 2);
    }

    /// <summary>Gets the two upper-case letters, or an empty string for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default value, which is not a valid code.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Tells whether <paramref name="value"/> is an accepted code, in either case.</summary>
    /// <param name="value">The text to test.</param>
    /// <returns><see langword="true"/> when a <see cref="CountryCode"/> can be built from <paramref name="value"/>.</returns>
    public static bool IsAssigned(ReadOnlySpan<char> value) => IndexOf(value) >= 0;

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value;

    private static int IndexOf(ReadOnlySpan<char> value)
    {
        if (value.Length != 2 || !char.IsAsciiLetter(value[0]) || !char.IsAsciiLetter(value[1]))
        {
            return -1;
        }

        char first = (char)(value[0] & ~0x20);
        char second = (char)(value[1] & ~0x20);
        for (int i = 0; i < Assigned.Length; i += 2)
        {
            if (Assigned[i] == first && Assigned[i + 1] == second)
            {
                return i;
            }
        }

        return -1;
    }
}
