using System.Globalization;

namespace Incidents.Core.Interop.Ucdp;

/// <summary>Passes text through and counts each CSV row's characters as they go by (RFC 4180: a line break inside a
/// quoted field does not end the row); once a row is longer than the limit, the read that found it still returns its
/// text (so that the CSV reader can hand out the complete rows before it) and the next read throws — a hostile row (one
/// huge field, or a quote never closed) costs no more than the limit and one buffer before it is refused.</summary>
internal sealed class RowLimitedReader(TextReader inner, int maxRowLength) : TextReader
{
    private bool _inQuotes;
    private long _rowLength;
    private long _row = 1;
    private string? _failure;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        ThrowIfFailed();
        int c = inner.Read();
        if (c >= 0)
        {
            Count([(char)c]);
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        ThrowIfFailed();
        int read = inner.Read(buffer);
        Count(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        ThrowIfFailed();
        int read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Count(buffer.Span[..read]);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            throw new InvalidDataException(_failure);
        }
    }

    private void Count(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty && _failure is null)
        {
            // Jump to the next character that can change the state: a quote, or a line break outside quotes.
            int next = _inQuotes ? text.IndexOf('"') : text.IndexOfAny('"', '\n');
            int run = next < 0 ? text.Length : next;
            _rowLength += run;
            if (_rowLength > maxRowLength)
            {
                _failure = string.Create(CultureInfo.InvariantCulture, $"Row {_row} of the file (counting the header) is longer than the limit (GedImportOptions.MaxRowLength) of {maxRowLength:N0} characters{(_inQuotes ? ", inside a quoted field that does not end" : string.Empty)}; GED rows have a few thousand.");
                return;
            }

            if (next < 0)
            {
                return;
            }

            if (text[next] == '"')
            {
                _inQuotes = !_inQuotes;
                _rowLength++;
            }
            else
            {
                _row++;
                _rowLength = 0;
            }

            text = text[(next + 1)..];
        }
    }
}
