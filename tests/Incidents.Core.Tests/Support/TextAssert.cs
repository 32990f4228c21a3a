using System.Text;
using Incidents.Core.Parsing;

namespace Incidents.Core.Tests.Support;

public delegate ParseResult<T> ExactUtf16<T>(ReadOnlySpan<char> text)
    where T : struct, IEquatable<T>;

public delegate ParseResult<T> ExactUtf8<T>(ReadOnlySpan<byte> utf8Text)
    where T : struct, IEquatable<T>;

/// <summary>Runs one text through every entry point of a parser — string, UTF-16 span, UTF-8 bytes; Parse, TryParse and
/// ParseExact — and checks that they agree.</summary>
public static class TextAssert
{
    public static void Parses<T>(string text, T expected, ExactUtf16<T> exact16, ExactUtf8<T> exact8)
        where T : struct, IEquatable<T>, ISpanParsable<T>, IUtf8SpanParsable<T>
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);

        T.Parse(text, null).Should().Be(expected, "Parse(string) of \"{0}\"", text);
        T.Parse(text.AsSpan(), null).Should().Be(expected, "Parse(ReadOnlySpan<char>) of \"{0}\"", text);
        T.Parse(utf8, null).Should().Be(expected, "Parse(ReadOnlySpan<byte>) of \"{0}\"", text);
        T.TryParse(text, null, out T fromString).Should().BeTrue();
        fromString.Should().Be(expected);
        T.TryParse(utf8, null, out T fromUtf8).Should().BeTrue();
        fromUtf8.Should().Be(expected);
        exact16(text).Should().Be(new ParseResult<T>(expected));
        exact8(utf8).Should().Be(new ParseResult<T>(expected));
    }

    public static void Fails<T>(string text, ParseErrorKind kind, int position, ExactUtf16<T> exact16, ExactUtf8<T> exact8)
        where T : struct, IEquatable<T>, ISpanParsable<T>, IUtf8SpanParsable<T>
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        int utf8Position = Encoding.UTF8.GetByteCount(text.AsSpan(0, Math.Min(position, text.Length)));

        T.TryParse(text, null, out T value).Should().BeFalse("\"{0}\" should not parse, but gave {1}", text, value);
        value.Should().Be(default(T));
        T.TryParse(text.AsSpan(), null, out _).Should().BeFalse();
        T.TryParse(utf8, null, out _).Should().BeFalse();

        ParseResult<T> utf16Result = exact16(text);
        utf16Result.Success.Should().BeFalse();
        utf16Result.Error.Kind.Should().Be(kind, "the UTF-16 error for \"{0}\" is {1}", text, utf16Result.Error);
        utf16Result.Error.Position.Should().Be(position, "the UTF-16 error for \"{0}\" is {1}", text, utf16Result.Error);
        utf16Result.Error.Expected.Should().NotBeNullOrWhiteSpace();
        Action parse = () => T.Parse(text, null);
        parse.Should().Throw<FormatException>().WithMessage($"*{kind} at position {position}*");

        if (!IsWellFormedUtf16(text))
        {
            // A lone surrogate cannot be encoded as UTF-8 (the encoder writes U+FFFD), so only UTF-16 can show it.
            return;
        }

        ParseResult<T> utf8Result = exact8(utf8);
        utf8Result.Error.Kind.Should().Be(kind, "the UTF-8 error for \"{0}\" is {1}", text, utf8Result.Error);
        utf8Result.Error.Position.Should().Be(utf8Position, "the UTF-8 error for \"{0}\" is {1}", text, utf8Result.Error);

    }

    private static bool IsWellFormedUtf16(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Formats through every formatting entry point and checks they agree; returns the text.</summary>
    public static string Formats<T>(T value)
        where T : struct, ISpanFormattable, IUtf8SpanFormattable
    {
        string text = value.ToString()!;
        value.ToString(null, null).Should().Be(text);
        value.ToString("G", System.Globalization.CultureInfo.GetCultureInfo("ar-SA")).Should().Be(text);

        Span<char> chars = stackalloc char[512];
        value.TryFormat(chars, out int charsWritten, default, null).Should().BeTrue();
        chars[..charsWritten].ToString().Should().Be(text);

        Span<byte> bytes = stackalloc byte[512];
        value.TryFormat(bytes, out int bytesWritten, default, null).Should().BeTrue();
        Encoding.UTF8.GetString(bytes[..bytesWritten]).Should().Be(text);

        if (text.Length > 0)
        {
            value.TryFormat(chars[..(text.Length - 1)], out int tooFew, default, null).Should().BeFalse("the destination is one short");
            tooFew.Should().Be(0);
        }

        return text;
    }
}
