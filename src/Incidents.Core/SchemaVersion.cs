using System.Globalization;

namespace Incidents.Core;

/// <summary>The version of the incident schema a record was written for, <c>major.minor</c> (<c>1.0</c>).</summary>
/// <remarks>
/// <para>A newer minor version only adds optional properties; a newer major version may change meanings, so readers
/// reject it. The default value is <see cref="Current"/> (1.0), the version this library writes.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public readonly record struct SchemaVersion : IComparable<SchemaVersion>, IComparable
{
    // Major - 1, so that the default value is 1.0.
    private readonly int _majorOffset;

    /// <summary>Creates a version.</summary>
    /// <param name="major">The major version; at least 1.</param>
    /// <param name="minor">The minor version; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is out of range.</exception>
    public SchemaVersion(int major, int minor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(major, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(minor);
        _majorOffset = major - 1;
        Minor = minor;
    }

    /// <summary>Gets the version this library reads and writes: 1.0.</summary>
    public static SchemaVersion Current => default;

    /// <summary>Gets the major version.</summary>
    public int Major => _majorOffset + 1;

    /// <summary>Gets the minor version.</summary>
    public int Minor { get; }

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is older.</returns>
    public static bool operator <(SchemaVersion left, SchemaVersion right) => left.CompareTo(right) < 0;

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is older or the same.</returns>
    public static bool operator <=(SchemaVersion left, SchemaVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is newer.</returns>
    public static bool operator >(SchemaVersion left, SchemaVersion right) => left.CompareTo(right) > 0;

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is newer or the same.</returns>
    public static bool operator >=(SchemaVersion left, SchemaVersion right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public int CompareTo(SchemaVersion other)
    {
        int byMajor = Major.CompareTo(other.Major);
        return byMajor != 0 ? byMajor : Minor.CompareTo(other.Minor);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        SchemaVersion other => CompareTo(other),
        _ => throw new ArgumentException($"The object is not a {nameof(SchemaVersion)}.", nameof(obj)),
    };

    /// <summary>Returns <c>major.minor</c>, e.g. <c>1.0</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
