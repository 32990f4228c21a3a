using System.Numerics;
using Incidents.Core.Parsing;

namespace Incidents.Core.Utility;

/// <summary>
/// Parses the codes of one extensible taxonomy: the text is normalised (ASCII letters to lower case; spaces, <c>-</c>
/// and <c>_</c> to one hyphen) into a stack buffer and looked up without allocating among the well-known codes and
/// their synonyms; any other well-formed code becomes a new value (which allocates its string).
/// </summary>
/// <remarks>
/// The look-up is a small open-addressing table whose FNV-1a hash is computed while the text is normalised, so the text
/// is read once; for the few dozen short keys of a taxonomy this beats both <see cref="Dictionary{TKey, TValue}"/> and
/// a frozen dictionary (measured; see benchmarks/README.md).
/// </remarks>
internal sealed class CodeTable<T>
    where T : struct
{
    // Longer than CodeSyntax.MaxLength so that a long synonym ("vehicle-borne improvised explosive device") fits.
    private const int MaxNormalizedLength = 96;
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    // A constant, so that failing allocates nothing; CodeSyntax.MaxLength is 64.
    private const string TooLong = "a code of at most 64 characters";

    private readonly string?[] _keys;
    private readonly T[] _values;
    private readonly int _mask;
    private readonly Func<string, T> _create;
    private readonly string _expected;

    internal CodeTable(ReadOnlySpan<T> wellKnown, Func<T, string> code, Func<string, T> create, string expected, params ReadOnlySpan<(string Synonym, T Value)> synonyms)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)(wellKnown.Length + synonyms.Length) * 4);
        _keys = new string?[size];
        _values = new T[size];
        _mask = size - 1;
        foreach (T value in wellKnown)
        {
            Add(code(value), value);
        }

        foreach ((string synonym, T value) in synonyms)
        {
            Add(synonym, value);
        }

        _create = create;
        _expected = expected;
    }

    internal bool TryParse<TChar>(ReadOnlySpan<TChar> text, out T result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        // Fast path: ASCII letters, digits and single inner separators, nothing to trim, in one pass that also hashes.
        // Anything else (white space at the ends, doubled separators, non-ASCII) takes the exact path below, which also
        // places errors.
        if (text.Length is > 0 and <= MaxNormalizedLength)
        {
            Span<char> buffer = stackalloc char[MaxNormalizedLength];
            if (TryNormalizeAscii(text, buffer, out uint hash))
            {
                return Resolve(buffer[..text.Length], hash, 0, out result, out error);
            }
        }

        return TryParseExact(text, out result, out error);
    }

    /// <summary>Finds a normalised code among the well-known codes and synonyms.</summary>
    internal bool TryGetWellKnown(string code, out T value)
    {
        for (int i = (int)(Hash(code) & (uint)_mask); _keys[i] is { } key; i = (i + 1) & _mask)
        {
            if (key == code)
            {
                value = _values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    private static bool TryNormalizeAscii<TChar>(ReadOnlySpan<TChar> text, Span<char> buffer, out uint hash)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        unchecked
        {
            uint h = FnvOffset;
            uint previous = '-';
            for (int i = 0; i < text.Length; i++)
            {
                uint c = uint.CreateTruncating(text[i]);
                uint lower = c | 0x20;
                if (lower - 'a' <= 'z' - 'a')
                {
                    c = lower;
                }
                else if (c - '0' > 9)
                {
                    if (c is not ('-' or ' ' or '_') || previous == '-')
                    {
                        hash = 0;
                        return false;
                    }

                    c = '-';
                }

                buffer[i] = (char)c;
                previous = c;
                h = (h ^ c) * FnvPrime;
            }

            hash = h;
            return previous != '-';
        }
    }

    private static uint Hash(ReadOnlySpan<char> code)
    {
        unchecked
        {
            uint h = FnvOffset;
            foreach (char c in code)
            {
                h = (h ^ c) * FnvPrime;
            }

            return h;
        }
    }

    private void Add(string key, T value)
    {
        int i = (int)(Hash(key) & (uint)_mask);
        while (_keys[i] is { } existing)
        {
            if (existing == key)
            {
                throw new InvalidOperationException($"The code table lists '{key}' twice.");
            }

            i = (i + 1) & _mask;
        }

        _keys[i] = key;
        _values[i] = value;
    }

    private bool Resolve(ReadOnlySpan<char> code, uint hash, int start, out T result, out ParseError error)
    {
        for (int i = (int)(hash & (uint)_mask); _keys[i] is { } key; i = (i + 1) & _mask)
        {
            if (code.SequenceEqual(key))
            {
                result = _values[i];
                error = default;
                return true;
            }
        }

        if (code.Length > CodeSyntax.MaxLength)
        {
            result = default;
            error = new ParseError(ParseErrorKind.OutOfRange, start, TooLong);
            return false;
        }

        result = _create(new string(code));
        error = default;
        return true;
    }

    // The exact path: white space to trim, runs of separators, and precise positions for errors.
    private bool TryParseExact<TChar>(ReadOnlySpan<TChar> text, out T result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        result = default;
        if (!Chars.TryTrim(text, _expected, out int start, out int end, out error))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxNormalizedLength];
        int length = 0;
        bool pendingHyphen = false;
        for (int i = start; i < end; i++)
        {
            int c = Chars.At(text, i);
            int space = Chars.WhiteSpaceLength(text, i);
            if (space > 0 || c is '-' or '_')
            {
                pendingHyphen = true;
                i += Math.Max(space, 1) - 1;
                continue;
            }

            if (!Chars.IsLetter(c) && !Chars.IsDigit(c))
            {
                error = Chars.Unexpected(text, i, _expected);
                return false;
            }

            if (length + (pendingHyphen && length > 0 ? 2 : 1) > buffer.Length)
            {
                error = new ParseError(ParseErrorKind.OutOfRange, start, TooLong);
                return false;
            }

            if (pendingHyphen && length > 0)
            {
                buffer[length++] = '-';
            }

            pendingHyphen = false;
            buffer[length++] = (char)Chars.ToLower(c);
        }

        if (length == 0)
        {
            error = Chars.Unexpected(text, start, _expected);
            return false;
        }

        ReadOnlySpan<char> code = buffer[..length];
        return Resolve(code, Hash(code), start, out result, out error);
    }
}
