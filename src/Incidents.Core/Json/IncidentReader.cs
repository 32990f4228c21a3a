using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
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

    /// <summary>In collecting mode, how many problems are listed at most; more are only counted in
    /// <see cref="UnlistedProblems"/>, so that a hostile document costs bounded memory.</summary>
    internal int MaxProblems { get; set; } = int.MaxValue;

    /// <summary>In collecting mode, the problems found beyond <see cref="MaxProblems"/>.</summary>
    internal long UnlistedProblems { get; set; }

    /// <summary>Gets or sets what cancels reading (checked every 256 properties and list elements, so that a
    /// cancellation is honoured within one large document).</summary>
    internal CancellationToken Cancellation { get; set; }

    private int _steps;

    /// <summary>Counts a property or list element read; every 256th, honours <see cref="Cancellation"/>.</summary>
    private void Step()
    {
        if ((unchecked(++_steps) & 255) == 0)
        {
            Cancellation.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Gets or sets the declared prefixes of extension property names
    /// (<see cref="Validation.PayloadValidationOptions.DeclaredExtensionPrefixes"/>): a property whose name starts with
    /// one is kept like any extension property, without an <see cref="JsonProblemKind.UnknownProperty"/> problem (and
    /// without the cost of describing one).</summary>
    internal EquatableArray<string> DeclaredPrefixes { get; set; }

    /// <summary>Where the reader is, relative to the document being read.</summary>
    internal JsonLocation Location => _location;

    /// <summary>Returns this thread's reader, set to <paramref name="options"/> and throwing mode.</summary>
    internal static IncidentReader Rent(IncidentJsonOptions options)
    {
        IncidentReader reader = t_cached ??= new IncidentReader(options);
        reader.Options = options;
        reader.Problems = null;
        reader._location.Clear();
        reader._buffersInUse = 0;
        return reader;
    }

    /// <summary>Records a problem at the current token (or throws it, in throwing mode).</summary>
    /// <returns>Always <see langword="false"/>, for <c>return Fail(…)</c>.</returns>
    internal bool Fail(ref Utf8JsonReader reader, JsonProblemKind kind, string message)
    {
        if (Problems is null)
        {
            throw new IncidentReadException(new JsonReadProblem(kind, _location.ToPointer(), _location.ToJsonPath(), message, reader.TokenStartIndex));
        }

        Collect(kind, message, reader.TokenStartIndex);
        return false;
    }

    /// <summary>Collecting mode: adds a problem, or counts it when it repeats the last one at the same place, or
    /// only counts it beyond <see cref="MaxProblems"/>.</summary>
    private void Collect(JsonProblemKind kind, string message, long offset)
    {
        List<JsonReadProblem> problems = Problems!;
        string pointer = _location.ToPointer();
        if (problems.Count > 0 && problems[^1] is { } last && last.Kind == kind
            && string.Equals(last.Pointer, pointer, StringComparison.Ordinal) && string.Equals(last.Message, message, StringComparison.Ordinal))
        {
            problems[^1] = last with { Occurrences = last.Occurrences + 1 };
            return;
        }

        if (problems.Count >= MaxProblems)
        {
            UnlistedProblems++;
            return;
        }

        problems.Add(new JsonReadProblem(kind, pointer, _location.ToJsonPath(), message, offset));
    }

    /// <summary>Records a problem at an earlier token's <paramref name="offset"/> (or throws it).</summary>
    private bool FailAt(ref Utf8JsonReader reader, long offset, JsonProblemKind kind, string message)
    {
        if (Problems is null)
        {
            throw new IncidentReadException(new JsonReadProblem(kind, _location.ToPointer(), _location.ToJsonPath(), message, offset));
        }

        Collect(kind, message, offset);
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
    internal void Note(ref Utf8JsonReader reader, JsonProblemKind kind, string message)
    {
        if (Problems is not null)
        {
            Collect(kind, message, reader.TokenStartIndex);
        }
    }

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

        /// <summary>The extension names, once there are enough of them for a look-up to beat a scan (so that an
        /// object with 100,000 unknown properties costs linear time).</summary>
        internal HashSet<string>? ExtensionNames;

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
            Step();
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return -1;
            }

            int index = table.Match(ref reader, scope.Hint);
            if (index == PropertyTable.InvalidName)
            {
                // An escaped unpaired surrogate in the name ("\ud800"): no name to match or keep.
                Fail(ref reader, JsonProblemKind.InvalidEncoding, "A property name holds an escape that is not a Unicode scalar value (an unpaired surrogate such as \\ud800).");
                reader.Read();
                reader.Skip();
                scope.Ok = false;
                continue;
            }

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
            if (IsRepeatedExtension(ref scope, name))
            {
                Fail(ref reader, JsonProblemKind.DuplicateProperty, $"The property '{name}' appears more than once in this object.");
                reader.Read();
                reader.Skip();
                return false;
            }

            if (!IsDeclared(name))
            {
                Note(ref reader, JsonProblemKind.UnknownProperty, $"The property '{name}' is not part of format {SchemaVersion.Current}; it is kept as an extension property.");
            }

            reader.Read();
            if (!TryCopyScalar(ref reader, out string? json) && !TryCopyValue(ref reader, out json))
            {
                return false;
            }

            (scope.Extensions ??= []).Add(ExtensionProperty.FromTrusted(name, json));
            scope.ExtensionNames?.Add(name);
            return true;
        }
        finally
        {
            _location.Pop();
        }
    }

    private bool IsDeclared(string name)
    {
        foreach (string prefix in DeclaredPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRepeatedExtension(ref ObjectScope scope, string name)
    {
        List<ExtensionProperty>? extensions = scope.Extensions;
        if (extensions is null)
        {
            return false;
        }

        if (scope.ExtensionNames is { } names)
        {
            return names.Contains(name);
        }

        foreach (ExtensionProperty extension in extensions)
        {
            if (string.Equals(extension.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (extensions.Count >= 8)
        {
            scope.ExtensionNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (ExtensionProperty extension in extensions)
            {
                scope.ExtensionNames.Add(extension.Name);
            }
        }

        return false;
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

    /// <summary>The common case of an extension value, a scalar whose token is already its canonical text — a number,
    /// <c>true</c>, <c>false</c>, <c>null</c>, or a string without escapes (which holds no character the writer would
    /// escape) — copied without a writer.</summary>
    private bool TryCopyScalar(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? json)
    {
        json = null;
        if (reader.HasValueSequence)
        {
            return false;
        }

        ReadOnlySpan<byte> raw = reader.ValueSpan;
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                json = System.Text.Encoding.ASCII.GetString(raw);
                return true;
            case JsonTokenType.True:
                json = "true";
                return true;
            case JsonTokenType.False:
                json = "false";
                return true;
            case JsonTokenType.Null:
                json = "null";
                return true;
            case JsonTokenType.String when !reader.ValueIsEscaped && raw.Length <= Options.MaxStringLength && System.Text.Unicode.Utf8.IsValid(raw):
                json = string.Concat("\"", System.Text.Encoding.UTF8.GetString(raw), "\"");
                return true;
            default:
                return false;
        }
    }

    private static readonly JsonWriterOptions s_copyOptions = new() { Encoder = MinimalJsonEncoder.Instance, SkipValidation = true };

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

        if (TextRules.IsBlank(value))
        {
            value = null;
            return Fail(ref reader, JsonProblemKind.BlankText, "Expected a string with at least one character that is not white space or invisible; leave an optional property out instead.");
        }

        if (!TextRules.IsWithin(value, Guard.MaxTextLength))
        {
            int length = TextRules.Length(value);
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
            return Fail(ref reader, JsonProblemKind.InvalidEncoding, "The string is not valid Unicode: invalid UTF-8, or an escaped unpaired surrogate such as \\ud800.");
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

        Span<byte> buffer = stackalloc byte[MaxTextValueLength];
        if (!TryGetTextValue(ref reader, buffer, TextNames.Of<T>(), out int copied))
        {
            return false;
        }

        ReadOnlySpan<byte> text = copied < 0 ? reader.ValueSpan : buffer[..copied];

        if (!T.TryParseCore(text, out value, out ParseError error))
        {
            return Fail(ref reader, error.Kind == ParseErrorKind.InvalidEncoding ? JsonProblemKind.InvalidEncoding : JsonProblemKind.InvalidValue,
                $"'{Printable(text)}' is not {TextNames.Of<T>()}: {error}");
        }

        if (!T.IsCanonical(text, value))
        {
            // Not the canonical text: accepted when the value's own standard allows it (the wire pattern, which the
            // schema publishes), and reported to the payload validator; rejected otherwise.
            Span<byte> canonical = stackalloc byte[MaxTextValueLength];
            string expected = value.TryFormatCore(canonical, out int written) ? Printable(canonical[..written]) : "?";
            if (WirePatterns.For<T>() is { } pattern && MatchesWire(pattern, text))
            {
                NonCanonical(ref reader, text, expected);
                return true;
            }

            value = default;
            return Fail(ref reader, JsonProblemKind.InvalidValue, $"'{Printable(text)}' is not written as the format allows {TextNames.Of<T>()}; write '{expected}'.");
        }

        return true;
    }

    /// <summary>Gets the text of the current string token, unescaped (every JSON escape is allowed), into
    /// <paramref name="buffer"/> when it has to be copied; fails on an escape that is not valid Unicode (a lone
    /// surrogate). <paramref name="copied"/> is the length copied, or -1 when the token's own bytes are the text.</summary>
    private bool TryGetTextValue(scoped ref Utf8JsonReader reader, scoped Span<byte> buffer, string what, out int copied)
    {
        copied = -1;
        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > buffer.Length)
        {
            return Fail(ref reader, JsonProblemKind.LimitExceeded, $"The value is {length} bytes long; {what} is never longer than {buffer.Length}.");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            return true;
        }

        try
        {
            copied = reader.CopyString(buffer);
            return true;
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader reports an escaped lone surrogate ("\ud800") this way.
            return Fail(ref reader, JsonProblemKind.InvalidEncoding, "The string holds an escape that is not a Unicode scalar value (an unpaired surrogate such as \\ud800).");
        }
    }

    private static bool MatchesWire(string pattern, ReadOnlySpan<byte> utf8)
    {
        // Wire values are short (at most MaxTextValueLength bytes); only ASCII can match a wire pattern.
        if (!System.Text.Ascii.IsValid(utf8))
        {
            return false;
        }

        Span<char> chars = stackalloc char[utf8.Length];
        System.Text.Ascii.ToUtf16(utf8, chars, out int written);
        return WirePatterns.IsMatch(pattern, chars[..written]);
    }

    /// <summary>Notes (in collecting mode) a value accepted in a form other than its canonical one.</summary>
    internal void NonCanonical(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> text, string canonical) =>
        Note(ref reader, JsonProblemKind.NonCanonical, $"'{Printable(text)}' is accepted; the canonical form is '{canonical}'.");

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

        Span<byte> buffer = stackalloc byte[MaxTextValueLength];
        if (!TryGetTextValue(ref reader, buffer, "a code", out int copied))
        {
            return false;
        }

        ReadOnlySpan<byte> text = copied < 0 ? reader.ValueSpan : buffer[..copied];

        return codes.TryMatch(text, out value) || Fail(ref reader, JsonProblemKind.InvalidValue, $"'{Printable(text)}' is not {codes.Expected}.");
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

    /// <summary>Reads a whole number of at least <paramref name="minimum"/>: any JSON number whose value is whole
    /// (<c>3</c>, <c>3.0</c>, <c>3e0</c>, <c>0.3e1</c>, as JSON Schema's <c>integer</c> means it) up to
    /// <see cref="int.MaxValue"/>. Plain digits are canonical; other spellings are noted.</summary>
    internal bool Count(ref Utf8JsonReader reader, int minimum, out int value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            return WrongType(ref reader, $"a whole number of at least {minimum}");
        }

        if (!reader.HasValueSequence && reader.TryGetInt32(out value) && reader.ValueSpan.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0)
        {
            // Plain digits: the canonical form (no sign, fraction or exponent).
            return value >= minimum || Fail(ref reader, JsonProblemKind.InvalidValue, $"{value} is less than {minimum}.");
        }

        ReadOnlySpan<byte> number = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        switch (JsonNumbers.TryGetWhole(number, out long whole))
        {
            case JsonNumbers.Whole.NotWhole:
                return Fail(ref reader, JsonProblemKind.InvalidValue, $"'{Printable(number)}' is not a whole number.");
            case JsonNumbers.Whole.TooLarge:
                return Fail(ref reader, JsonProblemKind.InvalidValue, $"'{Printable(number)}' is out of range: at most {int.MaxValue}.");
        }

        if (whole < minimum)
        {
            return Fail(ref reader, JsonProblemKind.InvalidValue, $"{Printable(number)} is less than {minimum}.");
        }

        if (whole > int.MaxValue)
        {
            return Fail(ref reader, JsonProblemKind.InvalidValue, $"'{Printable(number)}' is out of range: at most {int.MaxValue}.");
        }

        value = (int)whole;
        NonCanonical(ref reader, number, value.ToString(CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    internal bool Boolean(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False || WrongType(ref reader, "true or false");
    }

    /// <summary>Reads an instant: RFC 3339 with any fraction of up to nine digits and <c>Z</c> or a numeric offset
    /// (normalised to UTC; the offset is not kept). The canonical form (<c>2022-01-24T12:00:00Z</c>, a fraction only
    /// when not zero, without trailing zeros) takes the fast path.</summary>
    internal bool Instant(ref Utf8JsonReader reader, out Instant value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return WrongType(ref reader, "a string (an instant such as '2022-01-24T12:00:00Z')");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped && NodaJson.TryParseInstant(reader.ValueSpan, out value))
        {
            return true;
        }

        Span<byte> buffer = stackalloc byte[MaxTextValueLength];
        if (!TryGetTextValue(ref reader, buffer, "an instant", out int copied))
        {
            return false;
        }

        ReadOnlySpan<byte> text = copied < 0 ? reader.ValueSpan : buffer[..copied];
        if (NodaJson.TryParseInstant(text, out value))
        {
            return true;
        }

        switch (NodaJson.TryParseRfc3339(text, out value))
        {
            case NodaJson.Rfc3339.Valid:
                Span<byte> canonical = stackalloc byte[NodaJson.MaxInstantLength];
                NodaJson.TryFormatInstant(value, canonical, out int written);
                NonCanonical(ref reader, text, Printable(canonical[..written]));
                return true;
            case NodaJson.Rfc3339.OutOfRange:
                return Fail(ref reader, JsonProblemKind.InvalidValue, $"'{Printable(text)}' is outside the years 0001–9999 once its offset is applied.");
            default:
                return Fail(ref reader, JsonProblemKind.InvalidValue, $"'{Printable(text)}' is not an RFC 3339 date-time such as '2022-01-24T12:00:00Z' (a fraction of up to nine digits and an offset such as '+03:00' are allowed).");
        }
    }

    /// <summary>Reads a TZDB time-zone identifier (any JSON escape allowed: <c>Asia\/Baghdad</c>).</summary>
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

        Span<byte> buffer = stackalloc byte[MaxTextValueLength];
        if (!TryGetTextValue(ref reader, buffer, "a time-zone id", out int copied))
        {
            return false;
        }

        ReadOnlySpan<byte> text = copied < 0 ? reader.ValueSpan : buffer[..copied];
        value = NodaJson.FindZone(text);
        return value is not null
            || Fail(ref reader, JsonProblemKind.InvalidValue, $"'{Printable(text)}' is not a time-zone id of TZDB {DateTimeZoneProviders.Tzdb.VersionId} (e.g. 'Asia/Baghdad').");
    }

    /// <summary>Reads an absolute URI (RFC 3986; see <see cref="WirePatterns.Uri"/>).</summary>
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

        return UriRules.TryCreate(text, out value)
            || Fail(ref reader, JsonProblemKind.InvalidValue, $"'{Printable(text)}' is not an absolute URI (RFC 3986: a scheme such as 'https:', ASCII only, spaces and other characters percent-encoded).");
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

        // The elements gather in a buffer and are copied once into an array of the exact length; for records and
        // text the buffer is this reader's, one per level of nesting, and used again by the next list.
        var buffer = new ElementBuffer<T>(this);
        int count = 0;
        bool ok = true;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Step();
                if (count == Options.MaxArrayLength)
                {
                    // Once, at the first element beyond the limit, with how many there are (the rest is skipped).
                    long offset = reader.TokenStartIndex;
                    long beyond = 0;
                    do
                    {
                        reader.Skip();
                        beyond++;
                    }
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray);

                    Utf8JsonReader at = reader;
                    FailAt(ref at, offset, JsonProblemKind.LimitExceeded, $"The array has {count + beyond} elements; the limit (MaxArrayLength) is {Options.MaxArrayLength}.");
                    return false;
                }

                _location.Push(count);
                if (element(this, ref reader, out T? item))
                {
                    // (In collecting mode a failed element leaves its slot empty; the array is then not used.)
                    buffer.Set(count, item);
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

            items = ImmutableCollectionsMarshal.AsImmutableArray(buffer.ToArray(count));
            return true;
        }
        finally
        {
            buffer.Release(count);
        }
    }

    /// <summary>The buffers of <see cref="ElementBuffer{T}"/> for reference types, by level of nesting.</summary>
    private readonly List<object?[]> _buffers = [];

    /// <summary>How many of <see cref="_buffers"/> are in use.</summary>
    private int _buffersInUse;

    /// <summary>Where <see cref="Array{T}"/> gathers elements: for a reference type, this reader's buffer at the
    /// current level of nesting (no allocation but the result); for a value type, an array of its own.</summary>
    private struct ElementBuffer<T>
    {
        /// <summary>The longest buffer kept for the next list.</summary>
        private const int MaxKept = 1024;

        private readonly IncidentReader _owner;
        private object?[]? _objects;
        private T[]? _values;

        internal ElementBuffer(IncidentReader owner)
        {
            _owner = owner;
            if (!typeof(T).IsValueType)
            {
                if (owner._buffersInUse == owner._buffers.Count)
                {
                    owner._buffers.Add(new object?[8]);
                }

                _objects = owner._buffers[owner._buffersInUse++];
            }
        }

        internal void Set(int index, T item)
        {
            if (_objects is not null)
            {
                if (index >= _objects.Length)
                {
                    System.Array.Resize(ref _objects, Math.Max(_objects.Length * 2, index + 1));
                }

                _objects[index] = item;
                return;
            }

            _values ??= new T[4];
            if (index >= _values.Length)
            {
                System.Array.Resize(ref _values, Math.Max(_values.Length * 2, index + 1));
            }

            _values[index] = item;
        }

        internal readonly T[] ToArray(int count)
        {
            if (count == 0)
            {
                return [];
            }

            if (_objects is not null)
            {
                // Element by element: Array.Copy from object[] to T[] checks the two array types on every call,
                // which costs more than the few casts of a short list.
                var result = new T[count];
                object?[] objects = _objects;
                for (int i = 0; i < result.Length && i < objects.Length; i++)
                {
                    result[i] = (T)objects[i]!;
                }

                return result;
            }

            return _values!.Length == count ? _values : _values.AsSpan(0, count).ToArray();
        }

        internal readonly void Release(int count)
        {
            if (_objects is null)
            {
                return;
            }

            // Keep nothing alive that the caller has finished with; keep a grown buffer unless it is large.
            System.Array.Clear(_objects, 0, Math.Min(count, _objects.Length));
            int level = --_owner._buffersInUse;
            if (_objects.Length <= MaxKept)
            {
                _owner._buffers[level] = _objects;
            }
        }
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
