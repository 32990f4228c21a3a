using System.Numerics;
using Incidents.Core.Parsing;

namespace Incidents.Core.Utility;

/// <summary>
/// Parses the codes of one extensible taxonomy: the text is normalised (ASCII letters to lower case; runs of white
/// space, <c>-</c> and <c>_</c> to one hyphen) into a stack buffer and looked up without allocating among the
/// well-known codes and their synonyms; any other well-formed code becomes a new value (which allocates its string).
/// </summary>
internal sealed class CodeTable<T>
    where T : struct
{
    // Longer than CodeSyntax.MaxLength so that a long synonym ("vehicle-borne improvised explosive device") fits.
    private const int MaxNormalizedLength = 96;

    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Func<string, T> _create;
    private readonly string _expected;

    internal CodeTable(ReadOnlySpan<T> wellKnown, Func<T, string> code, Func<string, T> create, string expected, params ReadOnlySpan<(string Synonym, T Value)> synonyms)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (T value in wellKnown)
        {
            map.Add(code(value), value);
        }

        foreach ((string synonym, T value) in synonyms)
        {
            map.Add(synonym, value);
        }

        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        _create = create;
        _expected = expected;
    }

    internal bool TryParse<TChar>(ReadOnlySpan<TChar> text, out T result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        result = default;
        int start = Chars.SkipWhiteSpace(text, 0);
        int end = Chars.TrimEnd(text, start);
        if (start == end)
        {
            error = new ParseError(ParseErrorKind.Empty, start, _expected);
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

            if (pendingHyphen && length > 0)
            {
                if (length == buffer.Length)
                {
                    break;
                }

                buffer[length++] = '-';
            }

            pendingHyphen = false;
            if (length == buffer.Length)
            {
                length = buffer.Length + 1;
                break;
            }

            buffer[length++] = (char)Chars.ToLower(c);
        }

        if (length == 0)
        {
            error = Chars.Unexpected(text, start, _expected);
            return false;
        }

        if (length <= buffer.Length && _lookup.TryGetValue(buffer[..length], out result))
        {
            error = default;
            return true;
        }

        if (length > CodeSyntax.MaxLength)
        {
            error = new ParseError(ParseErrorKind.OutOfRange, start, $"a code of at most {CodeSyntax.MaxLength} characters");
            return false;
        }

        result = _create(new string(buffer[..length]));
        error = default;
        return true;
    }
}
