using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>A point on the WGS84 ellipsoid (EPSG:4326), in decimal degrees.</summary>
/// <remarks>
/// <para>Latitude runs from -90 to 90 (north positive), longitude from -180 to 180 (east positive). Negative zero is
/// stored as zero, so equal points compare and hash equal.</para>
/// <para>How precise the point is lives on <see cref="Location.Precision"/>. The default value is 0°, 0°.</para>
/// <para>Text: <c>latitude,longitude</c> in decimal degrees (white space around the comma allowed, or white space alone
/// between them), or WKT <c>POINT (longitude latitude)</c> as UCDP GED's <c>geom_wkt</c> writes it. Numbers are ASCII
/// decimal with an optional minus sign, fraction and exponent; <c>NaN</c>, infinities, a plus sign and thousands
/// separators are rejected. The canonical form is <c>latitude,longitude</c> with the shortest round-trip digits.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<GeoCoordinate>))]
[TextValue("a point in decimal degrees", "\"36.5024,40.7477\", \"POINT (40.7477 36.5024)\"")]
public readonly partial record struct GeoCoordinate
{
    /// <summary>Creates a point.</summary>
    /// <param name="latitude">Degrees north, from -90 to 90.</param>
    /// <param name="longitude">Degrees east, from -180 to 180.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range, NaN or infinite.</exception>
    public GeoCoordinate(double latitude, double longitude)
    {
        if (!(latitude >= -90 && latitude <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "The latitude must be a number from -90 to 90.");
        }

        if (!(longitude >= -180 && longitude <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "The longitude must be a number from -180 to 180.");
        }

        // Adding +0.0 turns -0.0 into +0.0.
        Latitude = latitude + 0.0;
        Longitude = longitude + 0.0;
    }

    /// <summary>Gets the latitude in degrees north.</summary>
    public double Latitude { get; }

    /// <summary>Gets the longitude in degrees east.</summary>
    public double Longitude { get; }

    /// <summary>Returns <c>latitude,longitude</c> in invariant round-trip notation, e.g. <c>36.5024,40.7477</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => TextValue.Format(this);

    private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, out GeoCoordinate result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        const string Expected = "latitude,longitude in decimal degrees (36.5024,40.7477) or POINT (longitude latitude)";
        result = default;
        if (!Chars.TryTrim(text, Expected, out int i, out int end, out error))
        {
            return false;
        }

        text = text[..end];
        bool wkt = Chars.MatchPhrase(text, i, "point", out int afterPoint);
        double first, second;
        int firstStart, secondStart;
        if (wkt)
        {
            i = Chars.SkipWhiteSpace(text, afterPoint);
            if (i >= end || Chars.At(text, i) != '(')
            {
                error = Chars.Unexpected(text, i, "'(' after POINT");
                return false;
            }

            i = Chars.SkipWhiteSpace(text, i + 1);
            firstStart = i;
            if (!TryReadDegrees(text, ref i, out first, out error))
            {
                return false;
            }

            int before = i;
            i = Chars.SkipWhiteSpace(text, i);
            if (i == before)
            {
                error = Chars.Unexpected(text, i, "white space between longitude and latitude");
                return false;
            }

            secondStart = i;
            if (!TryReadDegrees(text, ref i, out second, out error))
            {
                return false;
            }

            i = Chars.SkipWhiteSpace(text, i);
            if (i >= end || Chars.At(text, i) != ')')
            {
                error = Chars.Unexpected(text, i, "')' to close POINT");
                return false;
            }

            i++;

            // WKT writes x (longitude) before y (latitude).
            (first, second, firstStart, secondStart) = (second, first, secondStart, firstStart);
        }
        else
        {
            firstStart = i;
            if (!TryReadDegrees(text, ref i, out first, out error))
            {
                return false;
            }

            int before = i;
            i = Chars.SkipWhiteSpace(text, i);
            if (i < end && Chars.At(text, i) == ',')
            {
                i = Chars.SkipWhiteSpace(text, i + 1);
            }
            else if (i == before)
            {
                error = Chars.Unexpected(text, i, "',' between latitude and longitude");
                return false;
            }

            secondStart = i;
            if (!TryReadDegrees(text, ref i, out second, out error))
            {
                return false;
            }
        }

        if (i != end)
        {
            error = Chars.Trailing(text, i, "the end of the coordinates");
            return false;
        }

        if (!(first >= -90 && first <= 90))
        {
            error = new ParseError(ParseErrorKind.OutOfRange, firstStart, "a latitude from -90 to 90");
            return false;
        }

        if (!(second >= -180 && second <= 180))
        {
            error = new ParseError(ParseErrorKind.OutOfRange, secondStart, "a longitude from -180 to 180");
            return false;
        }

        result = new GeoCoordinate(first, second);
        return true;
    }

    // Reads -?digits(.digits)?([eE][+-]?digits)? and converts it with the invariant culture.
    private static bool TryReadDegrees<TChar>(ReadOnlySpan<TChar> text, ref int i, out double value, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        const string Expected = "a number of decimal degrees such as 36.5024 or -40.7";
        value = 0;
        int start = i;
        if (i < text.Length && Chars.At(text, i) == '-')
        {
            i++;
        }

        int digits = CountDigits(text, ref i);
        if (digits > 0 && i < text.Length && Chars.At(text, i) == '.')
        {
            i++;
            if (CountDigits(text, ref i) == 0)
            {
                error = Chars.Unexpected(text, i, "digits after the decimal point");
                return false;
            }
        }

        if (digits > 0 && i < text.Length && Chars.At(text, i) is 'e' or 'E')
        {
            i++;
            if (i < text.Length && Chars.At(text, i) is '+' or '-')
            {
                i++;
            }

            if (CountDigits(text, ref i) == 0)
            {
                error = Chars.Unexpected(text, i, "digits of the exponent");
                return false;
            }
        }

        if (digits == 0 || i - start > 64)
        {
            error = digits == 0 ? Chars.Unexpected(text, i, Expected) : new ParseError(ParseErrorKind.OutOfRange, start, "a number of at most 64 characters");
            return false;
        }

        ReadOnlySpan<TChar> number = text[start..i];
        bool parsed = typeof(TChar) == typeof(char)
            ? double.TryParse(MemoryMarshal.Cast<TChar, char>(number), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            : double.TryParse(MemoryMarshal.Cast<TChar, byte>(number), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        if (!parsed || !double.IsFinite(value))
        {
            error = new ParseError(ParseErrorKind.Overflow, start, Expected);
            return false;
        }

        error = default;
        return true;
    }

    private static int CountDigits<TChar>(ReadOnlySpan<TChar> text, ref int i)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        int start = i;
        while (i < text.Length && Chars.IsDigit(Chars.At(text, i)))
        {
            i++;
        }

        return i - start;
    }

    private bool TryFormatText<TChar>(Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var writer = new AsciiWriter<TChar>(destination);
        writer.AppendDouble(Latitude);
        writer.Append(',');
        writer.AppendDouble(Longitude);
        return writer.TryComplete(out written);
    }
}
