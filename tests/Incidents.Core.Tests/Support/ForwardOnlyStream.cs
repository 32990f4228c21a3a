namespace Incidents.Core.Tests.Support;

/// <summary>A stream that can only be read, forward: the tests' generated inputs derive from it and say only how they
/// fill a buffer (<see cref="Fill"/>) and, when they know it, their <see cref="Length"/>.</summary>
internal abstract class ForwardOnlyStream : Stream
{
    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <summary>Gets how many bytes have been read.</summary>
    public override long Position { get => Consumed; set => throw new NotSupportedException(); }

    /// <summary>Gets how many bytes have been read.</summary>
    protected long Consumed { get; private set; }

    /// <inheritdoc/>
    public sealed override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public sealed override int Read(Span<byte> buffer)
    {
        int n = Fill(buffer);
        Consumed += n;
        return n;
    }

    /// <inheritdoc/>
    public sealed override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    /// <inheritdoc/>
    public sealed override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Writes the next bytes into <paramref name="buffer"/>.</summary>
    /// <returns>How many bytes were written; 0 at the end.</returns>
    protected abstract int Fill(Span<byte> buffer);
}
