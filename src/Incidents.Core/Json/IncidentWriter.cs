using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Incidents.Core.Parsing;
using NodaTime;

namespace Incidents.Core.Json;

/// <summary>Writes the model in the canonical wire form with no intermediate strings: properties in the documented
/// order, absent values and empty lists left out, value types in their canonical text, extension properties last. Each
/// record's writer is generated (<c>*.Wire.g.cs</c>, from <see cref="WireRecordAttribute"/>); these are the helpers
/// they call, one per kind of value.</summary>
internal static partial class IncidentWriter
{
    private const int MaxTextValueLength = 512;

    internal static void WriteRange(Utf8JsonWriter w, CasualtyRange x)
    {
        JsonEncodedText[] n = WireNames.CasualtyRange.Encoded;
        w.WriteStartObject();
        if (x.Low is { } low)
        {
            w.WriteNumber(n[0], low);
        }

        if (x.Best is { } best)
        {
            w.WriteNumber(n[1], best);
        }

        if (x.High is { } high)
        {
            w.WriteNumber(n[2], high);
        }

        w.WriteEndObject();
    }

    /// <summary>Writes a value type's canonical text as a JSON string. Canonical texts are printable ASCII without
    /// quotes or backslashes (ids, codes, dates, times, ratings …), so they need no escaping: the quoted bytes are
    /// written raw, which skips the writer's escaping scan and UTF-8 validation.</summary>
    internal static void WriteValue<T>(Utf8JsonWriter w, JsonEncodedText name, in T value)
        where T : struct, ITextValue<T>, IEquatable<T>
    {
        Span<byte> buffer = stackalloc byte[MaxTextValueLength + 2];
        int written = Format(value, buffer[1..^1]);
        buffer[0] = (byte)'"';
        buffer[written + 1] = (byte)'"';
        Debug.Assert(buffer[1..(written + 1)].IndexOfAny(NeedsEscaping) < 0, "canonical text needs no escaping");
        w.WritePropertyName(name);
        w.WriteRawValue(buffer[..(written + 2)], skipInputValidation: true);
    }

    /// <summary>Writes a value type's canonical text as a JSON string value (an array element: through the writer,
    /// which indents elements; a raw value would not be).</summary>
    internal static void WriteValue<T>(Utf8JsonWriter w, in T value)
        where T : struct, ITextValue<T>, IEquatable<T>
    {
        Span<byte> buffer = stackalloc byte[MaxTextValueLength];
        w.WriteStringValue(buffer[..Format(value, buffer)]);
    }

    /// <summary>Formats a value's canonical text as UTF-8 into <paramref name="destination"/>.</summary>
    /// <returns>The number of bytes written.</returns>
    private static int Format<T>(in T value, Span<byte> destination)
        where T : struct, ITextValue<T>, IEquatable<T> =>
        value.TryFormatCore(destination, out int written)
            ? written
            : throw new InvalidOperationException($"A {typeof(T).Name} did not fit {destination.Length} bytes.");

    private static readonly SearchValues<byte> NeedsEscaping = SearchValues.Create([.. Enumerable.Range(0, 32).Select(static b => (byte)b), (byte)'"', (byte)'\\', 127]);

    private static void WriteValue<T>(Utf8JsonWriter w, JsonEncodedText name, T? value)
        where T : struct, ITextValue<T>, IEquatable<T>
    {
        if (value is { } v)
        {
            WriteValue(w, name, v);
        }
    }

    private static void WriteValues<T>(Utf8JsonWriter w, JsonEncodedText name, EquatableArray<T> values)
        where T : struct, ITextValue<T>, IEquatable<T>
    {
        if (values.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (T value in values.AsSpan())
        {
            WriteValue(w, value);
        }

        w.WriteEndArray();
    }

    private static void WriteText(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, JsonEncodedText name, EquatableArray<string> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (string value in values.AsSpan())
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    /// <summary>Writes a closed enumeration's code.</summary>
    private static void WriteCode<TEnum>(Utf8JsonWriter w, JsonEncodedText name, TEnum value)
        where TEnum : struct, Enum =>
        w.WriteString(name, EnumCodes<TEnum>.Instance.Encode(value));

    /// <summary>Writes a closed enumeration's code, if there is a value.</summary>
    private static void WriteCode<TEnum>(Utf8JsonWriter w, JsonEncodedText name, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } v)
        {
            WriteCode(w, name, v);
        }
    }

    /// <summary>Writes a nested record, if there is one.</summary>
    private static void WriteRecord<T>(Utf8JsonWriter w, JsonEncodedText name, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (value is not null)
        {
            w.WritePropertyName(name);
            write(w, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, JsonEncodedText name, int value) => w.WriteNumber(name, value);

    private static void WriteNumber(Utf8JsonWriter w, JsonEncodedText name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    private static void WriteBoolean(Utf8JsonWriter w, JsonEncodedText name, bool value) => w.WriteBoolean(name, value);

    private static void WriteBoolean(Utf8JsonWriter w, JsonEncodedText name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
    }

    private static void WriteRange(Utf8JsonWriter w, JsonEncodedText name, CasualtyRange value)
    {
        w.WritePropertyName(name);
        WriteRange(w, value);
    }

    private static void WriteRange(Utf8JsonWriter w, JsonEncodedText name, CasualtyRange? value)
    {
        if (value is { } v)
        {
            WriteRange(w, name, v);
        }
    }

    private static void WriteInstant(Utf8JsonWriter w, JsonEncodedText name, Instant? value)
    {
        if (value is { } v)
        {
            WriteInstant(w, name, v);
        }
    }

    private static void WriteInstant(Utf8JsonWriter w, JsonEncodedText name, Instant value)
    {
        Span<byte> buffer = stackalloc byte[48];
        NodaJson.TryFormatInstant(value, buffer[1..], out int written);
        buffer[0] = (byte)'"';
        buffer[written + 1] = (byte)'"';
        w.WritePropertyName(name);
        w.WriteRawValue(buffer[..(written + 2)], skipInputValidation: true);
    }

    private static void WriteArray<T>(Utf8JsonWriter w, JsonEncodedText name, EquatableArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (T item in items.AsSpan())
        {
            write(w, item);
        }

        w.WriteEndArray();
    }

    private static void WriteExtensions(Utf8JsonWriter w, EquatableArray<ExtensionProperty> extensions)
    {
        foreach (ExtensionProperty extension in extensions.AsSpan())
        {
            w.WritePropertyName(extension.Name);
            w.WriteRawValue(extension.Json, skipInputValidation: true);
        }
    }
}
