using System.Globalization;
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
public readonly record struct AdmiraltyRating
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
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ReliabilityLetter}{CredibilityDigit}");
}
