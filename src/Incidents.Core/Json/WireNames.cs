using System.Collections.Frozen;
using System.Text;
using System.Text.Json;

namespace Incidents.Core.Json;

/// <summary>The JSON property names of each record of the wire format, in canonical order. The reader, the writer,
/// the schema and the records' extension checks share these tables, so a name is spelled in one place. Each record's
/// table is generated from the record (<c>*.Wire.g.cs</c>, <see cref="WireRecordAttribute"/>); a casualty range, a value
/// with an object form, keeps its table here.</summary>
internal static partial class WireNames
{
    internal static readonly PropertyTable CasualtyRange = new(
        [],
        "low", "best", "high");
}

/// <summary>The property names of one JSON object, as strings (paths, messages), UTF-8 (matching) and pre-encoded
/// text (writing).</summary>
internal sealed class PropertyTable
{
    internal PropertyTable(string[] required, params string[] names)
    {
        Names = names;
        foreach (string name in required)
        {
            int index = Array.IndexOf(names, name);
            RequiredMask |= index >= 0 ? 1UL << index : throw new ArgumentException($"'{name}' is not one of the names.", nameof(required));
        }

        Utf8 = Array.ConvertAll(names, Encoding.UTF8.GetBytes);
        Encoded = Array.ConvertAll(names, static n => JsonEncodedText.Encode(n));
        _set = names.ToFrozenSet(StringComparer.Ordinal);
        _longest = names.Length == 0 ? 0 : names.Max(n => n.Length);
    }

    private readonly FrozenSet<string> _set;
    private readonly int _longest;

    /// <summary>The names, in canonical order.</summary>
    internal string[] Names { get; }

    /// <summary>One bit per required property, by index.</summary>
    internal ulong RequiredMask { get; }

    /// <summary>Returns whether the property called <paramref name="name"/> is required.</summary>
    internal bool IsRequired(string name) => Array.IndexOf(Names, name) is int index and >= 0 && (RequiredMask & (1UL << index)) != 0;

    /// <summary>The names as UTF-8.</summary>
    internal byte[][] Utf8 { get; }

    /// <summary>The names, encoded once for <see cref="Utf8JsonWriter"/>.</summary>
    internal JsonEncodedText[] Encoded { get; }

    /// <summary>Returns whether <paramref name="name"/> is one of the names (ordinal).</summary>
    internal bool Contains(string name) => name.Length <= _longest && _set.Contains(name);

    /// <summary>Finds the current property name of <paramref name="reader"/>, trying <paramref name="hint"/> first and
    /// then the names after it (canonical documents list properties in order, leaving optional ones out, so one of the
    /// first tries hits).</summary>
    /// <returns>The index of the name, -1 when it is not one of them, or <see cref="InvalidName"/> when the name
    /// holds an escaped unpaired surrogate.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal int Match(ref Utf8JsonReader reader, int hint)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return MatchEscaped(ref reader);
        }

        // The usual case: the name's bytes are the name. Canonical documents list properties in order, so the name is
        // at the hint or a few places after it (optional properties left out); look there first and wrap.
        ReadOnlySpan<byte> name = reader.ValueSpan;
        byte[][] names = Utf8;
        int count = names.Length;
        int i = unchecked((uint)hint < (uint)count) ? hint : 0;
        for (int tries = 0; tries < count; tries++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }

            if (++i == count)
            {
                i = 0;
            }
        }

        return -1;
    }

    /// <summary>What <see cref="Match"/> returns for a name that is not Unicode text.</summary>
    internal const int InvalidName = -2;

    /// <summary>Returns whether the reader's current property name is <paramref name="name"/>: a name that holds an
    /// escaped unpaired surrogate (<c>"\ud800"</c>) equals no name (<see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/>
    /// throws <see cref="InvalidOperationException"/> on it).</summary>
    internal static bool NameEquals(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        try
        {
            return reader.ValueTextEquals(name);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <inheritdoc cref="NameEquals(ref Utf8JsonReader, ReadOnlySpan{byte})"/>
    internal static bool NameEquals(ref Utf8JsonReader reader, string name)
    {
        try
        {
            return reader.ValueTextEquals(name);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Matches a name that the reader must unescape (<c>"\u0069d"</c>) or that spans segments.</summary>
    private int MatchEscaped(ref Utf8JsonReader reader)
    {
        try
        {
            byte[][] names = Utf8;
            for (int i = 0; i < names.Length; i++)
            {
                if (reader.ValueTextEquals(names[i]))
                {
                    return i;
                }
            }

            return -1;
        }
        catch (InvalidOperationException)
        {
            return InvalidName;
        }
    }
}
