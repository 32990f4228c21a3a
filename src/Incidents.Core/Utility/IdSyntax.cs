using System.Numerics;
using Incidents.Core.Parsing;

namespace Incidents.Core.Utility;

/// <summary>The syntax shared by <see cref="IncidentId"/>, <see cref="ActorId"/> and <see cref="SourceId"/>.</summary>
internal static class IdSyntax
{
    /// <summary>
    /// True when <paramref name="value"/> is 1 to <paramref name="maxLength"/> characters from
    /// <c>A–Z a–z 0–9 . _ : -</c> and starts with an ASCII letter or digit.
    /// </summary>
    internal static bool IsValid(ReadOnlySpan<char> value, int maxLength)
    {
        if (value.IsEmpty || value.Length > maxLength || !char.IsAsciiLetterOrDigit(value[0]))
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or ':' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the syntax.</exception>
    internal static string Check(string value, int maxLength, string typeName, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (!IsValid(value, maxLength))
        {
            throw new ArgumentException(
                $"'{CodeSyntax.Truncate(value)}' is not a valid {typeName}: use 1 to {maxLength} characters from A-Z, a-z, 0-9, '.', '_', ':' and '-', starting with a letter or digit.",
                paramName);
        }

        return value;
    }

    /// <summary>Parses an identifier from a string, keeping the caller's instance when it is already exact.</summary>
    internal static bool TryParse(string text, int maxLength, string expected, out string? value, out ParseError error)
    {
        if (IsValid(text, maxLength))
        {
            value = text;
            error = default;
            return true;
        }

        return TryParse(text.AsSpan(), maxLength, expected, out value, out error);
    }

    /// <summary>Parses an identifier (white space around it ignored) into a new string.</summary>
    internal static bool TryParse<TChar>(ReadOnlySpan<TChar> text, int maxLength, string expected, out string? value, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        value = null;
        if (!Chars.TryTrim(text, expected, out int start, out int end, out error))
        {
            return false;
        }

        if (end - start > maxLength)
        {
            error = new ParseError(ParseErrorKind.OutOfRange, start + maxLength, expected);
            return false;
        }

        for (int i = start; i < end; i++)
        {
            int c = Chars.At(text, i);
            bool allowed = Chars.IsLetter(c) || Chars.IsDigit(c) || (i > start && c is '.' or '_' or ':' or '-');
            if (!allowed)
            {
                error = Chars.Unexpected(text, i, expected);
                return false;
            }
        }

        Span<char> chars = stackalloc char[end - start];
        for (int i = start; i < end; i++)
        {
            chars[i - start] = (char)Chars.At(text, i);
        }

        value = new string(chars);
        error = default;
        return true;
    }
}
