namespace Incidents.Core.Interop.Ucdp;

/// <summary>How a file's header compares with a GED release, all at once, before any row is read: the columns the
/// release has and the file lacks, the columns the file has and the release does not, and the lacking ones the file
/// seems to have under another name. Real pipelines break silently when a release renames a column; this says so.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record GedHeaderReport
{
    private static readonly (string Old, string New)[] KnownRenames =
    [
        ("best_est", "best"), ("low_est", "low"), ("high_est", "high"), ("conflict_id", "conflict_new_id"), ("dyad_id", "dyad_new_id"),
        ("side_a_id", "side_a_new_id"), ("side_b_id", "side_b_new_id"),
    ];

    internal GedHeaderReport(GedRelease release, IReadOnlyList<string> header)
    {
        Release = release;
        Header = [.. header];
        var missing = release.Columns.AsImmutableArray().Except(header, StringComparer.Ordinal).ToList();
        var unexpected = header.Except(release.Columns, StringComparer.Ordinal).ToList();
        var renamed = new List<GedColumnRename>();
        foreach ((string old, string @new) in KnownRenames)
        {
            if (missing.Contains(@new) && unexpected.Contains(old))
            {
                renamed.Add(new GedColumnRename(old, @new));
                missing.Remove(@new);
                unexpected.Remove(old);
            }
        }

        Missing = [.. missing];
        Unexpected = [.. unexpected];
        Renamed = [.. renamed];
        MissingRequired = [.. GedRelease.RequiredColumns.AsImmutableArray().Where(c => !header.Contains(c) && !renamed.Exists(r => r.NewName == c))];
    }

    /// <summary>Gets the release the header was compared with.</summary>
    public GedRelease Release { get; }

    /// <summary>Gets the file's header, as read.</summary>
    public EquatableArray<string> Header { get; }

    /// <summary>Gets the release's columns the file lacks (not counting those found under an old name).</summary>
    public EquatableArray<string> Missing { get; }

    /// <summary>Gets the file's columns the release does not have (kept as extension properties on import).</summary>
    public EquatableArray<string> Unexpected { get; }

    /// <summary>Gets the columns the file has under another (older or newer) name; they are read under it.</summary>
    public EquatableArray<GedColumnRename> Renamed { get; }

    /// <summary>Gets the required columns (<see cref="GedRelease.RequiredColumns"/>) the file lacks.</summary>
    public EquatableArray<string> MissingRequired { get; }

    /// <summary>Gets whether the file can be imported: no required column is missing.</summary>
    public bool CanImport => MissingRequired.IsEmpty;

    /// <summary>Gets whether the header is exactly the release's set of columns.</summary>
    public bool IsExact => Missing.IsEmpty && Unexpected.IsEmpty && Renamed.IsEmpty;

    /// <summary>Returns every difference on one line each.</summary>
    /// <returns>The report as text.</returns>
    public override string ToString()
    {
        var lines = new List<string> { $"{Release}: {Header.Count} columns{(IsExact ? ", as expected" : string.Empty)}" };
        lines.AddRange(Missing.AsImmutableArray().Select(c => $"missing: {c}{(MissingRequired.AsImmutableArray().Contains(c) ? " (required)" : string.Empty)}"));
        lines.AddRange(Unexpected.AsImmutableArray().Select(c => $"unexpected: {c}"));
        lines.AddRange(Renamed.AsImmutableArray().Select(r => $"renamed: {r.OldName} → {r.NewName}"));
        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>A column found under another name than the release's.</summary>
/// <param name="OldName">The name in the file.</param>
/// <param name="NewName">The release's name for it.</param>
public readonly record struct GedColumnRename(string OldName, string NewName);
