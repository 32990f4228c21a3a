using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>Where an incident happened: country, administrative areas, place, facility, coordinates and how precisely
/// all of that is known.</summary>
/// <remarks>
/// <para>The fields follow UCDP GED (<c>country</c>, <c>adm_1</c>, <c>adm_2</c>, <c>where_description</c>,
/// <c>latitude</c>/<c>longitude</c>, <c>where_prec</c>), with room for the facility attacked ("al-Sina'a prison") and the
/// other names it goes by ("Ghweiran prison").</para>
/// <para>Optional text is <see langword="null"/> or non-blank. Whether the coordinates fall inside the country is a
/// validator's concern.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WireFormatJsonConverter<Location>))]
[WireRecord("a location")]
public sealed record Location
{
    /// <summary>Gets how precisely the location is known.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: the value is not defined.</exception>
    public required LocationPrecision Precision { get; init => field = Guard.Defined(value, nameof(Precision)); }

    /// <summary>Gets the country, or <see langword="null"/> at sea or when unknown.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public CountryCode? Country { get; init => field = value is { } code ? Guard.NotDefault(code, nameof(Country)) : null; }

    /// <summary>Gets the first-order administrative division (province, governorate: "al-Hasakah").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Admin1 { get; init => field = Guard.NullOrNotBlank(value, nameof(Admin1)); }

    /// <summary>Gets the second-order administrative division (district).</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Admin2 { get; init => field = Guard.NullOrNotBlank(value, nameof(Admin2)); }

    /// <summary>Gets the town, city or village ("Hasakah").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Place { get; init => field = Guard.NullOrNotBlank(value, nameof(Place)); }

    /// <summary>Gets the facility or site ("al-Sina'a prison", "army barracks").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Facility { get; init => field = Guard.NullOrNotBlank(value, nameof(Facility)); }

    /// <summary>Gets other names of the place or facility ("Ghweiran prison").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is blank.</exception>
    public EquatableArray<string> AlternativeNames { get; init => field = Guard.NoBlankItems(value, nameof(AlternativeNames)); }

    /// <summary>Gets a description of the location in words ("north of Baghdad").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Description { get; init => field = Guard.NullOrNotBlank(value, nameof(Description)); }

    /// <summary>Gets the point, when known.</summary>
    public GeoCoordinate? Coordinates { get; init; }

    /// <summary>Gets or initializes the properties the model has no place for, kept so that nothing is lost: those a
    /// newer minor version of the wire format added, or an imported dataset's columns (see
    /// <see cref="ExtensionProperty"/>). The JSON writer emits them after the record's own properties.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the default, two elements share a name, or a
    /// name is one of the record's own JSON property names.</exception>
    public EquatableArray<ExtensionProperty> Extensions { get; init => field = Guard.Extensions(value, WireNames.Location, nameof(Extensions)); }
}
