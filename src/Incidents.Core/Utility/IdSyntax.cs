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
}
