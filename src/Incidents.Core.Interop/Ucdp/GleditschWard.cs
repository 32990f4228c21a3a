namespace Incidents.Core.Interop.Ucdp;

/// <summary>Gleditsch–Ward state numbers (GED's <c>country_id</c>, <c>gwnoa</c>, <c>gwnob</c>) and ISO 3166-1 alpha-2
/// codes for the states that appear most in conflict data. Partial by design: a number without an entry is reported
/// as a loss on import (the country's name is kept), and callers can add their own
/// (<see cref="GedImportOptions.Countries"/>).</summary>
/// <remarks>Source: Gleditsch and Ward (1999), "A revised list of independent states since the Congress of
/// Vienna", as used by UCDP; the numbers are facts, not copied text.</remarks>
public static class GleditschWard
{
    private static readonly Dictionary<int, string> s_table = new()
    {
        [2] = "US", [20] = "CA", [70] = "MX", [100] = "CO", [101] = "VE", [135] = "PE", [200] = "GB", [220] = "FR",
        [255] = "DE", [365] = "RU", [369] = "UA", [371] = "AM", [372] = "GE", [373] = "AZ", [432] = "ML", [433] = "SN",
        [436] = "NE", [439] = "BF", [450] = "LR", [451] = "SL", [452] = "GH", [471] = "CM", [475] = "NG", [482] = "CF",
        [483] = "TD", [490] = "CD", [500] = "UG", [501] = "KE", [516] = "BI", [517] = "RW", [520] = "SO", [522] = "DJ",
        [530] = "ET", [531] = "ER", [540] = "AO", [541] = "MZ", [600] = "MA", [615] = "DZ", [616] = "TN", [620] = "LY",
        [625] = "SD", [626] = "SS", [630] = "IR", [640] = "TR", [645] = "IQ", [651] = "EG", [652] = "SY", [660] = "LB",
        [663] = "JO", [666] = "IL", [670] = "SA", [679] = "YE", [700] = "AF", [702] = "TJ", [704] = "UZ", [710] = "CN",
        [750] = "IN", [770] = "PK", [771] = "BD", [775] = "MM", [780] = "LK", [790] = "NP", [800] = "TH", [811] = "KH",
        [840] = "PH", [850] = "ID",
    };

    /// <summary>Finds the ISO code of a Gleditsch–Ward state number.</summary>
    /// <param name="number">The number (645 is Iraq).</param>
    /// <param name="country">The ISO code, when the table has the number.</param>
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
