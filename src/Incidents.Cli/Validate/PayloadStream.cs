using System.IO.Compression;
using System.Text;

namespace Incidents.Cli.Validate;

/// <summary>An input opened for the validator: UTF-8 bytes, however the file came (gzip, UTF-16 or UTF-32 with a byte
/// order mark), and what was undone to get them.</summary>
internal sealed class PayloadStream : IAsyncDisposable
{
    private readonly Stream _owner;

    private PayloadStream(Stream utf8, Stream owner, CountingStream counter, bool gzip, string encoding)
    {
        Utf8 = utf8;
        _owner = owner;
        Counter = counter;
        Gzip = gzip;
        Encoding = encoding;
    }

    /// <summary>Gets the UTF-8 payload (a UTF-8 byte order mark, if any, is left for the validator to judge).</summary>
    public Stream Utf8 { get; }

    /// <summary>Gets the count of bytes read from the file itself (compressed bytes for gzip): progress.</summary>
    public CountingStream Counter { get; }

    /// <summary>Gets whether the input was gzip-compressed.</summary>
    public bool Gzip { get; }

    /// <summary>Gets the encoding the text was in: <c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>utf-32le</c> or
    /// <c>utf-32be</c>.</summary>
    public string Encoding { get; }

    /// <summary>Opens an input. Gzip is recognised by its magic bytes (<c>1F 8B</c>) whatever the file's name; UTF-16 and
    /// UTF-32 by their byte order marks, and decoded (RFC 8259 asks for UTF-8 between systems, but a BOM makes these
    /// unambiguous); their lines are the same, their columns count UTF-8 bytes of the decoded text.</summary>
    /// <exception cref="IOException">The file cannot be read, or its gzip stream is corrupt.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static async Task<PayloadStream> OpenAsync(InputSource input, Func<Stream> standardInput, CancellationToken cancellationToken)
    {
        Stream raw = input.IsStandardInput
            ? standardInput()
            : new FileStream(input.Path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 1 << 16, Options = FileOptions.Asynchronous | FileOptions.SequentialScan });
        var counter = new CountingStream(raw);
        try
        {
            Stream stream = counter;
            byte[] head = await PeekAsync(stream, 2, cancellationToken).ConfigureAwait(false);
            stream = new PrefixedStream(head, stream);
            bool gzip = head is [0x1F, 0x8B];
            if (gzip)
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }

            byte[] bom = await PeekAsync(stream, 4, cancellationToken).ConfigureAwait(false);
            (Encoding? encoding, int length, string name) = bom switch
            {
                [0xFF, 0xFE, 0x00, 0x00] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4, "utf-32le"),
                [0x00, 0x00, 0xFE, 0xFF] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4, "utf-32be"),
                [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2, "utf-16le"),
                [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2, "utf-16be"),
                _ => ((Encoding?)null, 0, "utf-8"),
            };
            stream = new PrefixedStream(bom[length..], stream);
            if (encoding is not null)
            {
                stream = System.Text.Encoding.CreateTranscodingStream(stream, encoding, new UTF8Encoding(false, throwOnInvalidBytes: true));
            }

            return new PayloadStream(stream, raw, counter, gzip, name);
        }
        catch
        {
            await raw.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Utf8.DisposeAsync().ConfigureAwait(false);
        await _owner.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task<byte[]> PeekAsync(Stream stream, int count, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[count];
        int read = 0;
        while (read < count)
        {
            int n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return buffer[..read];
    }

    /// <summary>A stream that counts the bytes read through it.</summary>
    internal sealed class CountingStream(Stream inner) : ReadOnlyStream
    {
        private long _read;

        /// <summary>Gets the bytes read so far.</summary>
        public long BytesRead => Interlocked.Read(ref _read);

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int read)
        {
            Interlocked.Add(ref _read, read);
            return read;
        }
    }

    /// <summary>Bytes already read (peeked), then the rest of the stream.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream inner) : ReadOnlyStream
    {
        private int _offset;

        public override int Read(Span<byte> buffer)
        {
            if (_offset < prefix.Length)
            {
                int n = Math.Min(buffer.Length, prefix.Length - _offset);
                prefix.AsSpan(_offset, n).CopyTo(buffer);
                _offset += n;
                return n;
            }

            return inner.Read(buffer);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            _offset < prefix.Length ? ValueTask.FromResult(Read(buffer.Span)) : inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>The parts of <see cref="Stream"/> a forward-only reader does not have.</summary>
    internal abstract class ReadOnlyStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
