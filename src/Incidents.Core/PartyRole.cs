using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;

namespace Incidents.Core;

/// <summary>The role an actor plays in an incident: perpetrator, target, defender, victim, claimant, reporting source.</summary>
/// <remarks>
/// <para>
/// An extensible enumeration (the Azure SDK pattern): a value is a code, and the static properties are the codes this
/// version knows. A code from a newer producer is accepted, compared and written back unchanged instead of failing.
/// </para>
/// <para>
/// Codes are 1 to 64 ASCII letters, digits and single hyphens, starting and ending with a letter or digit. Letters are
/// folded to lower case on construction, so <c>new PartyRole("VBIED")</c> equals <c>new PartyRole("vbied")</c>; comparison is
/// ordinal. The default value equals <see cref="Unknown"/>.
/// </para>
/// <para>One actor may hold several roles (a group can be both perpetrator and claimant); see <see cref="Party"/>.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<PartyRole>))]
[TextValue("a party-role code", "\"perpetrator\", \"reporting-source\"", ExtensibleCodes = "a party-role code such as \"perpetrator\"")]
public readonly partial record struct PartyRole
{
    /// <summary>Carried out the attack (code <c>perpetrator</c>).</summary>
    public static PartyRole Perpetrator { get; } = new("perpetrator");

    /// <summary>Was the intended object of the attack (code <c>target</c>).</summary>
    public static PartyRole Target { get; } = new("target");

    /// <summary>Defended the place or people attacked, or responded to the attack (code <c>defender</c>).</summary>
    public static PartyRole Defender { get; } = new("defender");

    /// <summary>Suffered harm without being the intended target (code <c>victim</c>).</summary>
    public static PartyRole Victim { get; } = new("victim");

    /// <summary>Claimed responsibility for the attack, or claimed a fact about it (code <c>claimant</c>).</summary>
    public static PartyRole Claimant { get; } = new("claimant");

    /// <summary>Reported on the attack without taking part in it (code <c>reporting-source</c>).</summary>
    public static PartyRole ReportingSource { get; } = new("reporting-source");

    /// <summary>Fought in a clash in which neither side is the attacker as such (code <c>belligerent</c>): UCDP GED's side A
    /// and side B in state-based and non-state conflict, ACLED's actors in battles.</summary>
    public static PartyRole Belligerent { get; } = new("belligerent");

    /// <summary>The role is not known (code <c>unknown</c>; also the default value).</summary>
    public static PartyRole Unknown => default;
}
