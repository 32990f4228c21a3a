using System.Buffers;
using System.Text.Json;

namespace Incidents.Core.Json;

/// <summary>Splits a stream into lines at <c>\n</c> (dropping a <c>\r</c> before it) with one pooled buffer that
/// grows only to the longest line, so memory stays flat in the stream's length.</summary>
internal sealed class NdjsonLineReader : IDisposable
{
    private const int InitialSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly int _maxLineLength;
    private readonly bool _throwOnLongLine;
    private bool _skippingLongLine;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfStream;

    internal NdjsonLineReader(Stream stream, int maxLineLength, bool throwOnLongLine = true)
    {
        _stream = stream;
        _maxLineLength = maxLineLength;
        _throwOnLongLine = throwOnLongLine;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
        LineIndex = -1;
    }

    /// <summary>The current line, without its line end.</summary>
    internal ReadOnlyMemory<byte> Line { get; private set; }

    /// <summary>The zero-based number of the current line in the stream.</summary>
    internal long LineIndex { get; private set; }

    /// <summary>The byte offset of the current line's start in the stream.</summary>
    internal long LineOffset { get; private set; }

    /// <summary>Whether the current line was longer than the limit (when not throwing): <see cref="Line"/> is then
    /// empty and the line's bytes were skipped.</summary>
    internal bool LineTooLong { get; private set; }

    /// <summary>The size of the buffer now: bounded by the longest line (plus a read), not the stream.</summary>
    internal int BufferLength => _buffer.Length;

    /// <summary>Whether the current line holds only white space.</summary>
    internal bool IsBlank => Line.Span.IndexOfAnyExcept(" \t\r"u8) < 0;

    private long _consumed;

    /// <summary>Moves to the next line.</summary>
    /// <returns><see langword="false"/> at the end of the stream.</returns>
    /// <exception cref="JsonException">A line is longer than the limit.</exception>
    internal async ValueTask<bool> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            int newLine = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newLine >= 0)
            {
                SetLine(newLine, 1);
                return true;
            }

            if (_endOfStream)
            {
                if (_end == _start && !_skippingLongLine)
                {
                    Line = default;
                    return false;
                }

                SetLine(_end - _start, 0);
                return true;
            }

            if (_end - _start > _maxLineLength && !_throwOnLongLine)
            {
                // Drop what we have of the long line and keep dropping up to its end.
                _consumed += _end - _start;
                _start = _end;
                _skippingLongLine = true;
            }
            else if (_end - _start > _maxLineLength)
            {
                throw new JsonException(
                    $"Line {LineIndex + 1} is longer than the limit (MaxDocumentLength) of {_maxLineLength} bytes. Path: $ | LineNumber: {LineIndex + 1} | BytePositionInLine: 0.",
                    "$", LineIndex + 1, 0);
            }

            Compact();
            int read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                _endOfStream = true;
            }

            _end += read;
        }
    }

    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void SetLine(int length, int terminator)
    {
        int lineLength = length > 0 && terminator == 1 && _buffer[_start + length - 1] == '\r' ? length - 1 : length;
        LineTooLong = _skippingLongLine || lineLength > _maxLineLength;
        _skippingLongLine = false;
        if (LineTooLong && !_throwOnLongLine)
        {
            Line = default;
            LineIndex++;
            LineOffset = _consumed;
            _consumed += length + terminator;
            _start += length + terminator;
            return;
        }

        if (lineLength > _maxLineLength)
        {
            throw new JsonException(
                $"Line {LineIndex + 1} is longer than the limit (MaxDocumentLength) of {_maxLineLength} bytes. Path: $ | LineNumber: {LineIndex + 1} | BytePositionInLine: 0.",
                "$", LineIndex + 1, 0);
        }

        Line = _buffer.AsMemory(_start, lineLength);
        LineIndex++;
        LineOffset = _consumed;
        _consumed += length + terminator;
        _start += length + terminator;
    }

    private void Compact()
    {
        int pending = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }

        if (_end == _buffer.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, pending);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }
}
