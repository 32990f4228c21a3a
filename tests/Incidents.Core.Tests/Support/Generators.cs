using CsCheck;

namespace Incidents.Core.Tests.Support;

/// <summary>CsCheck generators for the model's value types.</summary>
public static class Generators
{
    /// <summary>Any valid casualty range: bounds drawn and sorted, then a non-empty subset of them kept.</summary>
    public static readonly Gen<CasualtyRange> CasualtyRange =
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], Gen.Int[1, 7], (a, b, c, mask) =>
        {
            int[] sorted = [a, b, c];
            Array.Sort(sorted);
            return new Core.CasualtyRange(
                (mask & 1) != 0 ? sorted[0] : null,
                (mask & 2) != 0 ? sorted[1] : null,
                (mask & 4) != 0 ? sorted[2] : null);
        });

    /// <summary>Any valid partial date.</summary>
    public static readonly Gen<PartialDate> PartialDate =
        Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], Gen.Int[1, 31], Gen.Int[0, 2], (year, month, day, precision) => precision switch
        {
            0 => new Core.PartialDate(year),
            1 => new Core.PartialDate(year, month),
            _ => new Core.PartialDate(year, month, Math.Min(day, NodaTime.CalendarSystem.Iso.GetDaysInMonth(year, month))),
        });

    /// <summary>Strings built from the casualty grammar's pieces, well- and ill-formed, with some non-ASCII.</summary>
    public static readonly Gen<string> CasualtyText =
        Gen.OneOf<string>("at least ", "more than ", "up to ", "fewer than ", "~", "about ", "between ", " and ", " to ", "-", "–", "+",
                "(best ", ")", " ", ",", ".", "dozens", "a number of", "some", "0", "1", "39", "500", "2147483647", "9999999999", "é", "\uD800", "٣")
            .Array[0, 6]
            .Select(parts => string.Concat(parts));
}
