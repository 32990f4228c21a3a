using System.Text.Json.Serialization;
using Incidents.Core.Json;
namespace Incidents.Core;

/// <summary>How precisely a <see cref="Location"/> is known, from the exact site to the country only.</summary>
/// <remarks>The scale follows UCDP GED's <c>where_prec</c> (1–7), with its first level split into the site itself and the
/// settlement it lies in, as GTD's <c>specificity</c> and ACLED's <c>geo_precision</c> distinguish them.</remarks>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<LocationPrecision>))]
public enum LocationPrecision
{
    /// <summary>The exact site: the building or facility itself (a prison, a barracks).</summary>
    Site = 1,

    /// <summary>The town, city or village (or a named district of it).</summary>
    Settlement = 2,

    /// <summary>Near a known place, within about 25 km ("near", "in the area of").</summary>
    NearSettlement = 3,

    /// <summary>Only the second-order administrative division (district) is known.</summary>
    SecondOrderArea = 4,

    /// <summary>Only the first-order administrative division (province, governorate) is known.</summary>
    FirstOrderArea = 5,

    /// <summary>A linear feature or a fuzzy area, or between places more than 25 km apart ("north of Baghdad").</summary>
    Area = 6,

    /// <summary>Only the country is known.</summary>
    Country = 7,

    /// <summary>International waters or airspace.</summary>
    InternationalWatersOrAirspace = 8,
}
