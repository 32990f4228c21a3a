using System.Numerics;
using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;

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
[JsonConverter(typeof(TextValueJsonConverter<CountryCode>))]
[TextValue("an ISO 3166-1 alpha-2 country code", "\"SY\", \"iq\"")]
public readonly partial record struct CountryCode
{
    // Every assigned alpha-2 code, two letters each, in alphabetical order, then XK.
    private const string Assigned = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZWXK";

    // The alpha-3 code of each, three letters each, in the same order (XK: XKX, as the European Union writes it).
    private const string Alpha3Codes = "ANDAREAFGATGAIAALBARMAGOATAARGASMAUTAUSABWALAAZEBIHBRBBGDBELBFABGRBHRBDIBENBLMBMUBRNBOLBESBRABHSBTNBVTBWABLRBLZCANCCKCODCAFCOGCHECIVCOKCHLCMRCHNCOLCRICUBCPVCUWCXRCYPCZEDEUDJIDNKDMADOMDZAECUESTEGYESHERIESPETHFINFJIFLKFSMFROFRAGABGBRGRDGEOGUFGGYGHAGIBGRLGMBGINGLPGNQGRCSGSGTMGUMGNBGUYHKGHMDHNDHRVHTIHUNIDNIRLISRIMNINDIOTIRQIRNISLITAJEYJAMJORJPNKENKGZKHMKIRCOMKNAPRKKORKWTCYMKAZLAOLBNLCALIELKALBRLSOLTULUXLVALBYMARMCOMDAMNEMAFMDGMHLMKDMLIMMRMNGMACMNPMTQMRTMSRMLTMUSMDVMWIMEXMYSMOZNAMNCLNERNFKNGANICNLDNORNPLNRUNIUNZLOMNPANPERPYFPNGPHLPAKPOLSPMPCNPRIPSEPRTPLWPRYQATREUROUSRBRUSRWASAUSLBSYCSDNSWESGPSHNSVNSJMSVKSLESMRSENSOMSURSSDSTPSLVSXMSYRSWZTCATCDATFTGOTHATJKTKLTLSTKMTUNTONTURTTOTUVTWNTZAUKRUGAUMIUSAURYUZBVATVCTVENVGBVIRVNMVUTWLFWSMYEMMYTZAFZMBZWEXKX";

    private const string Expected = "an assigned ISO 3166-1 alpha-2 country code: two letters such as SY or IQ";

    // One string per code, so that parsing allocates nothing.
    private static readonly string[] s_codes = Split(Assigned);

    // For each pair of letters (26 × 26), the position of the code in Assigned, or -1: a look-up in constant time.
    private static readonly short[] s_positions = IndexPairs(Assigned);

    /// <summary>Every assigned code, in alphabetical order (for the JSON Schema).</summary>
    internal static IReadOnlyList<string> AllCodes => s_codes;

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
            throw new ArgumentException($"'{CodeSyntax.Truncate(value)}' is not an assigned ISO 3166-1 alpha-2 country code.", nameof(value));
        }

        _value = s_codes[index / 2];
    }

    /// <summary>Gets the two upper-case letters, or an empty string for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default value, which is not a valid code.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Gets the ISO 3166-1 alpha-3 code (<c>SYR</c> for <c>SY</c>; <c>XKX</c> for Kosovo's user-assigned
    /// <c>XK</c>), or an empty string for the default value.</summary>
    public string Alpha3
    {
        get
        {
            if (_value is null)
            {
                return string.Empty;
            }

            int index = IndexOf(_value[0], _value[1]) / 2;
            return Alpha3Codes.Substring(index * 3, 3);
        }
    }

    /// <summary>Gets the country's short English name (<c>Syria</c> for <c>SY</c>, <c>United Kingdom</c> for <c>GB</c>:
    /// the Unicode CLDR English display name, the same with or without ICU and in every culture), or an empty string
    /// for the default value.</summary>
    public string EnglishName => _value is null ? string.Empty : CountryNames.ShortNames[IndexOf(_value[0], _value[1]) / 2];

    /// <summary>Reads an ISO 3166-1 alpha-3 code (<c>SOM</c>, <c>syr</c>) as the country's code; <c>XKX</c> and
    /// <c>XKK</c> are read as Kosovo's <c>XK</c>.</summary>
    /// <param name="text">Three ASCII letters, in either case, with optional white space around them.</param>
    /// <param name="code">The country, when this method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an assigned alpha-3 code.</returns>
    public static bool TryParseAlpha3(ReadOnlySpan<char> text, out CountryCode code)
    {
        code = default;
        text = text.Trim();
        if (text.Length != 3 || !char.IsAsciiLetter(text[0]) || !char.IsAsciiLetter(text[1]) || !char.IsAsciiLetter(text[2]))
        {
            return false;
        }

        Span<char> upper = stackalloc char[3];
        text.ToUpperInvariant(upper);
        if (upper.SequenceEqual("XKK"))
        {
            upper[2] = 'X';
        }

        for (int i = 0; i < Alpha3Codes.Length; i += 3)
        {
            if (Alpha3Codes.AsSpan(i, 3).SequenceEqual(upper))
            {
                code = new CountryCode(i / 3);
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds a country by its English name: the short name (<c>Syria</c>, <c>Somalia</c>) or a formal or
    /// common one (<c>Syrian Arab Republic</c>, <c>Ivory Coast</c>, <c>DR Congo</c>, <c>UK</c>); case, a leading
    /// <c>the</c>, repeated white space and the kind of apostrophe do not matter.</summary>
    /// <param name="name">The name.</param>
    /// <param name="code">The country, when this method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryFromEnglishName(ReadOnlySpan<char> name, out CountryCode code)
    {
        code = default;
        if (name.Length > 100 || !CountryNames.Lookup.TryGetValue(CountryNames.Normalize(name), out int index))
        {
            return false;
        }

        code = new CountryCode(index);
        return true;
    }

    /// <summary>The index of <paramref name="code"/> in the table (for <see cref="CountryNames"/>).</summary>
    internal static int IndexOfCode(CountryCode code) => IndexOf(code.Value[0], code.Value[1]) / 2;

    /// <summary>Tells whether <paramref name="value"/> is an accepted code, in either case.</summary>
    /// <param name="value">The text to test.</param>
    /// <returns><see langword="true"/> when a <see cref="CountryCode"/> can be built from <paramref name="value"/>.</returns>
    public static bool IsAssigned(ReadOnlySpan<char> value) => IndexOf(value) >= 0;

    private CountryCode(int index)
    {
        _value = s_codes[index];
    }

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value;

    private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, out CountryCode result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        result = default;
        if (!Chars.TryTrim(text, Expected, out int start, out int end, out error))
        {
            return false;
        }

        for (int i = start; i < end && i < start + 2; i++)
        {
            if (!Chars.IsLetter(Chars.At(text, i)))
            {
                error = Chars.Unexpected(text, i, Expected);
                return false;
            }
        }

        if (end - start != 2)
        {
            error = end - start < 2
                ? new ParseError(ParseErrorKind.UnexpectedEnd, end, Expected)
                : end - start == 3 && Chars.IsLetter(Chars.At(text, start + 2))
                    ? new ParseError(ParseErrorKind.TrailingText, start + 2, "an alpha-2 code: three letters are an ISO 3166-1 alpha-3 code, which CountryCode.TryParseAlpha3 reads (SOM → SO)")
                    : Chars.Trailing(text, start + 2, Expected);
            return false;
        }

        int index = IndexOf(Chars.At(text, start), Chars.At(text, start + 1));
        if (index < 0)
        {
            error = new ParseError(ParseErrorKind.UnknownWord, start, Expected);
            return false;
        }

        result = new CountryCode(index / 2);
        error = default;
        return true;
    }

    private bool TryFormatText<TChar>(Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar> => AsciiWriter<TChar>.TryWrite(destination, Value, out written);

    private static string[] Split(string pairs)
    {
        var codes = new string[pairs.Length / 2];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = pairs.Substring(i * 2, 2);
        }

        return codes;
    }

    private static int IndexOf(ReadOnlySpan<char> value) =>
        value.Length == 2 && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(value[1]) ? IndexOf(value[0], value[1]) : -1;

    private static short[] IndexPairs(string pairs)
    {
        short[] positions = new short[26 * 26];
        Array.Fill(positions, (short)-1);
        for (int i = 0; i < pairs.Length; i += 2)
        {
            positions[((pairs[i] - 'A') * 26) + (pairs[i + 1] - 'A')] = (short)i;
        }

        return positions;
    }

    // Both arguments are ASCII letters of either case.
    private static int IndexOf(int firstLetter, int secondLetter) =>
        s_positions[(((firstLetter & ~0x20) - 'A') * 26) + ((secondLetter & ~0x20) - 'A')];

}
