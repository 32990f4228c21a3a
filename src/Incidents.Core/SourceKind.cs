using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;

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
[TextValue("a source-kind code", "\"monitoring-group\", \"news-media\"", ExtensibleCodes = "a source-kind code such as \"news-media\"")]
public readonly partial record struct SourceKind
{
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
}
