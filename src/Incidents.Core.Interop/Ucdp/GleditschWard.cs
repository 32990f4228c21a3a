namespace Incidents.Core.Interop.Ucdp;

/// <summary>Gleditsch–Ward state numbers (GED's <c>country_id</c>, <c>gwnoa</c>, <c>gwnob</c>) and ISO 3166-1 alpha-2
/// codes: every state of the G&amp;W list (239 states and microstates since 1816) that exists today, 196 numbers.</summary>
/// <remarks>
/// <para>Built from the list (Gleditsch and Ward 1999, "Interstate System Membership: A Revised List of the Independent
/// States since 1816", as packaged in the R package <c>states</c> 0.3.3, MIT licence, copyright 2017 Andreas Beger) by
/// matching each current state's name with <see cref="CountryCode.TryFromEnglishName"/>, and by hand where G&amp;W and
/// ISO differ: 260 "German Federal Republic" is Germany (DE); 345 "Yugoslavia", which UCDP still uses for Serbia, and
/// 340 Serbia are RS; 347 Kosovo is the user-assigned XK; 365 "Russia (Soviet Union)" is RU; 678 "Yemen (Arab Republic
/// of Yemen)" is Yemen (YE); 816 "Vietnam, Democratic Republic of" is Viet Nam (VN); 731 is North Korea (KP); and the
/// names G&amp;W writes differently (Surinam, Kyrgyz Republic, Sri Lanka (Ceylon), Samoa/Western Samoa …).</para>
/// <para>No code: states that no longer exist (265 German Democratic Republic, 315 Czechoslovakia, 680 Yemen PDR, 817
/// Republic of Vietnam …) and the two with no ISO code (396 Abkhazia, 397 South Ossetia). The importer then keeps the
/// country by name and number and reports the loss; callers can add their own (<see cref="GedImportOptions.Countries"/>).</para>
/// </remarks>
public static class GleditschWard
{
    private static readonly Dictionary<int, string> s_table = new()
    {
        [2] = "US", [20] = "CA", [31] = "BS", [40] = "CU", [41] = "HT", [42] = "DO", [51] = "JM", [52] = "TT",
        [53] = "BB", [54] = "DM", [55] = "GD", [56] = "LC", [57] = "VC", [58] = "AG", [60] = "KN", [70] = "MX",
        [80] = "BZ", [90] = "GT", [91] = "HN", [92] = "SV", [93] = "NI", [94] = "CR", [95] = "PA", [100] = "CO",
        [101] = "VE", [110] = "GY", [115] = "SR", [130] = "EC", [135] = "PE", [140] = "BR", [145] = "BO", [150] = "PY",
        [155] = "CL", [160] = "AR", [165] = "UY", [200] = "GB", [205] = "IE", [210] = "NL", [211] = "BE", [212] = "LU",
        [220] = "FR", [221] = "MC", [223] = "LI", [225] = "CH", [230] = "ES", [232] = "AD", [235] = "PT", [260] = "DE",
        [290] = "PL", [305] = "AT", [310] = "HU", [316] = "CZ", [317] = "SK", [325] = "IT", [331] = "SM", [338] = "MT",
        [339] = "AL", [340] = "RS", [341] = "ME", [343] = "MK", [344] = "HR", [345] = "RS", [346] = "BA", [347] = "XK",
        [349] = "SI", [350] = "GR", [352] = "CY", [355] = "BG", [359] = "MD", [360] = "RO", [365] = "RU", [366] = "EE",
        [367] = "LV", [368] = "LT", [369] = "UA", [370] = "BY", [371] = "AM", [372] = "GE", [373] = "AZ", [375] = "FI",
        [380] = "SE", [385] = "NO", [390] = "DK", [395] = "IS", [402] = "CV", [403] = "ST", [404] = "GW", [411] = "GQ",
        [420] = "GM", [432] = "ML", [433] = "SN", [434] = "BJ", [435] = "MR", [436] = "NE", [437] = "CI", [438] = "GN",
        [439] = "BF", [450] = "LR", [451] = "SL", [452] = "GH", [461] = "TG", [471] = "CM", [475] = "NG", [481] = "GA",
        [482] = "CF", [483] = "TD", [484] = "CG", [490] = "CD", [500] = "UG", [501] = "KE", [510] = "TZ", [516] = "BI",
        [517] = "RW", [520] = "SO", [522] = "DJ", [530] = "ET", [531] = "ER", [540] = "AO", [541] = "MZ", [551] = "ZM",
        [552] = "ZW", [553] = "MW", [560] = "ZA", [565] = "NA", [570] = "LS", [571] = "BW", [572] = "SZ", [580] = "MG",
        [581] = "KM", [590] = "MU", [591] = "SC", [600] = "MA", [615] = "DZ", [616] = "TN", [620] = "LY", [625] = "SD",
        [626] = "SS", [630] = "IR", [640] = "TR", [645] = "IQ", [651] = "EG", [652] = "SY", [660] = "LB", [663] = "JO",
        [666] = "IL", [670] = "SA", [678] = "YE", [690] = "KW", [692] = "BH", [694] = "QA", [696] = "AE", [698] = "OM",
        [700] = "AF", [701] = "TM", [702] = "TJ", [703] = "KG", [704] = "UZ", [705] = "KZ", [710] = "CN", [712] = "MN",
        [713] = "TW", [731] = "KP", [732] = "KR", [740] = "JP", [750] = "IN", [760] = "BT", [770] = "PK", [771] = "BD",
        [775] = "MM", [780] = "LK", [781] = "MV", [790] = "NP", [800] = "TH", [811] = "KH", [812] = "LA", [816] = "VN",
        [820] = "MY", [830] = "SG", [835] = "BN", [840] = "PH", [850] = "ID", [860] = "TL", [900] = "AU", [910] = "PG",
        [920] = "NZ", [935] = "VU", [940] = "SB", [950] = "FJ", [970] = "KI", [971] = "NR", [972] = "TO", [973] = "TV",
        [983] = "MH", [986] = "PW", [987] = "FM", [990] = "WS",
    };

    /// <summary>Finds the ISO code of a Gleditsch–Ward state number.</summary>
    /// <param name="number">The number (645 is Iraq).</param>
    /// <param name="country">The ISO code, when the state exists today.</param>
    /// <returns><see langword="true"/> when the table has the number.</returns>
    public static bool TryGetCountry(int number, out CountryCode country)
    {
        country = default;
        if (!s_table.TryGetValue(number, out string? code))
        {
            return false;
        }

        country = new CountryCode(code);
        return true;
    }
}
