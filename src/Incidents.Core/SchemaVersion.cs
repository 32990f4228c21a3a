using System.Numerics;
using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>The version of the incident schema a record was written for, <c>major.minor</c> (<c>1.1</c>).</summary>
/// <remarks>
/// <para>A newer minor version only adds optional properties or lets readers accept more forms of a value; a newer
/// major version may change meanings, so readers reject it. The default value is <see cref="Current"/> (1.1), the
/// version this library writes.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<SchemaVersion>))]
[TextValue("a schema version", "\"1.0\", \"1.12\"")]
public readonly partial record struct SchemaVersion : IComparable<SchemaVersion>, IComparable
{
    /// <summary>The minor version of <see cref="Current"/>.</summary>
    private const int CurrentMinor = 1;

    // Offsets from the current version, so that the default value is the current version.
    private readonly int _majorOffset;
    private readonly int _minorOffset;

    /// <summary>Creates a version.</summary>
    /// <param name="major">The major version; at least 1.</param>
    /// <param name="minor">The minor version; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is out of range.</exception>
    public SchemaVersion(int major, int minor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(major, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(minor);
        _majorOffset = major - 1;
        _minorOffset = minor - CurrentMinor;
    }

    /// <summary>Gets the version this library writes, and the newest it knows: 1.1 (readers accept every form of a
    /// value's standard; 1.0 accepted the canonical forms only). It reads any 1.x.</summary>
    public static SchemaVersion Current => default;

    /// <summary>Gets the major version.</summary>
    public int Major => _majorOffset + 1;

    /// <summary>Gets the minor version.</summary>
    public int Minor => _minorOffset + CurrentMinor;

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
    public override string ToString() => TextValue.Format(this);

    private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, out SchemaVersion result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        const string Expected = "a schema version: major.minor, e.g. 1.0";
        result = default;
        if (!Chars.TryTrim(text, Expected, out int i, out int end, out error))
        {
            return false;
        }

        int majorStart = i;
        if (!TryReadComponent(text[..end], ref i, out int major, out error))
        {
            return false;
        }

        if (major < 1)
        {
            error = new ParseError(ParseErrorKind.OutOfRange, majorStart, "a major version of at least 1");
            return false;
        }

        if (i >= end || Chars.At(text, i) != '.')
        {
            error = i >= end ? new ParseError(ParseErrorKind.UnexpectedEnd, i, Expected) : Chars.Unexpected(text, i, Expected);
            return false;
        }

        i++;
        if (!TryReadComponent(text[..end], ref i, out int minor, out error))
        {
            return false;
        }

        if (i != end)
        {
            error = Chars.Trailing(text, i, Expected);
            return false;
        }

        result = new SchemaVersion(major, minor);
        return true;
    }

    private static bool TryReadComponent<TChar>(ReadOnlySpan<TChar> text, ref int i, out int value, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        const string Expected = "a version number: ASCII digits";
        value = 0;
        int start = i;
        while (i < text.Length && Chars.IsDigit(Chars.At(text, i)))
        {
            if (i - start >= 9)
            {
                error = new ParseError(ParseErrorKind.Overflow, start, "a version number of at most 9 digits");
                return false;
            }

            value = (value * 10) + (Chars.At(text, i) - '0');
            i++;
        }

        error = i == start ? Chars.Unexpected(text, i, Expected) : default;
        return i > start;
    }

    private bool TryFormatText<TChar>(Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var writer = new AsciiWriter<TChar>(destination);
        writer.AppendNumber(Major);
        writer.Append('.');
        writer.AppendNumber(Minor);
        return writer.TryComplete(out written);
    }
}
