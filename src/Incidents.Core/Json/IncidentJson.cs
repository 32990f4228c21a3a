using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Incidents.Core.Json;

/// <summary>Reads and writes incidents in the wire format (see <c>Json/FORMAT.md</c> in the package): one incident,
/// an array of incidents, or NDJSON (one incident per line). The one place to start.</summary>
/// <remarks>
/// <para>Writing always emits the canonical form, so that equal incidents give byte-identical JSON. Reading accepts
/// the canonical form, properties in any order, and documents of a newer minor version: their unknown properties
/// are kept as <see cref="ExtensionProperty"/> values and written back. A document of another major version is
/// rejected.</para>
/// <para>Every reading method throws <see cref="JsonException"/> — never anything else — for a document it cannot
/// read, with <see cref="JsonException.Path"/> (e.g. <c>$.casualties[2].range.low</c>),
/// <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> (both zero-based) and a
/// message that says what was expected. <see cref="IncidentJsonOptions"/> bounds what an untrusted document may
/// cost.</para>
/// </remarks>
/// <example>
/// <code>
/// string json = IncidentJson.Serialize(incident);
/// Incident again = IncidentJson.Deserialize(json);
/// await foreach (Incident each in IncidentJson.ReadNdjsonAsync(stream)) { … }
/// </code>
/// </example>
public static class IncidentJson
{
    private const byte NewLine = (byte)'\n';
    private const int FlushThreshold = 64 * 1024;

    /// <summary>Gets the <see cref="JsonSerializerOptions"/> of the wire format with the default limits, for use
    /// with <see cref="JsonSerializer"/> (<c>JsonSerializer.Deserialize&lt;Incident&gt;(json,
    /// IncidentJson.Options)</c>). Read-only; trimming- and Native AOT-safe.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(IncidentJsonOptions.Default);

    /// <summary>Gets the type information for <see cref="Incident"/> in <see cref="Options"/>: what to pass to
    /// <see cref="JsonSerializer"/> in trimmed and Native AOT applications, where the overloads that take only
    /// options are not available (<c>JsonSerializer.Serialize(incident, IncidentJson.IncidentTypeInfo)</c>).</summary>
    public static JsonTypeInfo<Incident> IncidentTypeInfo { get; } = (JsonTypeInfo<Incident>)Options.GetTypeInfo(typeof(Incident));

    /// <summary>Creates <see cref="JsonSerializerOptions"/> of the wire format with the given limits and
    /// leniencies.</summary>
    /// <param name="settings">The limits and leniencies.</param>
    /// <returns>New read-only options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is <see langword="null"/>.</exception>
    public static JsonSerializerOptions CreateOptions(IncidentJsonOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new JsonSerializerOptions(IncidentJsonContext.Default.Options)
        {
            TypeInfoResolver = IncidentJsonContext.Default,
            MaxDepth = settings.MaxDepth,
            ReadCommentHandling = settings.AllowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
            AllowTrailingCommas = settings.AllowTrailingCommas,
            WriteIndented = settings.WriteIndented,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = MinimalJsonEncoder.Instance,
            AllowDuplicateProperties = false,
        };
        options.AddIncidentsConverters(settings);
        options.MakeReadOnly();
        return options;
    }

    // ----- writing -----------------------------------------------------------------------------------------------

    /// <summary>Writes an incident as a JSON string in the canonical form.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="settings">Output settings (<see cref="IncidentJsonOptions.WriteIndented"/>);
    /// <see langword="null"/> for the defaults (compact).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is <see langword="null"/>.</exception>
    public static string Serialize(Incident incident, IncidentJsonOptions? settings = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(settings, indented: null)))
        {
            IncidentWriter.WriteIncident(writer, incident);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes an incident as UTF-8 JSON bytes in the canonical form.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="settings">Output settings; <see langword="null"/> for the defaults (compact).</param>
    /// <returns>The UTF-8 JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is <see langword="null"/>.</exception>
    public static byte[] SerializeToUtf8Bytes(Incident incident, IncidentJsonOptions? settings = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(settings, indented: null)))
        {
            IncidentWriter.WriteIncident(writer, incident);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes an incident to a <see cref="Utf8JsonWriter"/> (as a value: at the start, in an array or after
    /// a property name). The writer's own options (encoder, indentation) apply; reuse one writer with
    /// <see cref="Utf8JsonWriter.Reset(IBufferWriter{byte})"/> to write without allocating.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="incident">The incident.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Serialize(Utf8JsonWriter writer, Incident incident)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(incident);
        IncidentWriter.WriteIncident(writer, incident);
    }

    /// <summary>Writes an incident to a stream as UTF-8 JSON in the canonical form.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="incident">The incident.</param>
    /// <param name="settings">Output settings; <see langword="null"/> for the defaults (compact).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the JSON is written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="incident"/> is <see langword="null"/>.</exception>
    public static async Task SerializeAsync(Stream stream, Incident incident, IncidentJsonOptions? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(incident);
        byte[] bytes = SerializeToUtf8Bytes(incident, settings);
        await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes incidents to a stream as one JSON array, streaming: memory stays bounded by the largest
    /// incident, however many there are.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="incidents">The incidents.</param>
    /// <param name="settings">Output settings; <see langword="null"/> for the defaults (compact).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the array is written and flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="settings"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="incidents"/> yields <see langword="null"/>.</exception>
    public static async Task WriteArrayAsync(Stream stream, IAsyncEnumerable<Incident> incidents, IncidentJsonOptions? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(incidents);
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        await using var writer = new Utf8JsonWriter(buffer, WriterOptions(settings, indented: null));
        writer.WriteStartArray();
        await foreach (Incident incident in incidents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            IncidentWriter.WriteIncident(writer, incident ?? throw new ArgumentException("The sequence contains null.", nameof(incidents)));
            if (writer.BytesPending + buffer.WrittenCount >= FlushThreshold)
            {
                writer.Flush();
                await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }
        }

        writer.WriteEndArray();
        writer.Flush();
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc cref="WriteArrayAsync(Stream, IAsyncEnumerable{Incident}, IncidentJsonOptions?, CancellationToken)"/>
    public static Task WriteArrayAsync(Stream stream, IEnumerable<Incident> incidents, IncidentJsonOptions? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        return WriteArrayAsync(stream, ToAsync(incidents), settings, cancellationToken);
    }

    /// <summary>Writes incidents as NDJSON: one compact incident per line, each line ended by <c>\n</c>, streaming
    /// (memory bounded by the largest incident).</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="incidents">The incidents.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every line is written and flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="incidents"/> yields <see langword="null"/>.</exception>
    public static async Task WriteNdjsonAsync(Stream stream, IAsyncEnumerable<Incident> incidents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(incidents);
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        await using var writer = new Utf8JsonWriter(buffer, WriterOptions(null, indented: false));
        await foreach (Incident incident in incidents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            WriteLine(writer, buffer, incident ?? throw new ArgumentException("The sequence contains null.", nameof(incidents)));
            if (buffer.WrittenCount >= FlushThreshold)
            {
                await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }
        }

        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc cref="WriteNdjsonAsync(Stream, IAsyncEnumerable{Incident}, CancellationToken)"/>
    public static Task WriteNdjsonAsync(Stream stream, IEnumerable<Incident> incidents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        return WriteNdjsonAsync(stream, ToAsync(incidents), cancellationToken);
    }

    // ----- reading -----------------------------------------------------------------------------------------------

    /// <summary>Reads one incident from JSON text.</summary>
    /// <param name="json">The JSON text of one incident.</param>
    /// <param name="settings">Limits and leniencies; <see langword="null"/> for the defaults.</param>
    /// <returns>The incident.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not an incident of a supported version, or holds an unpaired
    /// surrogate (it has no UTF-8 form), with where and why.</exception>
    public static Incident Deserialize(string json, IncidentJsonOptions? settings = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        // Strict transcoding: an unpaired surrogate in the text is an error, not a silent U+FFFD.
        byte[] rented = ArrayPool<byte>.Shared.Rent(Math.Max(256, checked(json.Length * 3)));
        try
        {
            OperationStatus status = System.Text.Unicode.Utf8.FromUtf16(json, rented, out int read, out int length, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                (long line, long column) = Position(rented.AsSpan(0, length), length);
                throw new JsonException(
                    $"The text holds an unpaired surrogate (U+{(int)json[read]:X4} at index {read}): it is not Unicode text and has no UTF-8 form. Path: $ | LineNumber: {line} | BytePositionInLine: {column}.",
                    "$", line, column);
            }

            return Deserialize(rented.AsSpan(0, length), settings);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads one incident from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 JSON of one incident.</param>
    /// <param name="settings">Limits and leniencies; <see langword="null"/> for the defaults.</param>
    /// <returns>The incident.</returns>
    /// <exception cref="JsonException">The bytes are not an incident of a supported version, with where and why.</exception>
    public static Incident Deserialize(ReadOnlySpan<byte> utf8Json, IncidentJsonOptions? settings = null)
    {
        settings ??= IncidentJsonOptions.Default;
        if (utf8Json.Length > settings.MaxDocumentLength)
        {
            throw new JsonException($"The document is {utf8Json.Length} bytes long; the limit (MaxDocumentLength) is {settings.MaxDocumentLength}.", "$", 0, 0);
        }

        return ReadDocument(utf8Json, settings, lineOffset: 0);
    }

    /// <summary>Reads one incident from a stream of UTF-8 JSON (to its end).</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="settings">Limits and leniencies; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The incident.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The content is not an incident of a supported version, or is longer than
    /// <see cref="IncidentJsonOptions.MaxDocumentLength"/>.</exception>
    public static async Task<Incident> DeserializeAsync(Stream stream, IncidentJsonOptions? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        settings ??= IncidentJsonOptions.Default;
        using var content = new MemoryStream();
        byte[] chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (content.Length + read > settings.MaxDocumentLength)
                {
                    throw new JsonException($"The document is longer than the limit (MaxDocumentLength) of {settings.MaxDocumentLength} bytes.", "$", 0, 0);
                }

                content.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return ReadDocument(content.GetBuffer().AsSpan(0, (int)content.Length), settings, lineOffset: 0);
    }

    /// <summary>Reads a JSON array of incidents from a stream, one incident at a time: memory stays bounded by the
    /// largest incident, however long the array.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="settings">Limits and leniencies; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The incidents, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">(While enumerating, after the elements before it were yielded) the content is
    /// not an array of incidents, or an element is longer than <see cref="IncidentJsonOptions.MaxDocumentLength"/>;
    /// <see cref="JsonException.Path"/> names the element and the place inside it (<c>$[3].casualties[0].kind</c>),
    /// <see cref="JsonException.LineNumber"/> the zero-based line of the stream.</exception>
    public static IAsyncEnumerable<Incident> ReadArrayAsync(Stream stream, IncidentJsonOptions? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadArrayCore(stream, settings ?? IncidentJsonOptions.Default, cancellationToken);
    }

    /// <summary>Reads NDJSON (one incident per line, <c>\n</c> or <c>\r\n</c> line ends, blank lines skipped) from
    /// a stream, one line at a time: memory stays bounded by the longest line, however long the file.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="settings">Limits and leniencies; <see langword="null"/> for the defaults.
    /// <see cref="IncidentJsonOptions.MaxDocumentLength"/> bounds a line.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The incidents, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">(While enumerating) a line is not an incident; <see cref="JsonException.LineNumber"/>
    /// is the zero-based line of the file.</exception>
    public static IAsyncEnumerable<Incident> ReadNdjsonAsync(Stream stream, IncidentJsonOptions? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadNdjsonCore(stream, settings ?? IncidentJsonOptions.Default, cancellationToken);
    }

    // ----- internals ---------------------------------------------------------------------------------------------

    /// <summary>The options of the library's own writers. Structural validation is off: the hand-written writer
    /// always writes well-formed JSON (every test reads its output back), and the checks cost about 7%.</summary>
    internal static JsonWriterOptions WriterOptions(IncidentJsonOptions? settings, bool? indented) => new()
    {
        Encoder = MinimalJsonEncoder.Instance,
        SkipValidation = true,
        Indented = indented ?? settings?.WriteIndented ?? false,
        IndentSize = 2,
        NewLine = "\n",
        MaxDepth = settings?.MaxDepth ?? IncidentJsonOptions.Default.MaxDepth,
    };

    internal static JsonReaderOptions ReaderOptions(IncidentJsonOptions settings) => new()
    {
        MaxDepth = settings.MaxDepth,
        CommentHandling = settings.AllowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
        AllowTrailingCommas = settings.AllowTrailingCommas,
    };

    internal static void WriteLine(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, Incident incident)
    {
        writer.Reset(buffer);
        IncidentWriter.WriteIncident(writer, incident);
        writer.Flush();
        buffer.GetSpan(1)[0] = NewLine;
        buffer.Advance(1);
    }

    /// <summary>Reads one document that fills <paramref name="utf8Json"/>; <paramref name="lineOffset"/> is added to
    /// reported line numbers (NDJSON).</summary>
    internal static Incident ReadDocument(ReadOnlySpan<byte> utf8Json, IncidentJsonOptions settings, long lineOffset)
    {
        ReadOnlySpan<byte> content = utf8Json;
        if (content.StartsWith("\uFEFF"u8))
        {
            if (!settings.AllowByteOrderMark)
            {
                throw new JsonException(
                    $"The document starts with a UTF-8 byte order mark (EF BB BF), which RFC 8259 forbids; remove it or set {nameof(IncidentJsonOptions.AllowByteOrderMark)}. Path: $ | LineNumber: {lineOffset} | BytePositionInLine: 0.",
                    "$", lineOffset, 0);
            }

            content = content[3..];
        }

        IncidentReader reader = IncidentReader.Rent(settings);
        var json = new Utf8JsonReader(content, ReaderOptions(settings));
        try
        {
            if (!json.Read())
            {
                throw new JsonException($"The document is empty; expected an incident object. Path: $ | LineNumber: {lineOffset} | BytePositionInLine: 0.", "$", lineOffset, 0);
            }

            reader.ReadIncident(ref json, out Incident? incident);
            if (json.Read())
            {
                // Utf8JsonReader reports a second value itself; this covers a trailing comment when comments are allowed.
                throw new JsonException("Unexpected content after the incident object.", "$", lineOffset, 0);
            }

            return incident!;
        }
        catch (IncidentReadException e)
        {
            (long line, long column) = Position(content, e.Problem.Offset);
            string path = e.Problem.JsonPath;
            throw new JsonException(
                $"{e.Problem.Message} Path: {path} | LineNumber: {line + lineOffset} | BytePositionInLine: {column}.",
                path, line + lineOffset, column, e);
        }
        catch (JsonException e) when (e.Path is null)
        {
            // A syntax error from Utf8JsonReader: it knows the line and position; add the path.
            string path = reader.Location.ToJsonPath();
            string message = e.Message;
            int suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = suffix > 0 ? message[..suffix] : message;
            long line = (e.LineNumber ?? 0) + lineOffset;
            throw new JsonException($"{message} Path: {path} | LineNumber: {line} | BytePositionInLine: {e.BytePositionInLine ?? 0}.", path, line, e.BytePositionInLine, e);
        }
    }

    /// <summary>Turns a byte offset into a zero-based line and byte position in that line.</summary>
    internal static (long Line, long Column) Position(ReadOnlySpan<byte> utf8Json, long offset)
    {
        ReadOnlySpan<byte> before = utf8Json[..(int)Math.Clamp(offset, 0, utf8Json.Length)];
        int line = before.Count(NewLine);
        int lastNewLine = before.LastIndexOf(NewLine);
        return (line, before.Length - lastNewLine - 1);
    }

    private static async IAsyncEnumerable<Incident> ReadArrayCore(Stream stream, IncidentJsonOptions settings, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The payload validator's scanner finds each element without parsing it, so each is read (and fails) on its
        // own, in memory bounded by MaxDocumentLength, and the elements before a broken one are yielded first.
        using var input = new Validation.PayloadBuffer(stream);
        var scanner = new Validation.ArrayElementScanner(settings.MaxDocumentLength, settings.AllowTrailingCommas);
        await foreach (Validation.ArrayElementScanner.Element element in scanner.ScanAsync(input, cancellationToken).ConfigureAwait(false))
        {
            yield return element.Kind switch
            {
                Validation.ArrayElementScanner.ElementKind.Document => ReadElement(input.SliceMemory(element.Start, element.Length).Span, settings, element),
                Validation.ArrayElementScanner.ElementKind.TooLong => throw new JsonException(
                    $"The element is longer than the limit (MaxDocumentLength) of {settings.MaxDocumentLength} bytes. Path: $[{element.Index}] | LineNumber: {element.Line - 1} | BytePositionInLine: {element.Column - 1}.",
                    $"$[{element.Index}]", element.Line - 1, element.Column - 1),
                _ => throw new JsonException(
                    $"{element.Message} Path: $ | LineNumber: {element.Line - 1} | BytePositionInLine: {element.Column - 1}.", "$", element.Line - 1, element.Column - 1),
            };
        }
    }

    private static Incident ReadElement(ReadOnlySpan<byte> utf8Json, IncidentJsonOptions settings, Validation.ArrayElementScanner.Element element)
    {
        try
        {
            return ReadDocument(utf8Json, settings, element.Line - 1);
        }
        catch (JsonException e)
        {
            // Name the element in the path: "$.casualties[0]" of element 3 is "$[3].casualties[0]".
            string path = $"$[{element.Index}]{(e.Path ?? "$")[1..]}";
            string message = e.Message;
            int suffix = message.IndexOf(" Path: ", StringComparison.Ordinal);
            message = suffix > 0 ? message[..suffix] : message;
            long column = (e.LineNumber ?? 0) == element.Line - 1 ? (e.BytePositionInLine ?? 0) + element.Column - 1 : e.BytePositionInLine ?? 0;
            throw new JsonException($"{message} Path: {path} | LineNumber: {e.LineNumber} | BytePositionInLine: {column}.", path, e.LineNumber, column, e);
        }
    }

    private static async IAsyncEnumerable<Incident> ReadNdjsonCore(Stream stream, IncidentJsonOptions settings, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var lines = new NdjsonLineReader(stream, settings.MaxDocumentLength);
        while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!lines.IsBlank)
            {
                yield return ReadDocument(lines.Line.Span, settings, lines.LineIndex);
            }
        }
    }

    private static async IAsyncEnumerable<Incident> ToAsync(IEnumerable<Incident> incidents)
    {
        foreach (Incident incident in incidents)
        {
            yield return incident;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
