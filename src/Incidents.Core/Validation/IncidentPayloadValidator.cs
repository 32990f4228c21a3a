using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Incidents.Core.Json;
using NodaTime;

namespace Incidents.Core.Validation;

/// <summary>Validates raw UTF-8 payloads of incidents — one document, an array, or NDJSON — and reports every problem
/// it can find: syntax errors (which end that document only: the next NDJSON line or array element is read as
/// usual), wrong JSON types, missing and unknown properties, values that fail their parsers, broken invariants, and
/// then the object rules of <see cref="IncidentValidator"/> on every document that could be read. Every issue has a
/// code, a JSON Pointer relative to its document and a one-based line and column in the payload.</summary>
/// <remarks>Never throws for bad input. Streams: memory is bounded by the largest document and
/// <see cref="PayloadValidationOptions.MaxIssuesKept"/>, not by the payload.</remarks>
/// <example>
/// <code>
/// var validator = new IncidentPayloadValidator(SystemClock.Instance);
/// PayloadValidationReport report = await validator.ValidateFileAsync("incidents.ndjson");
/// Console.WriteLine($"{report.Summary.Valid} of {report.Summary.Documents} valid");
/// foreach (ValidationIssue issue in report.Issues) Console.WriteLine(issue);
/// </code>
/// </example>
/// <threadsafety>Immutable; one validator can be used from many threads.</threadsafety>
public sealed class IncidentPayloadValidator
{
    private const int ChunkSize = 64 * 1024;

    private readonly IncidentValidator _rules;

    /// <summary>Creates a payload validator.</summary>
    /// <param name="clock">The source of "now" for the object rules.</param>
    /// <param name="options">How to read and judge; <see langword="null"/> for <see cref="PayloadValidationOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    public IncidentPayloadValidator(IClock clock, PayloadValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Options = options ?? PayloadValidationOptions.Default;
        _rules = new IncidentValidator(clock, Options.Rules);
    }

    /// <summary>Gets the options.</summary>
    public PayloadValidationOptions Options { get; }

    /// <summary>Validates a payload held in memory.</summary>
    /// <param name="utf8">The payload, UTF-8.</param>
    /// <returns>The report.</returns>
    public PayloadValidationReport Validate(ReadOnlySpan<byte> utf8)
    {
        using var stream = new MemoryStream(utf8.ToArray(), writable: false);
        return ValidateAsync(stream).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Validates a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be read (the only exceptions besides cancellation: they are
    /// about the file, not its content).</exception>
    public async ValueTask<PayloadValidationReport> ValidateFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, useAsync: true);
        return await ValidateAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Validates a payload read from a stream and collects a report: the documents with issues, and the
    /// summary.</summary>
    /// <param name="utf8">The stream of UTF-8; left open.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is <see langword="null"/>.</exception>
    public async ValueTask<PayloadValidationReport> ValidateAsync(Stream utf8, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        var documents = new List<DocumentValidation>();
        var byCode = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long count = 0, valid = 0, kept = 0, notKept = 0;
        bool payloadValid = true;
        var format = new StrongBox<PayloadFormat>(Options.Format);
        await foreach (DocumentValidation document in ValidateDocumentsCore(utf8, format, cancellationToken).ConfigureAwait(false))
        {
            // Index -1: an issue of the payload itself (an array's structure), not of a document.
            count += document.Index >= 0 ? 1 : 0;
            valid += document.Index >= 0 && document.IsValid ? 1 : 0;
            payloadValid &= document.Index >= 0 || document.IsValid;
            foreach (ValidationIssue issue in document.Result.Issues)
            {
                byCode[issue.Code] = byCode.GetValueOrDefault(issue.Code) + 1;
            }

            if (document.Result.Issues.IsEmpty)
            {
                continue;
            }

            int room = (int)Math.Max(0, Options.MaxIssuesKept - kept);
            EquatableArray<ValidationIssue> issues = document.Result.Issues;
            if (issues.Count > room)
            {
                notKept += issues.Count - room;
                issues = [.. issues.AsImmutableArray().Take(room)];
            }

            kept += issues.Count;
            if (!issues.IsEmpty)
            {
                documents.Add(new DocumentValidation(document.Index, document.Line, new ValidationResult(issues, document.Result.FailAt), incident: null));
            }
        }

        var summary = new PayloadValidationSummary(format.Value, count, valid, [.. byCode.Select(e => new CodeCount(e.Key, e.Value))], notKept);
        return new PayloadValidationReport([.. documents], summary, Options.Rules.FailAt, payloadValid);
    }

    /// <summary>Validates a payload document by document, as it streams: each result comes with the incident when the
    /// document could be read, so one pass can validate and import.</summary>
    /// <param name="utf8">The stream of UTF-8; left open.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>One result per document, in payload order; then, when the check across documents
    /// (<see cref="PayloadValidationOptions.CheckAcrossDocuments"/>) finds part-of references that do not resolve or
    /// that loop, one result with <see cref="DocumentValidation.Index"/> −1 holding those issues (their lines and columns
    /// point into the documents that make the references).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is <see langword="null"/>.</exception>
    public IAsyncEnumerable<DocumentValidation> ValidateDocumentsAsync(Stream utf8, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        return ValidateDocumentsCore(utf8, new StrongBox<PayloadFormat>(Options.Format), cancellationToken);
    }

    private async IAsyncEnumerable<DocumentValidation> ValidateDocumentsCore(Stream utf8, StrongBox<PayloadFormat> format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var input = new PayloadBuffer(utf8);
        if (format.Value == PayloadFormat.Auto)
        {
            format.Value = await DetectAsync(input, cancellationToken).ConfigureAwait(false);
        }

        var validation = new DocumentValidator(this);
        switch (format.Value)
        {
            case PayloadFormat.Ndjson:
                await foreach (DocumentValidation document in ValidateMany(NdjsonPieces(input, cancellationToken), validation, cancellationToken).ConfigureAwait(false))
                {
                    yield return document;
                }

                break;
            case PayloadFormat.Array:
                await foreach (DocumentValidation document in ValidateMany(ArrayPieces(input, cancellationToken), validation, cancellationToken).ConfigureAwait(false))
                {
                    yield return document;
                }

                break;
            default:
                yield return await ValidateSingle(input, validation, cancellationToken).ConfigureAwait(false);
                break;
        }

        if (validation.AcrossDocuments() is { } across)
        {
            yield return across;
        }
    }

    private static async ValueTask<PayloadFormat> DetectAsync(PayloadBuffer input, CancellationToken cancellationToken)
    {
        // Look at the start: '[' is an array; a first line that holds one whole JSON value is NDJSON.
        await input.FillAsync(ChunkSize, cancellationToken).ConfigureAwait(false);
        ReadOnlySpan<byte> start = input.Pending.Span;
        if (start.StartsWith("\uFEFF"u8))
        {
            start = start[3..];
        }

        int first = start.IndexOfAnyExcept(" \t\r\n"u8);
        if (first >= 0 && start[first] == (byte)'[')
        {
            return PayloadFormat.Array;
        }

        // NDJSON: the first non-blank line is one whole JSON value — or it is broken, and the next non-blank line
        // starts a whole object on its own. A pretty-printed document's second line is a property, never that.
        start = first >= 0 ? start[first..] : default;
        int newLine = start.IndexOf((byte)'\n');
        if (newLine < 0)
        {
            return PayloadFormat.Document;
        }

        if (IsOneValue(start[..newLine]))
        {
            return PayloadFormat.Ndjson;
        }

        ReadOnlySpan<byte> rest = start[(newLine + 1)..];
        int next = rest.IndexOfAnyExcept(" \t\r\n"u8);
        if (next < 0 || rest[next] != (byte)'{')
        {
            return PayloadFormat.Document;
        }

        rest = rest[next..];
        int end = rest.IndexOf((byte)'\n');
        return end >= 0 && IsOneValue(rest[..end]) ? PayloadFormat.Ndjson : PayloadFormat.Document;
    }

    private static bool IsOneValue(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, isFinalBlock: true, default);
        try
        {
            return reader.Read() && reader.TrySkip() && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async ValueTask<DocumentValidation> ValidateSingle(PayloadBuffer input, DocumentValidator validation, CancellationToken cancellationToken)
    {
        int max = Options.Json.MaxDocumentLength;
        while (!input.EndOfStream && input.Pending.Length <= max)
        {
            await input.FillAsync(input.Pending.Length + ChunkSize, cancellationToken).ConfigureAwait(false);
        }

        if (input.Pending.Length > max)
        {
            return validation.TooLong(0, 1, max);
        }

        return validation.Complete(validation.Checker.Check(input.Pending.Span, 0, 1, 1, cancellationToken), input.Pending.Span);
    }

    /// <summary>The documents of a payload of many (NDJSON or an array), judged one after another, or
    /// <see cref="PayloadValidationOptions.MaxDegreeOfParallelism"/> at a time — with the same results, in the same
    /// order.</summary>
    private IAsyncEnumerable<DocumentValidation> ValidateMany(IAsyncEnumerable<Piece> pieces, DocumentValidator validation, CancellationToken cancellationToken) =>
        Options.MaxDegreeOfParallelism > 1
            ? ValidateInParallel(pieces, validation, cancellationToken)
            : ValidateInOrder(pieces, validation, cancellationToken);

    private static async IAsyncEnumerable<DocumentValidation> ValidateInOrder(IAsyncEnumerable<Piece> pieces, DocumentValidator validation, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (Piece piece in pieces.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return piece.Kind == PieceKind.Document
                ? validation.Complete(validation.Checker.Check(piece.Bytes.Span, piece.Index, piece.Line, piece.Column, cancellationToken), piece.Bytes.Span)
                : validation.Of(piece);
        }
    }

    /// <summary>Documents copied into batches that worker threads check (reading, rules — the work of one document
    /// alone), while this thread reads on and then completes each batch in payload order (the check across documents,
    /// which needs them in order). At most twice as many batches as workers are in flight, so memory stays bounded.</summary>
    private async IAsyncEnumerable<DocumentValidation> ValidateInParallel(IAsyncEnumerable<Piece> pieces, DocumentValidator validation, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int inFlight = Options.MaxDegreeOfParallelism * 2;
        var checkers = new ConcurrentBag<DocumentChecker>();
        var running = new Queue<(DocumentBatch Batch, Task Checked)>();
        var batch = new DocumentBatch();
        try
        {
            await foreach (Piece piece in pieces.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                batch.Add(piece);
                if (!batch.IsFull)
                {
                    continue;
                }

                DocumentBatch full = batch;
                running.Enqueue((full, Task.Run(() => full.Check(checkers, this, cancellationToken), cancellationToken)));
                batch = new DocumentBatch();
                if (running.Count < inFlight)
                {
                    continue;
                }

                (DocumentBatch done, Task task) = running.Dequeue();
                await task.ConfigureAwait(false);
                foreach (DocumentValidation document in done.Complete(validation))
                {
                    yield return document;
                }

                done.Dispose();
            }

            DocumentBatch last = batch;
            running.Enqueue((last, Task.Run(() => last.Check(checkers, this, cancellationToken), cancellationToken)));
            while (running.TryDequeue(out (DocumentBatch Batch, Task Checked) next))
            {
                await next.Checked.ConfigureAwait(false);
                foreach (DocumentValidation document in next.Batch.Complete(validation))
                {
                    yield return document;
                }

                next.Batch.Dispose();
            }
        }
        finally
        {
            // Stopped early (cancelled, or the caller stopped reading): the batches still being checked hold rented
            // buffers; wait for them before the buffers go back.
            while (running.TryDequeue(out (DocumentBatch Batch, Task Checked) left))
            {
                await Task.WhenAny(left.Checked).ConfigureAwait(false);
                left.Batch.Dispose();
            }

            batch.Dispose();
        }
    }

    private async IAsyncEnumerable<Piece> NdjsonPieces(PayloadBuffer input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var lines = new NdjsonLineReader(input.AsStream(), Options.Json.MaxDocumentLength, throwOnLongLine: false);
        long index = 0;
        while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false))
        {
            if (lines.LineTooLong)
            {
                yield return new Piece(PieceKind.TooLong, default, index++, lines.LineIndex + 1, 1, null);
            }
            else if (!lines.IsBlank)
            {
                yield return new Piece(PieceKind.Document, lines.Line, index++, lines.LineIndex + 1, 1, null);
            }
        }
    }

    private async IAsyncEnumerable<Piece> ArrayPieces(PayloadBuffer input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scanner = new ArrayElementScanner(Options.Json.MaxDocumentLength, Options.Json.AllowTrailingCommas);
        await foreach (ArrayElementScanner.Element element in scanner.ScanAsync(input, cancellationToken).ConfigureAwait(false))
        {
            yield return element.Kind switch
            {
                ArrayElementScanner.ElementKind.Document => new Piece(PieceKind.Document, input.SliceMemory(element.Start, element.Length), element.Index, element.Line, element.Column, null),
                ArrayElementScanner.ElementKind.TooLong => new Piece(PieceKind.TooLong, default, element.Index, element.Line, element.Column, null),
                _ => new Piece(PieceKind.Structure, default, -1, element.Line, element.Column, element.Message),
            };
        }
    }

    private enum PieceKind
    {
        Document,
        TooLong,
        Structure,
    }

    /// <summary>One document of a payload (its bytes valid until the next piece is asked for), or one that is too
    /// long to read, or a fault in the array's structure.</summary>
    private readonly record struct Piece(PieceKind Kind, ReadOnlyMemory<byte> Bytes, long Index, long Line, long Column, string? Message);

    /// <summary>Pieces whose documents are copied into one rented buffer, checked together on a worker thread.</summary>
    private sealed class DocumentBatch : IDisposable
    {
        private const int TargetBytes = 32 * 1024;
        private const int TargetDocuments = 16;

        private readonly List<(Piece Piece, int Offset)> _pieces = [];
        private byte[] _buffer = [];
        private int _length;
        private CheckedDocument[] _checked = [];

        public bool IsFull => _length >= TargetBytes || _pieces.Count >= TargetDocuments;

        public void Add(Piece piece)
        {
            ReadOnlySpan<byte> bytes = piece.Bytes.Span;
            if (_length + bytes.Length > _buffer.Length)
            {
                byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(_length + bytes.Length, TargetBytes + (TargetBytes / 4)));
                _buffer.AsSpan(0, _length).CopyTo(larger);
                Return();
                _buffer = larger;
            }

            bytes.CopyTo(_buffer.AsSpan(_length));
            _pieces.Add((piece with { Bytes = default }, _length));
            _length += bytes.Length;
        }

        public void Check(ConcurrentBag<DocumentChecker> checkers, IncidentPayloadValidator owner, CancellationToken cancellationToken)
        {

            DocumentChecker checker = checkers.TryTake(out DocumentChecker? idle) ? idle : new DocumentChecker(owner);
            _checked = new CheckedDocument[_pieces.Count];
            for (int i = 0; i < _pieces.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                (Piece piece, int offset) = _pieces[i];
                if (piece.Kind == PieceKind.Document)
                {
                    _checked[i] = checker.Check(_buffer.AsSpan(offset, End(i) - offset), piece.Index, piece.Line, piece.Column, cancellationToken);
                }
            }

            checkers.Add(checker);
        }

        public IEnumerable<DocumentValidation> Complete(DocumentValidator validation)
        {
            for (int i = 0; i < _pieces.Count; i++)
            {
                (Piece piece, int offset) = _pieces[i];
                yield return piece.Kind == PieceKind.Document
                    ? validation.Complete(_checked[i], _buffer.AsSpan(offset, End(i) - offset))
                    : validation.Of(piece);
            }
        }

        public void Dispose()
        {
            Return();
            _buffer = [];
        }

        private int End(int i) => i + 1 < _pieces.Count ? _pieces[i + 1].Offset : _length;

        private void Return()
        {
            if (_buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }
        }
    }

    /// <summary>What checking one document alone gave: its issues so far, the incident when it could be read, and how
    /// many issues were counted but not listed.</summary>
    private sealed record CheckedDocument(long Index, long Line, long Column, int Bom, List<ValidationIssue> Issues, Incident? Incident, long Unlisted);

    /// <summary>Reads and judges one document alone, reusing one reader: the part of the work that needs no other
    /// document, so that one checker per thread can run at once.</summary>
    private sealed class DocumentChecker(IncidentPayloadValidator owner)
    {
        private readonly IncidentReader _reader = new(owner.Options.Json) { Problems = [], MaxProblems = owner.Options.MaxIssuesPerDocument, DeclaredPrefixes = owner.Options.DeclaredExtensionPrefixes };
        private readonly JsonReaderOptions _readerOptions = IncidentJson.ReaderOptions(owner.Options.Json);

        internal CheckedDocument Check(ReadOnlySpan<byte> document, long index, long line, long column, CancellationToken cancellationToken)
        {
            _reader.Cancellation = cancellationToken;
            var issues = new List<ValidationIssue>();
            List<JsonReadProblem> problems = _reader.Problems!;
            problems.Clear();
            _reader.UnlistedProblems = 0;
            _reader.Location.Clear();
            Incident? incident = null;
            ReadOnlySpan<byte> content = document;
            int bom = 0;
            if (content.StartsWith("\uFEFF"u8))
            {
                if (!owner.Options.Json.AllowByteOrderMark)
                {
                    issues.Add(new ValidationIssue(ValidationCodes.JsonEncoding, string.Empty, "The document starts with a UTF-8 byte order mark (EF BB BF), which RFC 8259 forbids; the rest was read as if it were absent.") { Line = line, Column = column });
                }

                bom = 3;
                content = content[3..];
            }

            var json = new Utf8JsonReader(content, _readerOptions);
            try
            {
                if (!json.Read())
                {
                    problems.Add(new JsonReadProblem(JsonProblemKind.Syntax, string.Empty, "$", "The document is empty; expected an incident object.", 0));
                }
                else
                {
                    bool read = _reader.ReadIncident(ref json, out incident);
                    if (json.Read())
                    {
                        problems.Add(new JsonReadProblem(JsonProblemKind.Syntax, string.Empty, "$", "Unexpected content after the incident object.", json.TokenStartIndex));
                        incident = null;
                    }
                    else if (!read)
                    {
                        incident = null;
                    }
                }
            }
            catch (JsonException e)
            {
                // A syntax error, or nesting beyond MaxDepth: Utf8JsonReader cannot go on within this document.
                incident = null;
                long offset = OffsetOf(content, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
                if (IsBeyondMaxDepth(content, ref json, _readerOptions))
                {
                    problems.Add(new JsonReadProblem(JsonProblemKind.LimitExceeded, _reader.Location.ToPointer(), _reader.Location.ToJsonPath(), $"An object or array here would nest {_readerOptions.MaxDepth + 1} deep; the limit (MaxDepth) is {_readerOptions.MaxDepth}.", offset));
                }
                else
                {
                    string message = e.Message;
                    int suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
                    problems.Add(new JsonReadProblem(JsonProblemKind.Syntax, _reader.Location.ToPointer(), _reader.Location.ToJsonPath(), suffix > 0 ? message[..suffix] : message, offset));
                }
            }

            foreach (JsonReadProblem problem in problems)
            {
                (ValidationCode code, ValidationSeverity? severity) = Classify(problem.Kind);

                // The reader notices a missing property or a broken invariant at the end of its object; point at the
                // object or the property instead.
                long offset = problem.Kind is JsonProblemKind.MissingProperty or JsonProblemKind.Invariant
                    ? JsonPointerLocator.Find(content, problem.Pointer, _readerOptions)
                    : problem.Offset;
                (long l, long c) = DocumentValidator.Place(content, offset, line, column, bom);
                issues.Add(new ValidationIssue(code, problem.Pointer, problem.Message, severity) { Line = l, Column = c, Occurrences = problem.Occurrences });
            }

            int max = owner.Options.MaxIssuesPerDocument;
            long unlisted = _reader.UnlistedProblems;
            if (incident is not null)
            {
                int first = issues.Count;
                owner._rules.Check(incident, issues);
                if (issues.Count > max)
                {
                    unlisted += issues.Count - max;
                    issues.RemoveRange(max, issues.Count - max);
                }

                for (int i = first; i < issues.Count; i++)
                {
                    long offset = JsonPointerLocator.Find(content, issues[i].Path, _readerOptions);
                    (long l, long c) = DocumentValidator.Place(content, offset, line, column, bom);
                    issues[i] = issues[i] with { Line = l, Column = c };
                }
            }

            return new CheckedDocument(index, line, column, bom, issues, incident, unlisted);
        }

        private (ValidationCode Code, ValidationSeverity? Severity) Classify(JsonProblemKind kind) => kind switch
        {
            JsonProblemKind.Syntax => (ValidationCodes.JsonSyntax, null),
            JsonProblemKind.WrongType => (ValidationCodes.JsonWrongType, null),
            JsonProblemKind.NullValue => (ValidationCodes.JsonWrongType, null),
            JsonProblemKind.MissingProperty => (ValidationCodes.JsonMissingProperty, null),
            JsonProblemKind.DuplicateProperty => (ValidationCodes.JsonDuplicateProperty, null),
            JsonProblemKind.BlankText => (ValidationCodes.TextBlank, null),
            JsonProblemKind.InvalidValue => (ValidationCodes.JsonInvalidValue, null),
            JsonProblemKind.Invariant => (ValidationCodes.JsonInvariant, null),
            JsonProblemKind.LimitExceeded => (ValidationCodes.JsonLimit, null),
            JsonProblemKind.InvalidEncoding => (ValidationCodes.JsonEncoding, null),
            JsonProblemKind.UnsupportedVersion => (ValidationCodes.JsonUnsupportedVersion, null),
            JsonProblemKind.NonCanonical => (ValidationCodes.JsonNonCanonical, null),
            _ => (ValidationCodes.JsonUnknownProperty, owner.Options.Strict ? ValidationSeverity.Error : ValidationSeverity.Warning),
        };

        private static long OffsetOf(ReadOnlySpan<byte> content, long line, long bytePositionInLine)
        {
            long offset = 0;
            for (long i = 0; i < line; i++)
            {
                int next = content[(int)offset..].IndexOf((byte)'\n');
                if (next < 0)
                {
                    break;
                }

                offset += next + 1;
            }

            return Math.Min(content.Length, offset + bytePositionInLine);
        }

        /// <summary>Returns whether <paramref name="reader"/> stopped because the next value starts an object or
        /// array beyond <see cref="JsonReaderOptions.MaxDepth"/>: System.Text.Json reports that as it reports a syntax
        /// error, by a <see cref="JsonException"/> whose (translatable) message is the only difference. The reader is
        /// left at its last token; when as many containers are open as the limit allows, the content is read again with
        /// a limit one deeper: if that reader gets past the place, depth was the only fault there.</summary>
        private static bool IsBeyondMaxDepth(ReadOnlySpan<byte> content, ref Utf8JsonReader reader, JsonReaderOptions options)
        {
            bool opened = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
            if (reader.CurrentDepth + (opened ? 1 : 0) < options.MaxDepth)
            {
                return false;
            }

            long stoppedAt = reader.BytesConsumed;
            var deeper = new Utf8JsonReader(content, options with { MaxDepth = options.MaxDepth + 1 });
            try
            {
                while (deeper.BytesConsumed <= stoppedAt && deeper.Read())
                {
                }
            }
            catch (JsonException)
            {
                // The same fault (or another before the place): not depth alone.
            }

            return deeper.BytesConsumed > stoppedAt;
        }
    }

    /// <summary>Completes the documents of a payload in order: the check across documents (an id an earlier document
    /// has, part-of references), the count of issues not listed, the result.</summary>
    private sealed class DocumentValidator(IncidentPayloadValidator owner)
    {
        private readonly JsonReaderOptions _readerOptions = IncidentJson.ReaderOptions(owner.Options.Json);

        // The check across documents: the first document of each incident id, and the part-of references to resolve
        // once every document has been read.
        private readonly Dictionary<IncidentId, (long Index, long Line)>? _ids = owner.Options.CheckAcrossDocuments ? [] : null;
        private readonly List<PartOfReference> _partOf = [];

        private readonly record struct PartOfReference(IncidentId From, IncidentId To, long Index, string Path, long Line, long Column);

        /// <summary>Gets the checker of the documents read in order, on the caller's thread.</summary>
        internal DocumentChecker Checker { get; } = new(owner);

        internal DocumentValidation Complete(CheckedDocument document, ReadOnlySpan<byte> bytes)
        {
            List<ValidationIssue> issues = document.Issues;
            if (document.Incident is { } incident && _ids is not null)
            {
                CompareWithEarlier(incident, document.Index, document.Line, document.Column, bytes[document.Bom..], document.Bom, issues);
            }

            int max = owner.Options.MaxIssuesPerDocument;
            if (document.Unlisted > 0)
            {
                issues.Add(new ValidationIssue(ValidationCodes.JsonTooManyIssues, string.Empty, $"The document has {document.Unlisted} more issues than the {max} listed (MaxIssuesPerDocument); they are counted, not listed.") { Line = document.Line, Column = document.Column, Occurrences = document.Unlisted });
            }

            return new DocumentValidation(document.Index, document.Line, new ValidationResult([.. issues], owner.Options.Rules.FailAt), document.Incident);
        }

        /// <summary>A piece that is not a document to read: one too long, or a fault of the array's structure.</summary>
        internal DocumentValidation Of(Piece piece) => piece.Kind == PieceKind.TooLong
            ? TooLong(piece.Index, piece.Line, owner.Options.Json.MaxDocumentLength)
            : Structure(piece.Index, piece.Line, piece.Column, piece.Message!);

        /// <summary>Notes the incident's id and part-of references; reports an id an earlier document already has.</summary>
        private void CompareWithEarlier(Incident incident, long index, long line, long column, ReadOnlySpan<byte> content, int bom, List<ValidationIssue> issues)
        {
            if (!_ids!.TryAdd(incident.Id, (index, line)))
            {
                (long earlierIndex, long earlierLine) = _ids[incident.Id];
                (long l, long c) = Place(content, JsonPointerLocator.Find(content, "/id", _readerOptions), line, column, bom);
                issues.Add(new ValidationIssue(ValidationCodes.DuplicateIncidentId, "/id", $"The incident id '{incident.Id}' is also the id of document {earlierIndex} (line {earlierLine}).") { Line = l, Column = c });
            }

            for (int i = 0; i < incident.Related.Count; i++)
            {
                RelatedIncident related = incident.Related[i];
                if (related.Relation == IncidentRelation.PartOf && related.Incident != incident.Id)
                {
                    string path = $"/related/{i}/incident";
                    (long l, long c) = Place(content, JsonPointerLocator.Find(content, path, _readerOptions), line, column, bom);
                    _partOf.Add(new PartOfReference(incident.Id, related.Incident, index, path, l, c));
                }
            }
        }

        /// <summary>Once every document has been read: the part-of references that name no incident of the payload,
        /// and those that make an incident part of itself; <see langword="null"/> when there are none.</summary>
        internal DocumentValidation? AcrossDocuments()
        {
            if (_ids is null || _partOf.Count == 0)
            {
                return null;
            }

            var issues = new List<ValidationIssue>();
            var parents = new Dictionary<IncidentId, List<PartOfReference>>();
            foreach (PartOfReference reference in _partOf)
            {
                if (!_ids.ContainsKey(reference.To))
                {
                    issues.Add(new ValidationIssue(ValidationCodes.PartOfNotInPayload, reference.Path, $"Document {reference.Index}: '{reference.From}' is part of '{reference.To}', which no document of this payload is.") { Line = reference.Line, Column = reference.Column });
                }

                if (!parents.TryGetValue(reference.From, out List<PartOfReference>? list))
                {
                    parents[reference.From] = list = [];
                }

                list.Add(reference);
            }

            ReportCycles(parents, issues, owner.Options.MaxIssuesPerDocument + 1);
            int max = owner.Options.MaxIssuesPerDocument;
            if (issues.Count > max)
            {
                long unlisted = issues.Count - max;
                issues.RemoveRange(max, issues.Count - max);
                issues.Add(new ValidationIssue(ValidationCodes.JsonTooManyIssues, string.Empty, $"The check across documents found {unlisted} more issues than the {max} listed (MaxIssuesPerDocument); they are counted, not listed.") { Occurrences = unlisted });
            }

            return issues.Count == 0 ? null : new DocumentValidation(-1, issues[0].Line ?? 1, new ValidationResult([.. issues], owner.Options.Rules.FailAt), null);
        }

        /// <summary>Reports, once per loop, the reference that closes a loop of part-of references (an iterative
        /// depth-first search: linear in the references, no recursion on hostile depth).</summary>
        private static void ReportCycles(Dictionary<IncidentId, List<PartOfReference>> parents, List<ValidationIssue> issues, int max)
        {
            // 1 = on the current path, 2 = done.
            var state = new Dictionary<IncidentId, int>();
            var path = new List<IncidentId>();
            var stack = new Stack<(IncidentId Node, int Next)>();
            foreach (IncidentId root in parents.Keys)
            {
                if (state.ContainsKey(root))
                {
                    continue;
                }

                stack.Push((root, 0));
                state[root] = 1;
                path.Add(root);
                while (stack.Count > 0)
                {
                    (IncidentId node, int next) = stack.Pop();
                    List<PartOfReference>? edges = parents.GetValueOrDefault(node);
                    if (edges is null || next >= edges.Count)
                    {
                        state[node] = 2;
                        path.RemoveAt(path.Count - 1);
                        continue;
                    }

                    stack.Push((node, next + 1));
                    PartOfReference edge = edges[next];
                    switch (state.GetValueOrDefault(edge.To))
                    {
                        case 0:
                            state[edge.To] = 1;
                            path.Add(edge.To);
                            stack.Push((edge.To, 0));
                            break;
                        case 1 when issues.Count >= max:
                            // Past the listing limit a loop is counted, not described: describing it costs its length.
                            issues.Add(new ValidationIssue(ValidationCodes.PartOfCycle, edge.Path, $"Document {edge.Index} closes a loop of part-of references.") { Line = edge.Line, Column = edge.Column });
                            break;
                        case 1:
                            issues.Add(new ValidationIssue(ValidationCodes.PartOfCycle, edge.Path, $"Document {edge.Index} closes a loop of part-of references: {Describe(path, edge.To)}.") { Line = edge.Line, Column = edge.Column });
                            break;
                    }
                }
            }
        }


        /// <summary>The loop from <paramref name="to"/> along <paramref name="path"/> back to it, at most eight ids and
        /// a count of the rest: a message of bounded length however long the loop.</summary>
        private static string Describe(List<IncidentId> path, IncidentId to)
        {
            int start = path.LastIndexOf(to);
            IEnumerable<string> ids = path.Skip(start).Append(to).Select(id => $"'{id}'");
            int length = path.Count - start + 1;
            return length <= 8
                ? string.Join(" → ", ids)
                : $"{string.Join(" → ", ids.Take(4))} → … {length - 6} more … → {string.Join(" → ", path.Skip(path.Count - 1).Append(to).Select(id => $"'{id}'"))}";
        }

        internal DocumentValidation TooLong(long index, long line, int max) =>
            Single(index, line, 1, new ValidationIssue(ValidationCodes.JsonLimit, string.Empty, $"The document is longer than the limit (MaxDocumentLength) of {max} bytes; it was not read."));

        internal DocumentValidation Structure(long index, long line, long column, string message) =>
            Single(index, line, column, new ValidationIssue(ValidationCodes.JsonSyntax, string.Empty, message));

        private DocumentValidation Single(long index, long line, long column, ValidationIssue issue) =>
            new(index, line, new ValidationResult([issue with { Line = line, Column = column }], owner.Options.Rules.FailAt), null);


        /// <summary>Turns a byte offset in the document into a one-based line and column of the payload.</summary>
        internal static (long Line, long Column) Place(ReadOnlySpan<byte> content, long offset, long line, long column, int bom)
        {
            (long inLine, long inColumn) = IncidentJson.Position(content, offset);
            return inLine == 0 ? (line, column + bom + inColumn) : (line + inLine, inColumn + 1);
        }

    }
}
