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

    /// <summary>Any time of day with any approximation.</summary>
    public static readonly Gen<ApproximateTime> ApproximateTime =
        Gen.Select(Gen.Long[0, NodaTime.LocalTime.MaxValue.NanosecondOfDay], Gen.Int[0, 3], Gen.Int[0, 2], (nanos, approximation, precision) =>
        {
            long truncated = precision switch
            {
                0 => nanos / 60_000_000_000L * 60_000_000_000L,
                1 => nanos / 1_000_000_000L * 1_000_000_000L,
                _ => nanos,
            };
            return new Core.ApproximateTime(NodaTime.LocalTime.FromNanosecondsSinceMidnight(truncated), (Approximation)approximation);
        });

    /// <summary>Any non-negative duration up to 1,000 days with any approximation.</summary>
    public static readonly Gen<DurationEstimate> DurationEstimate =
        Gen.Select(Gen.Long[0, 1000L * 86_400_000_000_000L], Gen.Int[0, 3], (nanos, approximation) =>
            new Core.DurationEstimate(NodaTime.Duration.FromNanoseconds(nanos), (Approximation)approximation));
}
