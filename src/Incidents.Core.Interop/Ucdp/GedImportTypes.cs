namespace Incidents.Core.Interop.Ucdp;

/// <summary>What the importer does with a row whose values break the model's rules.</summary>
public enum GedImportPolicy
{
    /// <summary>Repair what has one documented repair (a range whose bounds are out of order is widened to its
    /// minimum and maximum; an impossible count is left out) and flag it; import the row.</summary>
    Lenient = 0,

    /// <summary>Reject a row that needs any repair.</summary>
    Strict = 1,
}

/// <summary>What the importer did about one value.</summary>
public enum GedImportAction
{
    /// <summary>The value was repaired (see the message); the original is in the issue.</summary>
    Normalized = 1,

    /// <summary>The value means "unknown" in GED (<c>number_of_sources = -1</c>, an empty field) and was read as
    /// absent.</summary>
    ReadAsUnknown = 2,

    /// <summary>The value could not be read; the field was left out of the incident.</summary>
    Ignored = 3,

    /// <summary>The row was not imported.</summary>
    Rejected = 4,
}

/// <summary>One thing the importer noticed in a row: where, the original value, and what it did.</summary>
/// <param name="Row">The one-based number of the data row (the header and an HXL row are not counted).</param>
/// <param name="Column">The column, by its name in the file.</param>
/// <param name="OriginalValue">The value as written.</param>
/// <param name="Action">What the importer did.</param>
/// <param name="Message">Why, for a person.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record GedImportIssue(long Row, string Column, string? OriginalValue, GedImportAction Action, string Message)
{
    /// <summary>Returns <c>row 12, low = "5": Normalized — …</c>.</summary>
    /// <returns>The issue as one line.</returns>
    public override string ToString() => $"row {Row}, {Column} = \"{OriginalValue}\": {Action} — {Message}";
}

/// <summary>The outcome of one row: an incident, or a rejection; the issues; and what the mapping lost.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record GedImportRow
{
    internal GedImportRow(long row, Incident? incident, EquatableArray<GedImportIssue> issues, LossReport losses)
    {
        Row = row;
        Incident = incident;
        Issues = issues;
        Losses = losses;
    }

    /// <summary>Gets the one-based number of the data row.</summary>
    public long Row { get; }

    /// <summary>Gets the incident, or <see langword="null"/> when the row was rejected.</summary>
    public Incident? Incident { get; }

    /// <summary>Gets whether the row was rejected.</summary>
    public bool IsRejected => Incident is null;

    /// <summary>Gets what the importer noticed and did, in column order.</summary>
    public EquatableArray<GedImportIssue> Issues { get; }

    /// <summary>Gets what the mapping to the model dropped, coarsened or kept aside.</summary>
    public LossReport Losses { get; }
}

/// <summary>How to import a GED file.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record GedImportOptions
{
    /// <summary>Gets the defaults: release detected from the header, lenient.</summary>
    public static GedImportOptions Default { get; } = new();

    /// <summary>Gets or initializes the release; <see langword="null"/> to pick the closest to the header. Required
    /// when <see cref="HasHeaderRow"/> is <see langword="false"/>.</summary>
    public GedRelease? Release { get; init; }

    /// <summary>Gets or initializes whether the file starts with a header row. Default <see langword="true"/>.</summary>
    public bool HasHeaderRow { get; init; } = true;

    /// <summary>Gets or initializes what to do with rows that break the model's rules. Default
    /// <see cref="GedImportPolicy.Lenient"/>.</summary>
    public GedImportPolicy Policy { get; init; }

    /// <summary>Gets or initializes additional Gleditsch–Ward country numbers and their ISO codes, consulted before the
    /// built-in table (<see cref="GleditschWard.TryGetCountry"/>).</summary>
    public IReadOnlyDictionary<int, CountryCode>? Countries { get; init; }

    /// <summary>Gets or initializes the most columns a header may have (GED releases have 42 to 49): a longer header is
    /// refused before it is compared with the releases, so that a hostile header costs no more than reading it.
    /// Default 1,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: less than 1.</exception>
    public int MaxColumns { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxColumns)); } = 1_000;

    /// <summary>Gets or initializes the most characters one row (the header included) may have, counted as the text is
    /// read, so that a hostile row — one huge field, or a quote that never closes — is refused with an
    /// <see cref="InvalidDataException"/> after that many characters instead of being buffered whole. GED rows have a
    /// few thousand. Default 1,048,576 (1 Mi characters).</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: less than 1,024.</exception>
    public int MaxRowLength { get; init => field = value >= 1_024 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRowLength)); } = 1 << 20;
}
