using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text;

namespace Incidents.Core.Parsing;

/// <summary>The shared bodies of the public parsing and formatting members of every <see cref="ITextValue{TSelf}"/>.</summary>
internal static class TextValue
{
    internal static T Parse<T>(string text)
        where T : struct, ITextValue<T>, IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(text);
        return T.TryParseString(text, out T result, out ParseError error) ? result : throw CreateException<T, char>(text, error);
    }

    internal static T Parse<T, TChar>(ReadOnlySpan<TChar> text)
        where T : struct, ITextValue<T>, IEquatable<T>
        where TChar : unmanaged, IBinaryInteger<TChar> =>
        T.TryParseCore(text, out T result, out ParseError error) ? result : throw CreateException<T, TChar>(text, error);

    internal static bool TryParse<T>([NotNullWhen(true)] string? text, out T result)
        where T : struct, ITextValue<T>, IEquatable<T>
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return T.TryParseString(text, out result, out _);
    }

    internal static ParseResult<T> ParseExact<T, TChar>(ReadOnlySpan<TChar> text)
        where T : struct, ITextValue<T>, IEquatable<T>
        where TChar : unmanaged, IBinaryInteger<TChar> =>
        T.TryParseCore(text, out T result, out ParseError error) ? new ParseResult<T>(result) : new ParseResult<T>(error);

    internal static bool TryFormat<T, TChar>(in T value, Span<TChar> destination, out int written, ReadOnlySpan<char> format)
        where T : struct, ITextValue<T>, IEquatable<T>
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        CheckFormat(format);
        return value.TryFormatCore(destination, out written);
    }

    internal static string ToString<T>(in T value, string? format)
        where T : struct, ITextValue<T>, IEquatable<T>
    {
        CheckFormat(format);
        return Format(value);
    }

    /// <summary>Formats into a stack buffer and allocates only the resulting string.</summary>
    internal static string Format<T>(in T value)
        where T : struct, ITextValue<T>, IEquatable<T>
    {
        Span<char> buffer = stackalloc char[128];
        if (value.TryFormatCore(buffer, out int written))
        {
            return new string(buffer[..written]);
        }

        for (int size = 1024; ; size *= 4)
        {
            char[] rented = ArrayPool<char>.Shared.Rent(size);
            try
            {
                if (value.TryFormatCore(rented.AsSpan(), out written))
                {
                    return new string(rented, 0, written);
                }
            }
            finally
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (!format.IsEmpty && !format.SequenceEqual("G"))
        {
            throw new FormatException($"The format '{format}' is not supported: use null, an empty format or \"G\" for the canonical text.");
        }
    }

    private static FormatException CreateException<T, TChar>(ReadOnlySpan<TChar> text, ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        string shown;
        if (typeof(TChar) == typeof(byte))
        {
            shown = Encoding.UTF8.GetString(System.Runtime.InteropServices.MemoryMarshal.Cast<TChar, byte>(text));
        }
        else
        {
            shown = new string(System.Runtime.InteropServices.MemoryMarshal.Cast<TChar, char>(text));
        }

        if (shown.Length > 80)
        {
            shown = string.Concat(shown.AsSpan(0, 80), "…");
        }

        return new FormatException($"Cannot parse '{shown}' as {typeof(T).Name}: {error}.");
    }
}
