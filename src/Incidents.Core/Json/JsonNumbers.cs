namespace Incidents.Core.Json;

/// <summary>Whole numbers in any spelling the JSON number grammar allows (<c>3</c>, <c>3.0</c>, <c>3e0</c>,
/// <c>0.3e1</c>, <c>-0</c>), judged by value as JSON Schema's <c>integer</c> does, in time linear in the text and
/// without allocating — <c>1e1000000000</c> is "too large" at once, not after a billion multiplications.</summary>
internal static class JsonNumbers
{
    /// <summary>What a number is.</summary>
    internal enum Whole
    {
        /// <summary>A whole number that fits a <see cref="long"/>.</summary>
        Whole,

        /// <summary>A number with a fractional part.</summary>
        NotWhole,

        /// <summary>A whole number too large (or too small) for a <see cref="long"/>.</summary>
        TooLarge,
    }

    /// <summary>Judges a number token that <see cref="System.Text.Json.Utf8JsonReader"/> has already checked against
    /// the JSON grammar.</summary>
    internal static Whole TryGetWhole(ReadOnlySpan<byte> number, out long value)
    {
        value = 0;
        int i = 0;
        bool negative = number.Length > 0 && number[0] == '-';
        if (negative)
        {
            i++;
        }

        int mantissaStart = i;
        int end = number.IndexOfAny((byte)'e', (byte)'E');
        if (end < 0)
        {
            end = number.Length;
        }

        // The exponent, saturated: beyond ±100,000 the answer no longer depends on its exact value.
        long exponent = 0;
        if (end < number.Length)
        {
            int j = end + 1;
            bool negativeExponent = number[j] == '-';
            if (number[j] is (byte)'-' or (byte)'+')
            {
                j++;
            }

            for (; j < number.Length; j++)
            {
                exponent = Math.Min((exponent * 10) + (number[j] - '0'), 100_000);
            }

            exponent = negativeExponent ? -exponent : exponent;
        }

        // The significant digits, without leading zeros; the point shifts the exponent.
        ReadOnlySpan<byte> mantissa = number[mantissaStart..end];
        int point = mantissa.IndexOf((byte)'.');
        ReadOnlySpan<byte> integer = point < 0 ? mantissa : mantissa[..point];
        ReadOnlySpan<byte> fraction = point < 0 ? default : mantissa[(point + 1)..];
        exponent -= fraction.Length;

        // Trailing zeros of the fraction (then of the integer, when the fraction is all zeros) only move the exponent.
        int fractionEnd = fraction.LastIndexOfAnyExcept((byte)'0') + 1;
        exponent += fraction.Length - fractionEnd;
        fraction = fraction[..fractionEnd];
        if (fraction.IsEmpty)
        {
            int integerEnd = integer.LastIndexOfAnyExcept((byte)'0') + 1;
            exponent += integer.Length - integerEnd;
            integer = integer[..integerEnd];
        }

        // Leading zeros of the digits (integer then fraction) do not change the value.
        int leading = integer.IndexOfAnyExcept((byte)'0');
        integer = leading < 0 ? default : integer[leading..];
        if (integer.IsEmpty)
        {
            int fractionLeading = fraction.IndexOfAnyExcept((byte)'0');
            fraction = fractionLeading < 0 ? default : fraction[fractionLeading..];
        }
        int digits = integer.Length + fraction.Length;
        if (digits == 0)
        {
            return Whole.Whole; // zero, however written
        }

        if (exponent < 0)
        {
            return Whole.NotWhole;
        }

        if (digits + exponent > 18)
        {
            return Whole.TooLarge;
        }

        long result = 0;
        foreach (byte b in integer)
        {
            result = (result * 10) + (b - '0');
        }

        foreach (byte b in fraction)
        {
            result = (result * 10) + (b - '0');
        }

        for (long e = 0; e < exponent; e++)
        {
            result *= 10;
        }

        value = negative ? -result : result;
        return Whole.Whole;
    }
}
