using System.Numerics;
using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>The kind of a source of information: news media, a monitoring group, a party's statement, a group's own media …</summary>
/// <remarks>
/// <para>
/// An extensible enumeration (the Azure SDK pattern): a value is a code, and the static properties are the codes this
/// version knows. A code from a newer producer is accepted, compared and written back unchanged instead of failing.
/// </para>
/// <para>
/// Codes are 1 to 64 ASCII letters, digits and single hyphens, starting and ending with a letter or digit. Letters are
/// folded to lower case on construction, so <c>new SourceKind("VBIED")</c> equals <c>new SourceKind("vbied")</c>; comparison is
/// ordinal. The default value equals <see cref="Unknown"/>.
/// </para>
/// <para>The kind says who speaks, not how reliable they are; reliability and credibility are rated separately on the
/// Admiralty scale (<see cref="AdmiraltyRating"/>).</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<SourceKind>))]
[TextValue("a source-kind code", "\"monitoring-group\", \"news-media\"", CanonicalText = nameof(Code))]
public readonly partial record struct SourceKind
{
    private readonly string? _code;

    /// <summary>Creates a value from its code.</summary>
    /// <param name="code">The code, e.g. one of the well-known codes listed on this type.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> breaks the code syntax.</exception>
    public SourceKind(string code)
    {
        _code = CodeSyntax.Normalize(code, nameof(code));
    }

    /// <summary>Gets the lower-case code, e.g. <c>unknown</c> for the default value.</summary>
    public string Code => _code ?? CodeSyntax.Unknown;

    /// <summary>Gets a value indicating whether <see cref="Code"/> is one of the codes this version of the library defines.</summary>
    public bool IsWellKnown => WellKnown.AsSpan().Contains(this);

    /// <summary>A news agency, newspaper, broadcaster or news website (code <c>news-media</c>).</summary>
    public static SourceKind NewsMedia { get; } = new("news-media");

    /// <summary>A group that monitors and reports violence (code <c>monitoring-group</c>).</summary>
    public static SourceKind MonitoringGroup { get; } = new("monitoring-group");

    /// <summary>A statement by a party to the fighting (an armed force, a government, an armed group) (code <c>party-statement</c>).</summary>
    public static SourceKind PartyStatement { get; } = new("party-statement");

    /// <summary>An armed group's own media organ or publication (code <c>group-media</c>).</summary>
    public static SourceKind GroupMedia { get; } = new("group-media");

    /// <summary>A government body not party to the fighting (code <c>government</c>).</summary>
    public static SourceKind Government { get; } = new("government");

    /// <summary>A social-media post, video or channel (code <c>social-media</c>).</summary>
    public static SourceKind SocialMedia { get; } = new("social-media");

    /// <summary>An analyst's, researcher's or think tank's report (code <c>analyst-report</c>).</summary>
    public static SourceKind AnalystReport { get; } = new("analyst-report");

    /// <summary>A published event dataset (UCDP, GTD, ACLED …) (code <c>dataset</c>).</summary>
    public static SourceKind Dataset { get; } = new("dataset");

    /// <summary>The kind is not known (code <c>unknown</c>; also the default value).</summary>
    public static SourceKind Unknown => default;

    /// <summary>Gets every code this version of the library defines, in documentation order.</summary>
    public static EquatableArray<SourceKind> WellKnown { get; } = [NewsMedia, MonitoringGroup, PartyStatement, GroupMedia, Government, SocialMedia, AnalystReport, Dataset, Unknown];

    /// <summary>Returns <see cref="Code"/>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, out SourceKind result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar> => Table.Codes.TryParse(text, out result, out error);

    private bool TryFormatText<TChar>(Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar> => AsciiWriter<TChar>.TryWrite(destination, Code, out written);

    // A nested class, so that the table is built after the well-known values it lists.
    private static class Table
    {
        internal static readonly CodeTable<SourceKind> Codes = new(
            WellKnown.AsSpan(),
            static value => value.Code,
            static code => new SourceKind(code),
            "a source-kind code such as \"news-media\"");
    }
}
