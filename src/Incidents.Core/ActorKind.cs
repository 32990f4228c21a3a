using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;

namespace Incidents.Core;

/// <summary>The kind of an actor: a state force, a non-state armed group, civilians, detainees, a media outlet …</summary>
/// <remarks>
/// <para>
/// An extensible enumeration (the Azure SDK pattern): a value is a code, and the static properties are the codes this
/// version knows. A code from a newer producer is accepted, compared and written back unchanged instead of failing.
/// </para>
/// <para>
/// Codes are 1 to 64 ASCII letters, digits and single hyphens, starting and ending with a letter or digit. Letters are
/// folded to lower case on construction, so <c>new ActorKind("VBIED")</c> equals <c>new ActorKind("vbied")</c>; comparison is
/// ordinal. The default value equals <see cref="Unknown"/>.
/// </para>
/// <para>The codes map onto ACLED's inter codes, STIX threat-actor and identity classes and GTD's target types.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<ActorKind>))]
[TextValue("an actor-kind code", "\"state-force\", \"MEDIA-OUTLET\"", ExtensibleCodes = "an actor-kind code such as \"state-force\"")]
public readonly partial record struct ActorKind
{
    /// <summary>Armed or security forces of a state: army, police, border guards, and allied forces acting for it (code <c>state-force</c>).</summary>
    public static ActorKind StateForce { get; } = new("state-force");

    /// <summary>An organised armed group that is not a state force: an insurgent, rebel, jihadist or separatist group, or a militia (code <c>non-state-armed-group</c>).</summary>
    public static ActorKind NonStateArmedGroup { get; } = new("non-state-armed-group");

    /// <summary>A government, ministry or official body speaking for a state (code <c>government</c>).</summary>
    public static ActorKind Government { get; } = new("government");

    /// <summary>Civilians, or a civilian group or population (code <c>civilians</c>).</summary>
    public static ActorKind Civilians { get; } = new("civilians");

    /// <summary>People held in a prison, camp or other detention facility (code <c>detainees</c>).</summary>
    public static ActorKind Detainees { get; } = new("detainees");

    /// <summary>A news agency, broadcaster, newspaper or an armed group's own media organ (code <c>media-outlet</c>).</summary>
    public static ActorKind MediaOutlet { get; } = new("media-outlet");

    /// <summary>A group that monitors and reports violence (a human-rights observatory, an NGO, a research project) (code <c>monitoring-group</c>).</summary>
    public static ActorKind MonitoringGroup { get; } = new("monitoring-group");

    /// <summary>An intergovernmental organisation or mission (the UN, a coalition) (code <c>international-organization</c>).</summary>
    public static ActorKind InternationalOrganization { get; } = new("international-organization");

    /// <summary>One or more people named as such — a lone attacker, a named bomber, a leader speaking for a group (with
    /// <see cref="Actor.AffiliatedWith"/> for the group) (code <c>individual</c>).</summary>
    public static ActorKind Individual { get; } = new("individual");

    /// <summary>A political party or movement that is not itself armed (the political wing of an armed group)
    /// (code <c>political-organization</c>).</summary>
    public static ActorKind PoliticalOrganization { get; } = new("political-organization");

    /// <summary>The kind is not known (code <c>unknown</c>; also the default value).</summary>
    public static ActorKind Unknown => default;
}
