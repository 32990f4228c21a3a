using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Incidents.Core;

/// <summary>A property that the model has no place for, kept with its JSON value so that nothing is lost: a
/// property written by a newer minor version of the wire format, or a column of an imported dataset with no home in
/// the model.</summary>
/// <remarks>
/// <para>Every record of the model carries these in an <c>Extensions</c> list, in the order they were read, and the
/// JSON writer emits them after the record's own properties. The value is kept as minified JSON text: two
/// extension properties are equal when their names are equal (ordinal) and their minified JSON texts are equal, so
/// <c>{"a":1,"b":2}</c> and <c>{"b":2,"a":1}</c> differ.</para>
/// <para>The default value has no name; the model rejects it.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public readonly record struct ExtensionProperty
{
    /// <summary>The longest property name accepted, in UTF-16 code units.</summary>
    public const int MaxNameLength = 256;

    private static readonly JsonWriterOptions MinifiedWriter = new()
    {
        Encoder = global::Incidents.Core.Json.MinimalJsonEncoder.Instance,
        Indented = false,
        SkipValidation = false,
    };

    /// <summary>Creates an extension property from a name and a JSON value given as text.</summary>
    /// <param name="name">The property name: not empty, at most <see cref="MaxNameLength"/> characters.</param>
    /// <param name="json">One complete JSON value (<c>"text"</c>, <c>42</c>, <c>[1,2]</c>, <c>{"a":true}</c>,
    /// <c>null</c> …); white space outside strings is removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, too long or not well-formed UTF-16, or <paramref name="json"/>
    /// is not exactly one valid JSON value.</exception>
    public ExtensionProperty(string name, string json)
    {
        Name = CheckName(name);
        ArgumentNullException.ThrowIfNull(json);
        _value = Minify(json);
    }

    /// <summary>Creates an extension property from a name and a parsed JSON value.</summary>
    /// <param name="name">The property name: not empty, at most <see cref="MaxNameLength"/> characters.</param>
    /// <param name="value">The value; it is copied.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or too long, or
    /// <paramref name="value"/> is the default (undefined) element.</exception>
    public ExtensionProperty(string name, JsonElement value)
    {
        Name = CheckName(name);
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            throw new ArgumentException("The JSON element is undefined.", nameof(value));
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, MinifiedWriter))
        {
            value.WriteTo(writer);
        }

        _value = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Gets the property name, exactly as it was read.</summary>
    public string Name { get; }

    /// <summary>Gets the value as minified JSON text.</summary>
    public string Json => _value as string ?? (_value as StringValue)?.Json!;

    // The minified JSON text, or a string value whose JSON text is made when first asked for (an importer's many
    // string columns are never encoded unless the incident is written).
    private readonly object? _value;

    /// <summary>Creates an extension property whose value is a JSON string.</summary>
    /// <param name="name">The property name.</param>
    /// <param name="value">The string value.</param>
    /// <returns>The property.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or too long, or <paramref name="value"/> is
    /// not well-formed UTF-16 (a lone surrogate).</exception>
    public static ExtensionProperty FromString(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!Utility.Guard.IsWellFormed(value))
        {
            // The JSON writer would drop the lone surrogate without a word.
            throw new ArgumentException("The value is not well-formed UTF-16 text (it has a lone surrogate), so it has no JSON string form.", nameof(value));
        }

        return new ExtensionProperty(CheckName(name), new StringValue(value));
    }

    /// <summary>Creates an extension property whose value is a JSON number, a whole one (GED's <c>type_of_violence</c>):
    /// no JSON to parse, so cheaper than the constructor.</summary>
    /// <param name="name">The property name.</param>
    /// <param name="value">The number.</param>
    /// <returns>The property.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or too long.</exception>
    public static ExtensionProperty FromInteger(string name, long value) =>
        new(CheckName(name), value.ToString(System.Globalization.CultureInfo.InvariantCulture), trusted: true);

    /// <summary>Parses the value into a <see cref="JsonElement"/> that owns its memory.</summary>
    /// <returns>The value.</returns>
    public JsonElement ToJsonElement() => JsonElement.Parse(Json ?? "null");

    /// <summary>Returns the property as it appears inside a JSON object, e.g. <c>"eventClarity":1</c>.</summary>
    /// <returns>The name and value.</returns>
    public override string ToString() => Name is null ? string.Empty : WriteString(Name) + ":" + Json;

    internal static ExtensionProperty FromTrusted(string name, string minifiedJson) => new(name, minifiedJson, trusted: true);

    private ExtensionProperty(string name, string minifiedJson, bool trusted)
    {
        _ = trusted;
        Name = name;
        _value = minifiedJson;
    }

    private ExtensionProperty(string name, StringValue value)
    {
        Name = name;
        _value = value;
    }

    /// <summary>Returns whether two properties have the same name and the same minified JSON value (ordinal).</summary>
    /// <param name="other">The other property.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ExtensionProperty other) =>
        string.Equals(Name, other.Name, StringComparison.Ordinal)
        && (_value is StringValue mine && other._value is StringValue theirs
            ? string.Equals(mine.Text, theirs.Text, StringComparison.Ordinal)
            : string.Equals(Json, other.Json, StringComparison.Ordinal));

    /// <summary>Returns a hash code of the name and the minified JSON value.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(
        Name is null ? 0 : string.GetHashCode(Name, StringComparison.Ordinal),
        Json is null ? 0 : string.GetHashCode(Json, StringComparison.Ordinal));

    private static string CheckName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Length > MaxNameLength || !Utility.Guard.IsWellFormed(name))
        {
            throw new ArgumentException($"An extension property name must have 1 to {MaxNameLength} characters of well-formed Unicode text.", nameof(name));
        }

        return name;
    }

    private static string WriteString(string value)
    {
        // Most strings need no escape: the canonical form is the text in quotes, with no writer to make.
        if (!global::Incidents.Core.Json.MinimalJsonEncoder.NeedsEscaping(value) && Utility.Guard.IsWellFormed(value))
        {
            return string.Concat("\"", value, "\"");
        }

        var buffer = new ArrayBufferWriter<byte>(value.Length + 2);
        using (var writer = new Utf8JsonWriter(buffer, MinifiedWriter))
        {
            writer.WriteStringValue(value);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A JSON string value kept as its text; encoded once, when first asked for.</summary>
    private sealed class StringValue(string text)
    {
        private string? _json;

        internal string Text { get; } = text;

        // A race makes two equal strings; either may be kept.
        internal string Json => _json ??= WriteString(Text);
    }

    private static string Minify(string json)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
            var buffer = new ArrayBufferWriter<byte>(json.Length);
            using (var writer = new Utf8JsonWriter(buffer, MinifiedWriter))
            {
                document.RootElement.WriteTo(writer);
            }

            return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The text is not one valid JSON value: {e.Message}", nameof(json), e);
        }
    }
}
