namespace Incidents.Core.Interop.Ucdp;

/// <summary>A release of the UCDP Georeferenced Event Dataset (GED) as a list of its CSV columns, in file order. The
/// importer reads columns by name; the list is what it checks a file's header against, and what it assumes for a
/// file without a header row.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class GedRelease
{
    private GedRelease(string name, bool hasHxlRow, params string[] columns)
    {
        Name = name;
        HasHxlRow = hasHxlRow;
        Columns = [.. columns];
    }

    /// <summary>Gets GED 19.1, the official CSV: 42 columns.</summary>
    public static GedRelease Ged191 { get; } = new(
        "19.1", false,
        "id", "year", "active_year", "type_of_violence", "conflict_new_id", "conflict_name", "dyad_new_id", "dyad_name",
        "side_a_new_id", "gwnoa", "side_a", "side_b_new_id", "gwnob", "side_b", "number_of_sources", "source_article",
        "source_office", "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "adm_1",
        "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity",
        "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best",
        "high");

    /// <summary>Gets GED 19.1 as OCHA's Humanitarian Data Exchange exports it: 45 columns (adds <c>start_year</c>,
    /// <c>end_year</c>, <c>iso3</c>) and an HXL tag row (<c>#date+year</c> …) on line 2.</summary>
    public static GedRelease Hdx191 { get; } = new(
        "19.1 (HDX)", true,
        "id", "year", "active_year", "start_year", "end_year", "type_of_violence", "conflict_new_id", "conflict_name",
        "dyad_new_id", "dyad_name", "side_a_new_id", "gwnoa", "side_a", "side_b_new_id", "gwnob", "side_b",
        "number_of_sources", "source_article", "source_office", "source_date", "source_headline", "source_original",
        "where_prec", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country",
        "country_id", "iso3", "region", "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
        "deaths_civilians", "deaths_unknown", "low", "best", "high");

    /// <summary>Gets GED 23.1 and later: 49 columns, with <c>relid</c>, <c>code_status</c>, the <c>*_dset_id</c>
    /// columns and <c>where_description</c>, and the estimates in the order <c>best,high,low</c>.</summary>
    public static GedRelease Ged231 { get; } = new(
        "23.1", false,
        "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
        "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
        "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office", "source_date",
        "source_headline", "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
        "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity",
        "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high",
        "low", "gwnoa", "gwnob");

    /// <summary>Gets the releases the importer knows, newest first.</summary>
    public static EquatableArray<GedRelease> All { get; } = [Ged231, Hdx191, Ged191];

    /// <summary>Gets the columns the importer cannot do without: the event's id, dates and their precision, the
    /// place's precision, and the best estimate.</summary>
    public static EquatableArray<string> RequiredColumns { get; } = ["id", "date_start", "date_end", "date_prec", "where_prec", "best"];

    /// <summary>Gets the release's name, e.g. <c>19.1</c>.</summary>
    public string Name { get; }

    /// <summary>Gets whether the release's files carry an HXL tag row after the header.</summary>
    public bool HasHxlRow { get; }

    /// <summary>Gets the columns, in file order.</summary>
    public EquatableArray<string> Columns { get; }

    /// <summary>Returns the known release whose columns differ least from <paramref name="header"/>.</summary>
    /// <param name="header">A file's header row.</param>
    /// <returns>The closest release.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is <see langword="null"/>.</exception>
    public static GedRelease Closest(IReadOnlyCollection<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return All.AsImmutableArray().MinBy(r => r.Columns.AsImmutableArray().Except(header).Count() + header.Except(r.Columns).Count())!;
    }

    /// <summary>Returns the release's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => $"GED {Name}";
}
