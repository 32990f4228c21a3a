namespace Incidents.Core.Validation;

/// <summary>Where the validator looks up a country's bounding box for <see cref="ValidationCodes.CoordinatesOutsideCountry"/>.
/// The library ships no gazetteer: pass your own (from Natural Earth, GeoNames, your GIS), for instance through
/// <see cref="CountryBounds.FromTable"/>.</summary>
public interface ICountryBounds
{
    /// <summary>Looks up the bounding box of a country.</summary>
    /// <param name="country">The country.</param>
    /// <param name="box">The box, when known.</param>
    /// <returns><see langword="false"/> when the country is not known (the rule is then silent).</returns>
    bool TryGetBounds(CountryCode country, out GeoBoundingBox box);
}

/// <summary>Simple <see cref="ICountryBounds"/> implementations.</summary>
public static class CountryBounds
{
    /// <summary>Creates bounds from a table.</summary>
    /// <param name="table">The boxes by country; copied.</param>
    /// <returns>The bounds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    public static ICountryBounds FromTable(IReadOnlyDictionary<CountryCode, GeoBoundingBox> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new TableBounds(table.ToDictionary());
    }

    private sealed class TableBounds(Dictionary<CountryCode, GeoBoundingBox> table) : ICountryBounds
    {
        public bool TryGetBounds(CountryCode country, out GeoBoundingBox box) => table.TryGetValue(country, out box);
    }
}
