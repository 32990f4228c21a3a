namespace Incidents.Core.Validation;

/// <summary>Finds the elements of a top-level JSON array in a stream without parsing them: it tracks strings,
/// escapes and bracket depth only, so that each element can be read (and its errors reported) on its own, and a
/// broken element does not hide the next one.</summary>
/// <param name="maxElementLength">The longest element read; a longer one is reported once and skipped.</param>
/// <param name="allowTrailingCommas">Whether a comma before <c>]</c> is allowed.</param>
internal sealed class ArrayElementScanner(int maxElementLength, bool allowTrailingCommas = false)
{
    private enum State
    {
        BeforeArray,
        InArray,
        AfterArray,
        Done,
    }

    internal enum ElementKind
    {
        Document,
        TooLong,
        Structure,
    }

    internal readonly record struct Element(ElementKind Kind, long Index, long Start, int Length, long Line, long Column, string? Message);

    private State _state;
    private long _position;      // absolute offset of the next byte to scan
    private long _line = 1;      // one-based line of _position
    private long _lineStart;     // absolute offset where _line starts
    private int _depth;          // inside the array: 0 between elements, >0 inside an element's brackets
    private bool _inString;
    private bool _escape;
    private long _elementStart = -1;
    private long _elementLine;
    private long _elementColumn;
    private long _index;
    private bool _tooLong;
    private bool _endOfInput;
    private bool _afterComma;    // a comma at depth 0 was seen, and no element has started since

    /// <summary>Whether the array (and what follows it) has been read to the end.</summary>
    internal bool Finished => _state == State.Done;

    /// <summary>The first absolute offset still needed.</summary>
    internal long KeepFrom => _elementStart >= 0 && !_tooLong ? _elementStart : _position;

    /// <summary>Says that the input has ended: what is open becomes a last element or a structural error.</summary>
    internal void EndOfInput() => _endOfInput = true;

    /// <summary>Scans a whole stream: yields each element, or a problem, as soon as it is found. The element's bytes
    /// (<see cref="PayloadBuffer.SliceMemory"/>) stay held until the caller asks for the next one.</summary>
    internal async IAsyncEnumerable<Element> ScanAsync(PayloadBuffer input, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            while (TryNext(input, out Element element))
            {
                yield return element;
            }

            if (Finished)
            {
                yield break;
            }

            input.Discard(KeepFrom);
            if (input.EndOfStream)
            {
                EndOfInput();
                continue;
            }

            await input.FillAsync(input.Pending.Length + (64 * 1024), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Scans the held bytes for the next element.</summary>
    internal bool TryNext(PayloadBuffer input, out Element element)
    {
        element = default;
        ReadOnlySpan<byte> held = input.Pending.Span;
        while (_position < input.EndOffset)
        {
            byte b = held[(int)(_position - input.BaseOffset)];
            long at = _position++;
            if (b == '\n')
            {
                _line++;
                _lineStart = _position;
            }

            switch (_state)
            {
                case State.BeforeArray:
                    if (b == '[')
                    {
                        _state = State.InArray;
                    }
                    else if (!IsWhiteSpace(b) && !(at < 3 && b is 0xEF or 0xBB or 0xBF))
                    {
                        _state = State.Done;
                        element = new Element(ElementKind.Structure, 0, at, 0, _line, at - _lineStart + 1, $"Expected '[' to start an array of incidents, found '{(char)b}'.");
                        return true;
                    }

                    continue;
                case State.AfterArray:
                    if (!IsWhiteSpace(b))
                    {
                        _state = State.Done;
                        element = new Element(ElementKind.Structure, _index, at, 0, _line, at - _lineStart + 1, "Unexpected content after the end of the array.");
                        return true;
                    }

                    continue;
                case State.Done:
                    return false;
            }

            // In the array. An element that passes the limit is reported once, wherever it is (inside a string too).
            if (_elementStart >= 0 && !_tooLong && _position - _elementStart > maxElementLength)
            {
                _tooLong = true;
                element = new Element(ElementKind.TooLong, _index, _elementStart, 0, _elementLine, _elementColumn, null);
                return true;
            }

            if (_inString)
            {
                if (_escape)
                {
                    _escape = false;
                }
                else if (b == '\\')
                {
                    _escape = true;
                }
                else if (b == '"')
                {
                    _inString = false;
                }

                continue;
            }

            if (_depth == 0 && (b == ',' || b == ']'))
            {
                bool closes = b == ']';
                if (_elementStart < 0 && (b == ',' || (_afterComma && !allowTrailingCommas)))
                {
                    // "[,", ",," or ", ]": an element is missing (Utf8JsonReader would say the same of the whole array).
                    _afterComma = b == ',';
                    _state = closes ? State.AfterArray : _state;
                    element = new Element(ElementKind.Structure, _index, at, 0, _line, at - _lineStart + 1,
                        closes ? "A comma before ']' (a trailing comma): an element is missing." : "An element is missing before this comma.");
                    return true;
                }

                _afterComma = b == ',';
                if (_elementStart >= 0)
                {
                    bool reported = _tooLong;
                    element = Complete(at);
                    if (closes)
                    {
                        _state = State.AfterArray;
                    }

                    if (!reported)
                    {
                        return true;
                    }

                    continue;
                }

                if (closes)
                {
                    _state = State.AfterArray;
                }

                continue;
            }

            if (_elementStart < 0 && !IsWhiteSpace(b))
            {
                _afterComma = false;
                _elementStart = at;
                _elementLine = _line;
                _elementColumn = at - _lineStart + 1;
                _tooLong = false;
            }

            switch (b)
            {
                case (byte)'"':
                    _inString = true;
                    break;
                case (byte)'{' or (byte)'[':
                    _depth++;
                    break;
                case (byte)'}' or (byte)']':
                    _depth = Math.Max(0, _depth - 1);
                    break;
            }

        }

        if (_endOfInput && _state != State.Done)
        {
            if (_state == State.InArray && _elementStart >= 0 && !_tooLong)
            {
                // The input ends inside an element: let the reader say where; the next call reports the open array.
                element = Complete(_position);
                return true;
            }

            State state = _state;
            _state = State.Done;

            if (state != State.AfterArray)
            {
                element = new Element(ElementKind.Structure, _index, _position, 0, _line, _position - _lineStart + 1,
                    state == State.BeforeArray ? "The payload is empty; expected an array of incidents." : "The payload ends before the array is closed with ']'.");
                return true;
            }
        }

        return false;
    }

    private Element Complete(long end)
    {
        var element = new Element(ElementKind.Document, _index, _elementStart, (int)(end - _elementStart), _elementLine, _elementColumn, null);
        _index++;
        _elementStart = -1;
        _depth = 0;
        _inString = false;
        _escape = false;
        _tooLong = false;
        return element;
    }

    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
}
