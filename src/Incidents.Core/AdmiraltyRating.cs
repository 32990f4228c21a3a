using System.Numerics;
using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>
/// A rating on the NATO Admiralty scale (STANAG 2511, US FM 2-22.3 Appendix B): the reliability of a source (A–F)
/// and the credibility of a piece of information (1–6), written together as <c>B2</c>.
/// </summary>
/// <remarks>
/// <para>The two axes are independent: a usually reliable source can pass on doubtful information (<c>B4</c>).
/// STIX 2.1 keeps only the credibility axis, as <c>confidence</c>; this type keeps both.</para>
/// <para>The default value is <c>F6</c>: neither axis can be judged.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<AdmiraltyRating>))]
[TextValue("an Admiralty rating", "\"B2\", \"f6\"")]
public readonly partial record struct AdmiraltyRating
{
    // 6 - value, so that the default value is F6.
    private readonly byte _reliabilityOffset;
    private readonly byte _credibilityOffset;

    /// <summary>Creates a rating.</summary>
    /// <param name="reliability">The reliability of the source.</param>
    /// <param name="credibility">The credibility of the information.</param>
    /// <exception cref="ArgumentOutOfRangeException">An axis is not a defined value.</exception>
    public AdmiraltyRating(SourceReliability reliability, InformationCredibility credibility)
    {
        _reliabilityOffset = (byte)(6 - (int)Guard.Defined(reliability, nameof(reliability)));
        _credibilityOffset = (byte)(6 - (int)Guard.Defined(credibility, nameof(credibility)));
    }

    /// <summary>Gets the reliability of the source (A–F).</summary>
    public SourceReliability Reliability => (SourceReliability)(6 - _reliabilityOffset);

    /// <summary>Gets the credibility of the information (1–6).</summary>
    public InformationCredibility Credibility => (InformationCredibility)(6 - _credibilityOffset);

    /// <summary>Gets the letter of the reliability axis, <c>A</c> to <c>F</c>.</summary>
    public char ReliabilityLetter => (char)('A' + (int)Reliability - 1);

    /// <summary>Gets the digit of the credibility axis, 1 to 6.</summary>
    public int CredibilityDigit => (int)Credibility;

    /// <summary>Returns the two-character code, e.g. <c>B2</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => TextValue.Format(this);

    private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, out AdmiraltyRating result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        const string Expected = "an Admiralty rating: a letter A-F (source reliability) and a digit 1-6 (information credibility), e.g. B2";
        result = default;
        if (!Chars.TryTrim(text, Expected, out int start, out int end, out error))
        {
            return false;
        }

        int letter = Chars.ToLower(Chars.At(text, start));
        if (letter is < 'a' or > 'f')
        {
            error = Chars.IsLetter(letter)
                ? new ParseError(ParseErrorKind.OutOfRange, start, Expected)
                : Chars.Unexpected(text, start, Expected);
            return false;
        }

        if (start + 1 >= end)
        {
            error = new ParseError(ParseErrorKind.UnexpectedEnd, end, Expected);
            return false;
        }

        int digit = Chars.At(text, start + 1);
        if (digit is < '1' or > '6')
        {
            error = Chars.IsDigit(digit)
                ? new ParseError(ParseErrorKind.OutOfRange, start + 1, Expected)
                : Chars.Unexpected(text, start + 1, Expected);
            return false;
        }

        if (end != start + 2)
        {
            error = Chars.Trailing(text, start + 2, Expected);
            return false;
        }

        result = new AdmiraltyRating((SourceReliability)(letter - 'a' + 1), (InformationCredibility)(digit - '0'));
        error = default;
        return true;
    }

    private bool TryFormatText<TChar>(Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var writer = new AsciiWriter<TChar>(destination);
        writer.Append(ReliabilityLetter);
        writer.Append((char)('0' + CredibilityDigit));
        return writer.TryComplete(out written);
    }
}
