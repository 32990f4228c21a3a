using System.Buffers;

namespace Incidents.Core.Validation;

/// <summary>A window over a stream: the bytes read but not yet discarded, addressed by their absolute offset in the
/// stream, in one pooled buffer that grows only to the largest window asked for.</summary>
internal sealed class PayloadBuffer(Stream stream) : IDisposable
{
    private readonly Stream _stream = stream;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _length;

    /// <summary>The absolute offset of the first byte held.</summary>
    internal long BaseOffset { get; private set; }

    /// <summary>Whether the stream has no more bytes.</summary>
    internal bool EndOfStream { get; private set; }

    /// <summary>The bytes held.</summary>
    internal ReadOnlyMemory<byte> Pending => _buffer.AsMemory(0, _length);

    /// <summary>The absolute offset just past the last byte held.</summary>
    internal long EndOffset => BaseOffset + _length;

    /// <summary>Reads until at least <paramref name="bytes"/> are held or the stream ends.</summary>
    internal async ValueTask FillAsync(int bytes, CancellationToken cancellationToken)
    {
        while (_length < bytes && !EndOfStream)
        {
            if (_length == _buffer.Length)
            {
                byte[] larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                Buffer.BlockCopy(_buffer, 0, larger, 0, _length);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }

            int read = await _stream.ReadAsync(_buffer.AsMemory(_length), cancellationToken).ConfigureAwait(false);
            EndOfStream = read == 0;
            _length += read;
        }
    }

    /// <summary>Drops the bytes before the absolute offset <paramref name="keepFrom"/>.</summary>
    internal void Discard(long keepFrom)
    {
        int drop = (int)Math.Clamp(keepFrom - BaseOffset, 0, _length);
        if (drop > 0)
        {
            Buffer.BlockCopy(_buffer, drop, _buffer, 0, _length - drop);
            _length -= drop;
            BaseOffset += drop;
        }
    }

    /// <summary>The held bytes from <paramref name="start"/> (a payload offset), valid until the buffer is next filled or
    /// discarded.</summary>
    internal ReadOnlyMemory<byte> SliceMemory(long start, int length) => _buffer.AsMemory((int)(start - BaseOffset), length);

    /// <summary>A read-only stream of what is held followed by the rest of the underlying stream.</summary>
    internal Stream AsStream() => new Remainder(this);

    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private sealed class Remainder(PayloadBuffer owner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (owner._length > 0)
            {
                int n = Math.Min(buffer.Length, owner._length);
                owner.Pending.Span[..n].CopyTo(buffer);
                owner.Discard(owner.BaseOffset + n);
                return n;
            }

            return owner.EndOfStream ? 0 : owner._stream.Read(buffer);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (owner._length > 0)
            {
                return Read(buffer.Span);
            }

            return owner.EndOfStream ? 0 : await owner._stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
