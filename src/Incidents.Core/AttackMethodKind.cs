using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;

namespace Incidents.Core;

/// <summary>The kind of an attack method: how an incident's violence was carried out (a VBIED, a raid, a siege …).</summary>
/// <remarks>
/// <para>
/// An extensible enumeration (the Azure SDK pattern): a value is a code, and the static properties are the codes this
/// version knows. A code from a newer producer is accepted, compared and written back unchanged instead of failing.
/// </para>
/// <para>
/// Codes are 1 to 64 ASCII letters, digits and single hyphens, starting and ending with a letter or digit. Letters are
/// folded to lower case on construction, so <c>new AttackMethodKind("VBIED")</c> equals <c>new AttackMethodKind("vbied")</c>; comparison is
/// ordinal. The default value equals <see cref="Unknown"/>.
/// </para>
/// <para>Several kinds may describe one incident (two VBIEDs, then a siege, then a riot inside); see <see cref="AttackMethod"/>.
/// The codes map onto GTD attack and weapon types, ACLED sub-event types, CAMEO 18x and PLOVER ASSAULT modes.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<AttackMethodKind>))]
[TextValue("an attack-method code or a known synonym", "\"vbied\", \"VBIED\", \"car bomb\", \"raid\"", ExtensibleCodes = "an attack-method code such as \"vbied\" or \"armed-assault\", or a known synonym such as \"car bomb\"")]
public readonly partial record struct AttackMethodKind
{
    /// <summary>A vehicle-borne improvised explosive device: a car or truck bomb (code <c>vbied</c>).</summary>
    public static AttackMethodKind VehicleBorneIed { get; } = new("vbied", canonical: true);

    /// <summary>A vehicle-borne IED driven by an attacker who does not intend to survive (code <c>svbied</c>).</summary>
    public static AttackMethodKind SuicideVehicleBorneIed { get; } = new("svbied", canonical: true);

    /// <summary>An explosive device carried on the body: a suicide vest or belt (code <c>pbied</c>).</summary>
    public static AttackMethodKind PersonBorneIed { get; } = new("pbied", canonical: true);

    /// <summary>An improvised explosive device that is neither vehicle- nor person-borne (roadside, placed, remote or timed) (code <c>ied</c>).</summary>
    public static AttackMethodKind Ied { get; } = new("ied", canonical: true);

    /// <summary>An attack by armed people with firearms or other weapons on a place or group (code <c>armed-assault</c>).</summary>
    public static AttackMethodKind ArmedAssault { get; } = new("armed-assault", canonical: true);

    /// <summary>A swift incursion into a place (a barracks, a house), often covert or at night, followed by withdrawal (code <c>raid</c>).</summary>
    public static AttackMethodKind Raid { get; } = new("raid", canonical: true);

    /// <summary>The encirclement or sustained assault of a defended place (code <c>siege</c>).</summary>
    public static AttackMethodKind Siege { get; } = new("siege", canonical: true);

    /// <summary>Shooting people with firearms (code <c>shooting</c>).</summary>
    public static AttackMethodKind Shooting { get; } = new("shooting", canonical: true);

    /// <summary>The targeted killing of a specific person (code <c>assassination</c>).</summary>
    public static AttackMethodKind Assassination { get; } = new("assassination", canonical: true);

    /// <summary>Abducting people and holding them at an undisclosed place (code <c>kidnapping</c>).</summary>
    public static AttackMethodKind Kidnapping { get; } = new("kidnapping", canonical: true);

    /// <summary>Taking and holding hostages at a known place (a barricade incident) (code <c>hostage-taking</c>).</summary>
    public static AttackMethodKind HostageTaking { get; } = new("hostage-taking", canonical: true);

    /// <summary>Seizing control of a vehicle, vessel or aircraft (code <c>hijacking</c>).</summary>
    public static AttackMethodKind Hijacking { get; } = new("hijacking", canonical: true);

    /// <summary>Setting fire to property (code <c>arson</c>).</summary>
    public static AttackMethodKind Arson { get; } = new("arson", canonical: true);

    /// <summary>Throwing or firing hand grenades (code <c>grenade</c>).</summary>
    public static AttackMethodKind Grenade { get; } = new("grenade", canonical: true);

    /// <summary>Mortars, rockets, artillery or other fire at a target out of sight (code <c>indirect-fire</c>).</summary>
    public static AttackMethodKind IndirectFire { get; } = new("indirect-fire", canonical: true);

    /// <summary>An attack from a manned aircraft (code <c>air-strike</c>).</summary>
    public static AttackMethodKind AirStrike { get; } = new("air-strike", canonical: true);

    /// <summary>An attack from an uncrewed aircraft (code <c>drone-strike</c>).</summary>
    public static AttackMethodKind DroneStrike { get; } = new("drone-strike", canonical: true);

    /// <summary>Freeing detainees from a prison or camp, from outside, inside or both (code <c>prison-break</c>).</summary>
    public static AttackMethodKind PrisonBreak { get; } = new("prison-break", canonical: true);

    /// <summary>A violent disturbance by a crowd, including detainees rioting inside a facility (code <c>riot</c>).</summary>
    public static AttackMethodKind Riot { get; } = new("riot", canonical: true);

    /// <summary>The method is not known (code <c>unknown</c>; also the default value).</summary>
    public static AttackMethodKind Unknown => default;

    /// <summary>The synonyms the constructor and the parsers map to their well-known codes.</summary>
    private static (string Synonym, AttackMethodKind Value)[] Synonyms() =>
    [
        ("vbieds", VehicleBorneIed),
        ("vehicle-borne-ied", VehicleBorneIed),
        ("vehicle-borne-improvised-explosive-device", VehicleBorneIed),
        ("car-bomb", VehicleBorneIed),
        ("car-bombing", VehicleBorneIed),
        ("truck-bomb", VehicleBorneIed),
        ("vehicle-bomb", VehicleBorneIed),
        ("svbieds", SuicideVehicleBorneIed),
        ("suicide-vbied", SuicideVehicleBorneIed),
        ("suicide-car-bomb", SuicideVehicleBorneIed),
        ("suicide-truck-bomb", SuicideVehicleBorneIed),
        ("suicide-vehicle-borne-ied", SuicideVehicleBorneIed),
        ("person-borne-ied", PersonBorneIed),
        ("suicide-vest", PersonBorneIed),
        ("suicide-belt", PersonBorneIed),
        ("suicide-bomber", PersonBorneIed),
        ("suicide-bombing", PersonBorneIed),
        ("ieds", Ied),
        ("improvised-explosive-device", Ied),
        ("roadside-bomb", Ied),
        ("explosive-device", Ied),
        ("bomb", Ied),
        ("armed-attack", ArmedAssault),
        ("assault", ArmedAssault),
        ("night-raid", Raid),
        ("clandestine-raid", Raid),
        ("incursion", Raid),
        ("gunfire", Shooting),
        ("small-arms-fire", Shooting),
        ("firearm-attack", Shooting),
        ("targeted-killing", Assassination),
        ("kidnap", Kidnapping),
        ("abduction", Kidnapping),
        ("hostage", HostageTaking),
        ("barricade-incident", HostageTaking),
        ("hijack", Hijacking),
        ("arson-attack", Arson),
        ("grenades", Grenade),
        ("hand-grenade", Grenade),
        ("hand-grenades", Grenade),
        ("grenade-attack", Grenade),
        ("mortar", IndirectFire),
        ("mortars", IndirectFire),
        ("mortar-fire", IndirectFire),
        ("rocket", IndirectFire),
        ("rockets", IndirectFire),
        ("rocket-attack", IndirectFire),
        ("shelling", IndirectFire),
        ("artillery", IndirectFire),
        ("airstrike", AirStrike),
        ("air-raid", AirStrike),
        ("aerial-bombardment", AirStrike),
        ("drone-attack", DroneStrike),
        ("uav-strike", DroneStrike),
        ("jailbreak", PrisonBreak),
        ("jail-break", PrisonBreak),
        ("prison-escape", PrisonBreak),
        ("rioting", Riot),
        ("prison-riot", Riot),
    ];
}
