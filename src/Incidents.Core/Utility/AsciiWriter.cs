using System.Numerics;

namespace Incidents.Core.Utility;

/// <summary>Writes ASCII text into a UTF-16 or UTF-8 destination; every formatter's output is ASCII, so one writer
/// serves both encodings.</summary>
internal ref struct AsciiWriter<TChar>
    where TChar : unmanaged, IBinaryInteger<TChar>
{
    private readonly Span<TChar> _destination;
    private int _position;
    private bool _overflowed;

    /// <summary>Writes an ASCII string as the whole output: the formatter of every code and identifier.</summary>
    internal static bool TryWrite(Span<TChar> destination, string ascii, out int written)
    {
        var writer = new AsciiWriter<TChar>(destination);
        writer.Append(ascii);
        return writer.TryComplete(out written);
    }

    internal AsciiWriter(Span<TChar> destination)
    {
        _destination = destination;
    }

    internal void Append(char c)
    {
        if (_position < _destination.Length)
        {
            _destination[_position++] = TChar.CreateTruncating(c);
        }
        else
        {
            _overflowed = true;
        }
    }

    internal void Append(scoped ReadOnlySpan<char> ascii)
    {
        if (_position + ascii.Length > _destination.Length)
        {
            _overflowed = true;
            return;
        }

        foreach (char c in ascii)
        {
            _destination[_position++] = TChar.CreateTruncating(c);
        }
    }

    /// <summary>Appends a non-negative number, zero-padded to <paramref name="minDigits"/>.</summary>
    internal void AppendNumber(long value, int minDigits = 1)
    {
        Span<char> digits = stackalloc char[20];
        int count = 0;
        do
        {
            digits[count++] = (char)('0' + (value % 10));
            value /= 10;
        }
        while (value != 0);

        while (count < minDigits)
        {
            digits[count++] = '0';
        }

        if (_position + count > _destination.Length)
        {
            _overflowed = true;
            return;
        }

        while (count > 0)
        {
            _destination[_position++] = TChar.CreateTruncating(digits[--count]);
        }
    }

    /// <summary>Appends the shortest text that parses back to the same <see cref="double"/>, e.g. <c>36.5024</c>.</summary>
    internal void AppendDouble(double value)
    {
        Span<char> text = stackalloc char[32];
        if (!value.TryFormat(text, out int length, "R", System.Globalization.CultureInfo.InvariantCulture))
        {
            _overflowed = true;
            return;
        }

        Append(text[..length]);
    }

    internal readonly bool TryComplete(out int written)
    {
        written = _overflowed ? 0 : _position;
        return !_overflowed;
    }
}
