namespace Incidents.Core.Utility;

/// <summary>
/// The syntax shared by the extensible taxonomies (<see cref="AttackMethodKind"/>, <see cref="ActorKind"/> …):
/// lower-kebab ASCII codes such as <c>vbied</c> or <c>armed-assault</c>.
/// </summary>
internal static class CodeSyntax
{
    /// <summary>The longest code accepted.</summary>
    internal const int MaxLength = 64;

    /// <summary>The code that every taxonomy uses for "unknown"; its default value stands for it.</summary>
    internal const string Unknown = "unknown";

    /// <summary>
    /// Checks <paramref name="code"/> and returns it with ASCII letters in lower case, or <see langword="null"/>
    /// for <c>unknown</c> (so that the taxonomy's <c>default</c> value and its <c>Unknown</c> member are equal).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a valid code.</exception>
    internal static string? Normalize(string code, string paramName)
    {
        ArgumentNullException.ThrowIfNull(code, paramName);
        if (!IsValid(code))
        {
            throw new ArgumentException(
                $"'{Truncate(code)}' is not a valid code: use 1 to {MaxLength} ASCII letters, digits and single hyphens, starting and ending with a letter or digit (e.g. 'armed-assault').",
                paramName);
        }

        string normalized = IsLowerCase(code) ? code : code.ToLowerInvariant();
        return normalized == Unknown ? null : normalized;
    }

    internal static bool IsValid(ReadOnlySpan<char> code)
    {
        if (code.IsEmpty || code.Length > MaxLength || code[0] == '-' || code[^1] == '-')
        {
            return false;
        }

        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (c == '-')
            {
                if (code[i - 1] == '-')
                {
                    return false;
                }
            }
            else if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerCase(string code)
    {
        foreach (char c in code)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static string Truncate(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 80), "…");
}
