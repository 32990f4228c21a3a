namespace Incidents.Core.Validation;

/// <summary>A latitude/longitude box in WGS 84 degrees. A box whose <see cref="West"/> is greater than its
/// <see cref="East"/> crosses the antimeridian (Fiji, Russia).</summary>
/// <param name="South">The southern edge, −90 to 90.</param>
/// <param name="West">The western edge, −180 to 180.</param>
/// <param name="North">The northern edge, at least <paramref name="South"/>.</param>
/// <param name="East">The eastern edge, −180 to 180.</param>
public readonly record struct GeoBoundingBox(double South, double West, double North, double East)
{
    /// <summary>Returns whether the box holds a point (edges included).</summary>
    /// <param name="point">The point.</param>
    /// <returns><see langword="true"/> when the point lies in the box.</returns>
    public bool Contains(GeoCoordinate point) =>
        point.Latitude >= South && point.Latitude <= North
        && (West <= East ? point.Longitude >= West && point.Longitude <= East : point.Longitude >= West || point.Longitude <= East);

    /// <summary>Returns the box widened by <paramref name="degrees"/> on every side (for coordinates on a border).</summary>
    /// <param name="degrees">The margin in degrees, at least 0.</param>
    /// <returns>The widened box.</returns>
    public GeoBoundingBox Expand(double degrees) =>
        new(Math.Max(-90, South - degrees), Normalize(West - degrees), Math.Min(90, North + degrees), Normalize(East + degrees));

    private static double Normalize(double longitude) => longitude < -180 ? longitude + 360 : longitude > 180 ? longitude - 360 : longitude;
}
