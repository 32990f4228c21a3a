using System.Globalization;

namespace Incidents.Core;

/// <summary>A point on the WGS84 ellipsoid (EPSG:4326), in decimal degrees.</summary>
/// <remarks>
/// <para>Latitude runs from -90 to 90 (north positive), longitude from -180 to 180 (east positive). Negative zero is
/// stored as zero, so equal points compare and hash equal.</para>
/// <para>How precise the point is lives on <see cref="Location.Precision"/>. The default value is 0°, 0°.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public readonly record struct GeoCoordinate
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
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Latitude:R},{Longitude:R}");
}
