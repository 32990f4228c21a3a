using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;
using NodaTime;

namespace Incidents.Core.Json;

/// <summary>Reads the wire format from a <see cref="Utf8JsonReader"/> into the model, by hand: one pass, no
/// intermediate objects, values through the UTF-8 fast-path parsers. Tracks where it is so that every problem
/// carries a JSON Pointer. In the default mode the first problem throws <see cref="IncidentReadException"/>; with
/// <see cref="Problems"/> set it records every problem it can and goes on (the payload validator's mode).</summary>
/// <remarks>Not thread-safe: one instance per reading thread (see <see cref="Rent"/>).</remarks>
internal sealed partial class IncidentReader
{
    /// <summary>The longest text value (an id, a code, a date …) copied to the stack when it is escaped.</summary>
    private const int MaxTextValueLength = 512;

    [ThreadStatic]
    private static IncidentReader? t_cached;

    private readonly JsonLocation _location = new();

    internal IncidentReader(IncidentJsonOptions options)
    {
        Options = options;
    }

    /// <summary>Delegate shape of the element readers used for arrays.</summary>
    internal delegate bool ElementReader<T>(IncidentReader self, ref Utf8JsonReader reader, [MaybeNullWhen(false)] out T value);

    internal IncidentJsonOptions Options { get; private set; }

    /// <summary>When set, problems are added here and reading goes on; when <see langword="null"/>, the first
    /// problem throws.</summary>
    internal List<JsonReadProblem>? Problems { get; set; }

    /// <summary>Where the reader is, relative to the document being read.</summary>
    internal JsonLocation Location => _location;

    /// <summary>Returns this thread's reader, set to <paramref name="options"/> and throwing mode.</summary>
    internal static IncidentReader Rent(IncidentJsonOptions options)
    {
        IncidentReader reader = t_cached ??= new IncidentReader(options);
        reader.Options = options;
        reader.Problems = null;
        reader._location.Clear();
        return reader;
    }

    /// <summary>Records a problem at the current token (or throws it, in throwing mode).</summary>
    /// <returns>Always <see langword="false"/>, for <c>return Fail(…)</c>.</returns>
    internal bool Fail(ref Utf8JsonReader reader, JsonProblemKind kind, string message)
    {
        var problem = new JsonReadProblem(kind, _location.ToPointer(), _location.ToJsonPath(), message, reader.TokenStartIndex);
        if (Problems is null)
        {
            throw new IncidentReadException(problem);
        }

        Problems.Add(problem);
        return false;
    }

    /// <summary>Records a problem and skips the current value (in collecting mode) so that reading can go on.</summary>
    internal bool FailAndSkip(ref Utf8JsonReader reader, JsonProblemKind kind, string message)
    {
        Fail(ref reader, kind, message);
        reader.Skip();
        return false;
    }

    /// <summary>Records a note that is not an error (an unknown property kept as an extension); in throwing mode
    /// nothing happens.</summary>
    internal void Note(ref Utf8JsonReader reader, JsonProblemKind kind, string message) =>
        Problems?.Add(new JsonReadProblem(kind, _location.ToPointer(), _location.ToJsonPath(), message, reader.TokenStartIndex));

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    internal bool WrongType(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.Null
            ? FailAndSkip(ref reader, JsonProblemKind.NullValue, $"Expected {expected}, found null.")
            : FailAndSkip(ref reader, JsonProblemKind.WrongType, $"Expected {expected}, found {Describe(reader.TokenType)}.");

    // ----- objects -----------------------------------------------------------------------------------------------

    /// <summary>The state of one object being read: which known properties were seen, where to look first, the
    /// extension properties collected and whether everything so far was valid.</summary>
    internal struct ObjectScope
    {
        internal ulong Seen;
        internal int Hint;
        internal bool Pushed;
        internal bool Ok;
        internal List<ExtensionProperty>? Extensions;

        internal readonly EquatableArray<ExtensionProperty> ExtensionArray => Extensions is null ? default : ImmutableArray.CreateRange(Extensions);
    }

    /// <summary>Checks that the current token starts an object and returns a fresh scope.</summary>
    internal bool StartObject(ref Utf8JsonReader reader, string what, out ObjectScope scope)
    {
        scope = new ObjectScope { Ok = true };
        return reader.TokenType == JsonTokenType.StartObject || WrongType(ref reader, what);
    }

    /// <summary>Moves to the value of the next known property of the object and returns its index in
    /// <paramref name="table"/>; unknown properties are kept as extensions on the way. Returns -1 at the end of the
    /// object.</summary>
    internal int NextProperty(ref Utf8JsonReader reader, PropertyTable table, ref ObjectScope scope)
    {
        if (scope.Pushed)
        {
            _location.Pop();
            scope.Pushed = false;
        }

        while (true)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return -1;
            }

            int index = table.Match(ref reader, scope.Hint);
            if (index < 0)
            {
                scope.Ok &= ReadUnknown(ref reader, table, ref scope);
                continue;
            }

            _location.Push(table.Names[index]);
            ulong bit = 1UL << index;
            if ((scope.Seen & bit) != 0)
            {
                Fail(ref reader, JsonProblemKind.DuplicateProperty, $"The property '{table.Names[index]}' appears more than once in this object.");
                reader.Read();
                reader.Skip();
                _location.Pop();
                scope.Ok = false;
                continue;
            }

            scope.Seen |= bit;
            scope.Hint = index + 1;
            scope.Pushed = true;
            reader.Read();
            return index;
        }
    }

    /// <summary>Skips the rest of the object whose start token was at <paramref name="depth"/> (collecting mode, after
    /// a problem that makes the rest meaningless).</summary>
    internal void SkipRestOfObject(ref Utf8JsonReader reader, int depth, ref ObjectScope scope)
    {
        if (scope.Pushed)
        {
            _location.Pop();
            scope.Pushed = false;
        }

        while (!(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth) && reader.Read())
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }
    }

    /// <summary>Reports the second and later elements whose key repeats an earlier one (actors' and sources' ids),
    /// at the key of the repeat; the model would reject the list as a whole.</summary>
    internal bool UniqueIds<T, TKey>(ref Utf8JsonReader reader, string list, EquatableArray<T> items, Func<T, TKey> key, string keyName)
        where TKey : notnull
    {
        if (items.Count < 2)
        {
            return true;
        }

        bool ok = true;
        EqualityComparer<TKey> comparer = EqualityComparer<TKey>.Default;
        HashSet<TKey>? seen = items.Count > 16 ? new HashSet<TKey>(items.Count) : null;
        for (int i = 0; i < items.Count; i++)
        {
            TKey current = key(items[i]);
            bool repeated = seen is not null ? !seen.Add(current) : Repeats(items, i, current, key, comparer);
            if (repeated)
            {
                // The list's own name is already on the path.
                _location.Push(i);
                _location.Push(keyName);
                ok = Fail(ref reader, JsonProblemKind.Invariant, $"The {keyName} '{current}' is already used by an earlier element of '{list}'.");
                _location.Pop();
                _location.Pop();
            }
        }

        return ok;
    }

    private static bool Repeats<T, TKey>(EquatableArray<T> items, int index, TKey current, Func<T, TKey> key, EqualityComparer<TKey> comparer)
    {
        // Few elements (the usual case): comparing pairs allocates nothing.
        for (int j = 0; j < index; j++)
        {
            if (comparer.Equals(current, key(items[j])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks that every required property of <paramref name="table"/> was seen.</summary>
    internal bool Required(ref Utf8JsonReader reader, PropertyTable table, ref ObjectScope scope, string what)
    {
        ulong missing = table.RequiredMask & ~scope.Seen;
        while (missing != 0)
        {
            int index = System.Numerics.BitOperations.TrailingZeroCount(missing);
            missing &= missing - 1;
            scope.Ok = Fail(ref reader, JsonProblemKind.MissingProperty, $"{what} requires the property '{table.Names[index]}'.");
        }

        return scope.Ok;
    }

    /// <summary>Turns the model's own argument checks into a problem at the object being built.</summary>
    internal bool Invariant(ref Utf8JsonReader reader, ArgumentException exception)
    {
        string? property = exception.ParamName is { Length: > 0 } p ? JsonNamingPolicy.CamelCase.ConvertName(p) : null;
        string message = exception.Message;
        int suffix = exception.ParamName is null ? -1 : message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        if (suffix > 0)
        {
            message = message[..suffix];
        }

        if (property is not null)
        {
            _location.Push(property);
        }

        Fail(ref reader, JsonProblemKind.Invariant, message);
        if (property is not null)
        {
            _location.Pop();
        }

        return false;
    }

    private bool ReadUnknown(ref Utf8JsonReader reader, PropertyTable table, ref ObjectScope scope)
    {
        if (!TryGetPropertyName(ref reader, out string? name))
        {
            reader.Read();
            reader.Skip();
            return false;
        }

        _location.Push(name);
        try
        {
            if (scope.Extensions?.Exists(e => string.Equals(e.Name, name, StringComparison.Ordinal)) == true)
            {
                Fail(ref reader, JsonProblemKind.DuplicateProperty, $"The property '{name}' appears more than once in this object.");
                reader.Read();
                reader.Skip();
                return false;
            }

            Note(ref reader, JsonProblemKind.UnknownProperty, $"The property '{name}' is not part of format {SchemaVersion.Current}; it is kept as an extension property.");
            reader.Read();
            if (!TryCopyValue(ref reader, out string? json))
            {
                return false;
            }

            (scope.Extensions ??= []).Add(ExtensionProperty.FromTrusted(name, json));
            return true;
        }
        finally
        {
            _location.Pop();
        }
    }

    private bool TryGetPropertyName(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? name)
    {
        name = null;
        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > ExtensionProperty.MaxNameLength * 6L)
        {
            return Fail(ref reader, JsonProblemKind.LimitExceeded, $"A property name is longer than {ExtensionProperty.MaxNameLength} characters.");
        }

        try
        {
            name = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Fail(ref reader, JsonProblemKind.InvalidEncoding, "A property name is not valid UTF-8.");
        }

        return name.Length is > 0 and <= ExtensionProperty.MaxNameLength
            || Fail(ref reader, JsonProblemKind.InvalidValue, $"A property name must have 1 to {ExtensionProperty.MaxNameLength} characters.");
    }

    private static readonly JsonWriterOptions s_copyOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>Copies the current value (of any shape) to minified JSON text, checking duplicate names, string
    /// lengths and encoding on the way, and keeping <see cref="Location"/> up to date for errors inside it.</summary>
    private bool TryCopyValue(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? json)
    {
        json = null;
        var buffer = new ArrayBufferWriter<byte>(64);
        using var writer = new Utf8JsonWriter(buffer, s_copyOptions);
        int startDepth = reader.CurrentDepth;
        int baseDepth = _location.Depth;

        // Per open container: the names seen (objects) or the next element index (arrays).
        var containers = new Stack<(HashSet<string>? Names, int Next)>();
        bool ok = true;
        bool first = true;
        while (first || reader.Read())
        {
            first = false;
            JsonTokenType token = reader.TokenType;
            if (token is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.Comment)
                && containers.Count > 0 && containers.Peek().Names is null)
            {
                (HashSet<string>? _, int next) = containers.Pop();
                containers.Push((null, next + 1));
                _location.Push(next);
            }

            switch (token)
            {
                case JsonTokenType.StartObject:
                    writer.WriteStartObject();
                    containers.Push((new HashSet<string>(StringComparer.Ordinal), 0));
                    break;
                case JsonTokenType.StartArray:
                    writer.WriteStartArray();
                    containers.Push((null, 0));
                    break;
                case JsonTokenType.EndObject:
                    writer.WriteEndObject();
                    containers.Pop();
                    break;
                case JsonTokenType.EndArray:
                    writer.WriteEndArray();
                    containers.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    if (!TryGetPropertyName(ref reader, out string? name))
                    {
                        ok = false;
                        break;
                    }

                    _location.Push(name);
                    if (!containers.Peek().Names!.Add(name))
                    {
                        ok = Fail(ref reader, JsonProblemKind.DuplicateProperty, $"The property '{name}' appears more than once in this object.");
                        break;
                    }

                    writer.WritePropertyName(name);
                    continue; // its value follows; the name stays on the path until the value is done
                case JsonTokenType.String:
                    if (!TryGetString(ref reader, out string? text))
                    {
                        ok = false;
                        break;
                    }

                    writer.WriteStringValue(text);
                    break;
                case JsonTokenType.Number:
                    writer.WriteRawValue(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan, skipInputValidation: true);
                    break;
                case JsonTokenType.True:
                case JsonTokenType.False:
                    writer.WriteBooleanValue(reader.TokenType == JsonTokenType.True);
                    break;
                case JsonTokenType.Null:
                    writer.WriteNullValue();
                    break;
                default:
                    break;
            }

            if (!ok)
            {
                // Collecting mode: skip the rest of this value and put the path back.
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    reader.Read();
                }

                reader.Skip();
                while (reader.CurrentDepth > startDepth && reader.Read())
                {
                }

                while (_location.Depth > baseDepth)
                {
                    _location.Pop();
                }

                return false;
            }

            // A value is complete (a scalar, or the end of a container): drop its name or index from the path.
            if (token is not (JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.Comment) && _location.Depth > baseDepth)
            {
                _location.Pop();
            }

            if (reader.CurrentDepth == startDepth && token is not (JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.Comment))
            {
                break;
            }
        }

        writer.Flush();
        json = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        return true;
    }

    // ----- values ------------------------------------------------------------------------------------------------

    /// <summary>Reads a string value that must not be blank (the model's rule for every free-text property).</summary>
    internal bool Text(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.String)
        {
            return WrongType(ref reader, "a string");
        }

        if (!TryGetString(ref reader, out value))
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            value = null;
            return Fail(ref reader, JsonProblemKind.BlankText, "Expected a string with at least one non-white-space character; leave an optional property out instead.");
        }

        if (value.Length > Guard.MaxTextLength)
        {
            int length = value.Length;
            value = null;
            return Fail(ref reader, JsonProblemKind.LimitExceeded, $"The string has {length} characters; the model keeps at most {Guard.MaxTextLength}.");
        }

        return true;
    }

    /// <summary>Reads an optional free-text value: <c>null</c> reads as absent.</summary>
    internal bool OptionalText(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        return reader.TokenType == JsonTokenType.Null || Text(ref reader, out value);
    }

    private bool TryGetString(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? value)
    {
        value = null;
        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > Options.MaxStringLength)
        {
            return Fail(ref reader, JsonProblemKind.LimitExceeded, $"The string is {length} bytes long; the limit (MaxStringLength) is {Options.MaxStringLength}.");
        }

        try
        {
            value = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            return Fail(ref reader, JsonProblemKind.InvalidEncoding, "The string is not valid UTF-8.");
        }
    }

    /// <summary>Reads a value in its canonical text form through the type's UTF-8 parser. A value that parses but
    /// is not written the canonical way (<c>"VBIED"</c> for <c>"vbied"</c>) is rejected, so that the schema's
    /// patterns and the reader agree and a read–write round trip is byte-identical.</summary>
    internal bool Value<T>(ref Utf8JsonReader reader, out T value)
        where T : struct, ITextValue<T>, IEquatable<T>
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return WrongType(ref reader, $"a string ({TextNames.Of<T>()})");
        }

        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxTextValueLength)
        {
            return Fail(ref reader, JsonProblemKind.LimitExceeded, $"The value is {length} bytes long; {TextNames.Of<T>()} is never longer than {MaxTextValueLength}.");
        }

        Span<byte> buffer = stackalloc byte[MaxTextValueLength];
        ReadOnlySpan<byte> text = reader.HasValueSequence || reader.ValueIsEscaped
            ? buffer[..reader.CopyString(buffer)]
            : reader.ValueSpan;
        if (!T.TryParseCore(text, out value, out ParseError error))
        {
            return Fail(ref reader, error.Kind == ParseErrorKind.InvalidEncoding ? JsonProblemKind.InvalidEncoding : JsonProblemKind.InvalidValue,
                $"'{Printable(text)}' is not {TextNames.Of<T>()}: {error}");
        }

        if (!T.IsCanonical(text, value))
        {
            Span<byte> canonical = stackalloc byte[MaxTextValueLength];
            string expected = value.TryFormatCore(canonical, out int written) ? Printable(canonical[..written]) : "?";
            value = default;
            return Fail(ref reader, JsonProblemKind.InvalidValue, $"'{Printable(text)}' is not in canonical form; write '{expected}'.");
        }

        return true;
    }

    private static readonly SearchValues<byte> s_idBytes = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-"u8);

    // Identifiers repeat within a document and across documents (an actor is referred to by its id many times):
    // the last few are kept, so that a repeat costs a comparison instead of a validation and an allocation.
    private readonly string?[] _recentIds = new string?[16];
    private int _nextRecentId;

    /// <summary>Reads an identifier: the fast path for ids in canonical form (no escapes), with a small cache of
    /// recent ones; anything else takes the general path, which also places the error.</summary>
    internal bool Id<T>(ref Utf8JsonReader reader, out T value)
        where T : struct, ITextValue<T>, IEquatable<T>, IIdentifier<T>
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            ReadOnlySpan<byte> text = reader.ValueSpan;
            if (text.Length is > 0 && text.Length <= T.MaxLength && char.IsAsciiLetterOrDigit((char)text[0]) && !text.ContainsAnyExcept(s_idBytes))
            {
                value = T.FromTrusted(Recent(text));
                return true;
            }
        }

        return Value(ref reader, out value);
    }

    /// <summary>Reads an optional identifier; <c>null</c> reads as absent.</summary>
    internal bool OptionalId<T>(ref Utf8JsonReader reader, out T? value)
        where T : struct, ITextValue<T>, IEquatable<T>, IIdentifier<T>
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (!Id(ref reader, out T parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private string Recent(ReadOnlySpan<byte> ascii)
    {
        foreach (string? recent in _recentIds)
        {
            if (recent is not null && recent.Length == ascii.Length && System.Text.Ascii.Equals(ascii, recent))
            {
                return recent;
            }
        }

        string text = System.Text.Encoding.ASCII.GetString(ascii);
        _recentIds[_nextRecentId] = text;
        _nextRecentId = (_nextRecentId + 1) & (_recentIds.Length - 1);
        return text;
    }

    /// <summary>Reads an optional value in its canonical text form; <c>null</c> reads as absent.</summary>
    internal bool OptionalValue<T>(ref Utf8JsonReader reader, out T? value)
        where T : struct, ITextValue<T>, IEquatable<T>
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (!Value(ref reader, out T parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    /// <summary>Reads a closed enum's lower-kebab code.</summary>
    internal bool Enum<TEnum>(ref Utf8JsonReader reader, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        EnumCodes<TEnum> codes = EnumCodes<TEnum>.Instance;
        if (reader.TokenType != JsonTokenType.String)
        {
            return WrongType(ref reader, $"a string, {codes.Expected}");
        }

        return codes.TryMatch(ref reader, out value)
            || Fail(ref reader, JsonProblemKind.InvalidValue, $"'{Printable(reader.ValueSpan)}' is not {codes.Expected}.");
    }

    /// <summary>Reads an optional closed enum; <c>null</c> reads as absent.</summary>
    internal bool OptionalEnum<TEnum>(ref Utf8JsonReader reader, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (!Enum(ref reader, out TEnum parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    /// <summary>Reads a whole number written in plain digits (no sign, fraction or exponent) of at least
    /// <paramref name="minimum"/>.</summary>
    internal bool Count(ref Utf8JsonReader reader, int minimum, out int value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            return WrongType(ref reader, $"a whole number of at least {minimum}");
        }

        ReadOnlySpan<byte> digits = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
        {
            return Fail(ref reader, JsonProblemKind.InvalidValue, $"'{Printable(digits)}' is not a whole number written in plain digits (no sign, fraction or exponent).");
        }

        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return Fail(ref reader, JsonProblemKind.InvalidValue, $"'{Printable(digits)}' is larger than {int.MaxValue}.");
        }

        return value >= minimum || Fail(ref reader, JsonProblemKind.InvalidValue, $"{value} is less than {minimum}.");
    }

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    internal bool Boolean(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False || WrongType(ref reader, "true or false");
    }

    /// <summary>Reads an instant in NodaTime's extended ISO form, UTC.</summary>
    internal bool Instant(ref Utf8JsonReader reader, out Instant value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return WrongType(ref reader, "a string (an instant such as '2022-01-24T12:00:00Z')");
        }

        ReadOnlySpan<byte> text = reader.ValueSpan;
        return (!reader.HasValueSequence && !reader.ValueIsEscaped && NodaJson.TryParseInstant(text, out value))
            || Fail(ref reader, JsonProblemKind.InvalidValue, $"'{Printable(text)}' is not an instant in UTC written as 'uuuu-MM-ddTHH:mm:ss[.fffffffff]Z' (e.g. '2022-01-24T12:00:00Z', no trailing zeros in the fraction).");
    }

    /// <summary>Reads a TZDB time-zone identifier.</summary>
    internal bool Zone(ref Utf8JsonReader reader, out DateTimeZone? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return WrongType(ref reader, "a string (a TZDB time-zone id such as 'Asia/Baghdad')");
        }

        value = reader.HasValueSequence || reader.ValueIsEscaped ? null : NodaJson.FindZone(reader.ValueSpan);
        return value is not null
            || Fail(ref reader, JsonProblemKind.InvalidValue, $"'{Printable(reader.ValueSpan)}' is not a time-zone id of TZDB {DateTimeZoneProviders.Tzdb.VersionId} (e.g. 'Asia/Baghdad').");
    }

    /// <summary>Reads an absolute URI.</summary>
    internal bool Url(ref Utf8JsonReader reader, out Uri? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (!Text(ref reader, out string? text))
        {
            return false;
        }

        // Require the scheme in the text: on Unix, Uri also takes "/news/1" for an absolute file URI.
        return (HasScheme(text) && Uri.TryCreate(text, UriKind.Absolute, out value))
            || Fail(ref reader, JsonProblemKind.InvalidValue, $"'{Printable(text)}' is not an absolute URI with a scheme (e.g. 'https://…').");
    }

    /// <summary>Returns whether <paramref name="text"/> starts with a URI scheme and a colon (RFC 3986).</summary>
    internal static bool HasScheme(string text)
    {
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        foreach (char c in text.AsSpan(1, colon - 1))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads an array of elements with <paramref name="element"/>. A missing array is empty; <c>null</c>
    /// is rejected (the format has one way to say "none": leave the property out).</summary>
    internal bool Array<T>(ref Utf8JsonReader reader, ElementReader<T> element, out EquatableArray<T> items)
    {
        items = default;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return WrongType(ref reader, "an array");
        }

        T[] buffer = System.Array.Empty<T>();
        int count = 0;
        bool ok = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (count == Options.MaxArrayLength)
            {
                Fail(ref reader, JsonProblemKind.LimitExceeded, $"The array has more than {Options.MaxArrayLength} elements (MaxArrayLength).");
                ok = false;
                reader.Skip();
                continue;
            }

            _location.Push(count);
            if (element(this, ref reader, out T? item))
            {
                if (count >= buffer.Length)
                {
                    // (>=: in collecting mode a failed element leaves its slot empty; the array is then not used.)
                    System.Array.Resize(ref buffer, Math.Max(4, count * 2));
                }

                buffer[count] = item;
            }
            else
            {
                ok = false;
            }

            count++;
            _location.Pop();
        }

        if (!ok)
        {
            return false;
        }

        if (count != buffer.Length)
        {
            System.Array.Resize(ref buffer, count);
        }

        items = ImmutableCollectionsMarshal.AsImmutableArray(buffer);
        return true;
    }

    /// <summary>Shortens a value for an error message and replaces what cannot be shown.</summary>
    internal static string Printable(ReadOnlySpan<byte> utf8)
    {
        const int Max = 64;
        string text = System.Text.Encoding.UTF8.GetString(utf8.Length > Max * 4 ? utf8[..(Max * 4)] : utf8);
        return Printable(text);
    }

    internal static string Printable(string text)
    {
        const int Max = 64;
        return text.Length > Max ? string.Concat(text.AsSpan(0, Max), "…") : text;
    }
}
