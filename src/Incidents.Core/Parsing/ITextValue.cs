using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Incidents.Core.Parsing;

/// <summary>
/// What every textual value type of the model implements: one parser core and one formatter core, generic over UTF-16
/// and UTF-8. The BCL parsing interfaces are implemented here once, by default; their <see cref="IFormatProvider"/> is
/// ignored because every format is culture-invariant.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
internal interface ITextValue<TSelf> : ISpanParsable<TSelf>, IUtf8SpanParsable<TSelf>, ISpanFormattable, IUtf8SpanFormattable
    where TSelf : struct, ITextValue<TSelf>, IEquatable<TSelf>
{
    /// <summary>Parses the whole of <paramref name="text"/>; never throws for bad input.</summary>
    static abstract bool TryParseCore<TChar>(ReadOnlySpan<TChar> text, out TSelf result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>;

    /// <summary>Parses a <see cref="string"/>; types that hold a string override this to keep the instance.</summary>
    static virtual bool TryParseString(string text, out TSelf result, out ParseError error) =>
        TSelf.TryParseCore(text.AsSpan(), out result, out error);

    /// <summary>Writes the canonical text form; returns <see langword="false"/> when the destination is too small.</summary>
    bool TryFormatCore<TChar>(Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar>;

    /// <summary>Returns whether <paramref name="utf8Text"/>, which parsed to <paramref name="value"/>, is the
    /// value's canonical text (what <see cref="TryFormatCore"/> writes). Types whose canonical text is a string they
    /// hold override this with a plain comparison.</summary>
    static virtual bool IsCanonical(ReadOnlySpan<byte> utf8Text, in TSelf value)
    {
        Span<byte> canonical = stackalloc byte[512];
        return value.TryFormatCore(canonical, out int written) && canonical[..written].SequenceEqual(utf8Text);
    }

    static TSelf IParsable<TSelf>.Parse(string s, IFormatProvider? provider) => TextValue.Parse<TSelf>(s);

    static bool IParsable<TSelf>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TSelf result) =>
        TextValue.TryParse(s, out result);

    static TSelf ISpanParsable<TSelf>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => TextValue.Parse<TSelf, char>(s);

    static bool ISpanParsable<TSelf>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TSelf result) =>
        TSelf.TryParseCore(s, out result, out _);

    static TSelf IUtf8SpanParsable<TSelf>.Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) => TextValue.Parse<TSelf, byte>(utf8Text);

    static bool IUtf8SpanParsable<TSelf>.TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out TSelf result) =>
        TSelf.TryParseCore(utf8Text, out result, out _);
}
