using System.Collections.Concurrent;
using NodaTime;
using NodaTime.Text;

namespace Incidents.Core.Json;

/// <summary>The wire forms of the NodaTime values the model holds: an <see cref="Instant"/> in NodaTime's extended
/// ISO form (<c>2022-01-24T12:00:00Z</c>, fractional seconds only when present, trailing zeros removed, exactly
/// <see cref="InstantPattern.ExtendedIso"/>), and a <see cref="DateTimeZone"/> by its TZDB identifier.</summary>
internal static class NodaJson
{
    /// <summary>Years outside 0001–9999 take NodaTime's pattern (and allocate); ours never do in practice.</summary>
    private const int FastMinYear = 1;
    private const int FastMaxYear = 9999;

    private static readonly ConcurrentDictionary<string, DateTimeZone?> s_zones = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, DateTimeZone?>.AlternateLookup<ReadOnlySpan<char>> s_zonesBySpan =
        s_zones.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest instant text: <c>2022-01-24T12:00:00.123456789Z</c>.</summary>
    internal const int MaxInstantLength = 30;

    /// <summary>The longest time-zone identifier accepted (TZDB's longest is 32 characters).</summary>
    internal const int MaxZoneIdLength = 64;

    internal static bool TryFormatInstant(Instant instant, Span<byte> destination, out int written)
    {
        LocalDateTime local = instant.InUtc().LocalDateTime;
        if (local.Year is < FastMinYear or > FastMaxYear)
        {
            string text = InstantPattern.ExtendedIso.Format(instant);
            written = System.Text.Encoding.ASCII.GetBytes(text, destination);
            return true;
        }

        if (destination.Length < MaxInstantLength)
        {
            written = 0;
            return false;
        }

        Write4(destination, local.Year);
        destination[4] = (byte)'-';
        Write2(destination[5..], local.Month);
        destination[7] = (byte)'-';
        Write2(destination[8..], local.Day);
        destination[10] = (byte)'T';
        Write2(destination[11..], local.Hour);
        destination[13] = (byte)':';
        Write2(destination[14..], local.Minute);
        destination[16] = (byte)':';
        Write2(destination[17..], local.Second);
        int position = 19;
        int nanos = (int)(local.NanosecondOfDay % NodaConstants.NanosecondsPerSecond);
        if (nanos != 0)
        {
            destination[position++] = (byte)'.';
            int divisor = 100_000_000;
            while (nanos != 0)
            {
                int digit = nanos / divisor;
                destination[position++] = (byte)('0' + digit);
                nanos -= digit * divisor;
                divisor /= 10;
            }
        }

        destination[position++] = (byte)'Z';
        written = position;
        return true;
    }

    /// <summary>Parses the canonical form only (what <see cref="TryFormatInstant"/> writes): the reader's fast path;
    /// <see cref="TryParseRfc3339"/> takes every other form.</summary>
    internal static bool TryParseInstant(ReadOnlySpan<byte> text, out Instant instant)
    {
        instant = default;
        if (text.Length < 20 || text.Length > MaxInstantLength || text[^1] != 'Z' || text[4] != '-' || text[7] != '-'
            || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        {
            return false;
        }

        if (!TryDigits(text[..4], out int year) || !TryDigits(text.Slice(5, 2), out int month) || !TryDigits(text.Slice(8, 2), out int day)
            || !TryDigits(text.Slice(11, 2), out int hour) || !TryDigits(text.Slice(14, 2), out int minute)
            || !TryDigits(text.Slice(17, 2), out int second))
        {
            return false;
        }

        if (year < FastMinYear || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        long nanos = 0;
        if (text.Length > 20)
        {
            // ".f…fZ": 1 to 9 digits, the last one not zero (canonical form has no trailing zeros).
            ReadOnlySpan<byte> fraction = text[20..^1];
            if (text[19] != '.' || fraction.IsEmpty || fraction.Length > 9 || fraction[^1] == '0' || !TryDigits(fraction, out int value))
            {
                return false;
            }

            nanos = value;
            for (int i = fraction.Length; i < 9; i++)
            {
                nanos *= 10;
            }
        }
        else if (text.Length != 20)
        {
            return false;
        }

        instant = Instant.FromUtc(year, month, day, hour, minute, second).PlusNanoseconds(nanos);
        return true;
    }

    /// <summary>Finds a TZDB zone by its identifier, caching what it found (and what it did not).</summary>
    internal static DateTimeZone? FindZone(ReadOnlySpan<byte> utf8Id)
    {
        if (utf8Id.IsEmpty || utf8Id.Length > MaxZoneIdLength)
        {
            return null;
        }

        Span<char> id = stackalloc char[utf8Id.Length];
        for (int i = 0; i < utf8Id.Length; i++)
        {
            if (utf8Id[i] > 0x7F)
            {
                return null;
            }

            id[i] = (char)utf8Id[i];
        }

        if (s_zonesBySpan.TryGetValue(id, out DateTimeZone? zone))
        {
            return zone;
        }

        string key = id.ToString();
        zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(key);

        // Bounded: only TZDB's ~600 identifiers are kept; misses are not cached, so junk cannot grow the cache.
        return zone is null ? null : s_zones.GetOrAdd(key, zone);
    }

    /// <summary>What <see cref="TryParseRfc3339"/> found.</summary>
    internal enum Rfc3339
    {
        /// <summary>Not an RFC 3339 date-time of the wire format.</summary>
        Invalid,

        /// <summary>A valid date-time.</summary>
        Valid,

        /// <summary>A valid date-time whose offset moves it outside the years 0001–9999 in UTC.</summary>
        OutOfRange,
    }

    /// <summary>Parses any RFC 3339 date-time the wire format allows (<see cref="WirePatterns.Instant"/>): a fraction
    /// of up to nine digits, <c>Z</c> or a numeric offset, <c>T</c> and <c>Z</c> in either case. The offset is
    /// applied and not kept.</summary>
    internal static Rfc3339 TryParseRfc3339(ReadOnlySpan<byte> text, out Instant instant)
    {
        instant = default;
        if (text.Length is < 20 or > 35 || !System.Text.Ascii.IsValid(text))
        {
            return Rfc3339.Invalid;
        }

        Span<char> chars = stackalloc char[text.Length];
        System.Text.Ascii.ToUtf16(text, chars, out _);
        if (!WirePatterns.IsMatch(WirePatterns.Instant, chars))
        {
            return Rfc3339.Invalid;
        }

        // The pattern has checked every digit and range; only the fields are left to take.
        TryDigits(text[..4], out int year);
        TryDigits(text.Slice(5, 2), out int month);
        TryDigits(text.Slice(8, 2), out int day);
        TryDigits(text.Slice(11, 2), out int hour);
        TryDigits(text.Slice(14, 2), out int minute);
        TryDigits(text.Slice(17, 2), out int second);
        int position = 19;
        long nanos = 0;
        if (text[position] == '.')
        {
            int digits = 0;
            position++;
            while (char.IsAsciiDigit((char)text[position]))
            {
                nanos = (nanos * 10) + (text[position] - '0');
                digits++;
                position++;
            }

            for (; digits < 9; digits++)
            {
                nanos *= 10;
            }
        }

        int offsetMinutes = 0;
        if (text[position] is (byte)'+' or (byte)'-')
        {
            TryDigits(text.Slice(position + 1, 2), out int offsetHours);
            TryDigits(text.Slice(position + 4, 2), out int offsetMinute);
            offsetMinutes = ((offsetHours * 60) + offsetMinute) * (text[position] == '-' ? -1 : 1);
        }

        // The offset can move the instant out of 0001–9999 only at the ends of that range: check before NodaTime
        // is asked to go there.
        int secondOfDay = (hour * 3600) + (minute * 60) + second;
        if ((year == FastMinYear && month == 1 && day == 1 && secondOfDay - (offsetMinutes * 60) < 0)
            || (year == FastMaxYear && month == 12 && day == 31 && secondOfDay - (offsetMinutes * 60) >= 86_400))
        {
            return Rfc3339.OutOfRange;
        }

        LocalDateTime local = new LocalDateTime(year, month, day, hour, minute, second).PlusNanoseconds(nanos);
        instant = local.InUtc().ToInstant().Minus(Duration.FromMinutes(offsetMinutes));
        return Rfc3339.Valid;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (byte b in text)
        {
            uint digit = unchecked((uint)(b - '0'));
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }

    private static void Write2(Span<byte> destination, int value)
    {
        destination[0] = (byte)('0' + (value / 10));
        destination[1] = (byte)('0' + (value % 10));
    }

    private static void Write4(Span<byte> destination, int value)
    {
        Write2(destination, value / 100);
        Write2(destination[2..], value % 100);
    }
}
