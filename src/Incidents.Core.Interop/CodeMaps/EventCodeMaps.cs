namespace Incidents.Core.Interop.CodeMaps;

/// <summary>An ACLED event type and sub-event type.</summary>
/// <param name="EventType">The event type, e.g. <c>Explosions/Remote violence</c>.</param>
/// <param name="SubEventType">The sub-event type, e.g. <c>Suicide bomb</c>.</param>
public readonly record struct AcledEventType(string EventType, string SubEventType)
{
    /// <summary>Returns <c>Explosions/Remote violence / Suicide bomb</c>.</summary>
    /// <returns>The type and sub-type.</returns>
    public override string ToString() => $"{EventType} / {SubEventType}";
}

/// <summary>A PLOVER event category with an optional mode (<c>ASSAULT</c> / <c>explosives</c>).</summary>
/// <param name="Event">The event category, e.g. <c>ASSAULT</c>.</param>
/// <param name="Mode">The mode, e.g. <c>suicide-attack</c>, or <see langword="null"/>.</param>
public readonly record struct PloverEvent(string Event, string? Mode)
{
    /// <summary>Returns <c>ASSAULT:explosives</c>, or the event alone.</summary>
    /// <returns>The event and mode.</returns>
    public override string ToString() => Mode is null ? Event : $"{Event}:{Mode}";
}

/// <summary>The maps between the attack-method taxonomy and ACLED's event and sub-event types, CAMEO's ASSAULT and
/// FIGHT codes, and PLOVER's events and modes (category names and code numbers are facts; no codebook or manual text is
/// copied). Both directions; the lossy ones say what they lose.</summary>
/// <remarks>ACLED, CAMEO and PLOVER describe events, not methods, and are coarser than the taxonomy in places
/// (ACLED's "Remote explosive/landmine/IED" holds car bombs and roadside bombs alike; PLOVER's <c>explosives</c> too),
/// so several methods map to one code, and reading that code back gives the broader method, reported as coarsened.</remarks>
public static class EventCodeMaps
{
    private const string Battles = "Battles";
    private const string Explosions = "Explosions/Remote violence";
    private const string Civilians = "Violence against civilians";
    private const string Riots = "Riots";
    private const string Strategic = "Strategic developments";

    /// <summary>Gets ACLED's political-violence and strategic event types with their sub-event types, in ACLED's
    /// hierarchy order.</summary>
    public static EquatableArray<AcledEventType> AcledSubEventTypes { get; } =
    [
        new(Battles, "Government regains territory"), new(Battles, "Non-state actor overtakes territory"), new(Battles, "Armed clash"),
        new("Protests", "Excessive force against protesters"), new("Protests", "Protest with intervention"), new("Protests", "Peaceful protest"),
        new(Riots, "Violent demonstration"), new(Riots, "Mob violence"),
        new(Explosions, "Chemical weapon"), new(Explosions, "Air/drone strike"), new(Explosions, "Suicide bomb"),
        new(Explosions, "Shelling/artillery/missile attack"), new(Explosions, "Remote explosive/landmine/IED"), new(Explosions, "Grenade"),
        new(Civilians, "Sexual violence"), new(Civilians, "Attack"), new(Civilians, "Abduction/forced disappearance"),
        new(Strategic, "Agreement"), new(Strategic, "Arrests"), new(Strategic, "Change to group/activity"), new(Strategic, "Disrupted weapons use"),
        new(Strategic, "Headquarters or base established"), new(Strategic, "Looting/property destruction"),
        new(Strategic, "Non-violent transfer of territory"), new(Strategic, "Other"),
    ];

    /// <summary>Gets the CAMEO codes of roots 18 (ASSAULT) and 19 (FIGHT) with their short labels.</summary>
    public static IReadOnlyDictionary<string, string> CameoCodes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["180"] = "use unconventional violence", ["181"] = "abduct, hijack or take hostage", ["182"] = "physically assault",
        ["1821"] = "sexually assault", ["1822"] = "torture", ["1823"] = "kill by physical assault",
        ["183"] = "conduct suicide, car, or other non-military bombing", ["1831"] = "carry out suicide bombing",
        ["1832"] = "carry out vehicular bombing", ["1833"] = "carry out roadside bombing", ["1834"] = "carry out location bombing",
        ["184"] = "use as human shield", ["185"] = "attempt to assassinate", ["186"] = "assassinate",
        ["190"] = "use conventional military force", ["191"] = "impose blockade", ["192"] = "occupy territory",
        ["193"] = "fight with small arms and light weapons", ["194"] = "fight with artillery and tanks",
        ["195"] = "employ aerial weapons", ["196"] = "violate ceasefire",
    };

    /// <summary>Gets PLOVER's ASSAULT modes.</summary>
    public static EquatableArray<string> PloverAssaultModes { get; } =
        ["abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"];

    // method → (ACLED, CAMEO, PLOVER), and a note where a direction is lossy.
    private static readonly (AttackMethodKind Kind, AcledEventType Acled, string Cameo, PloverEvent Plover, string? Note)[] s_table =
    [
        (AttackMethodKind.VehicleBorneIed, new(Explosions, "Remote explosive/landmine/IED"), "1832", new("ASSAULT", "explosives"), "ACLED and PLOVER do not tell a car bomb from other IEDs"),
        (AttackMethodKind.SuicideVehicleBorneIed, new(Explosions, "Suicide bomb"), "1831", new("ASSAULT", "suicide-attack"), "ACLED, CAMEO and PLOVER keep the suicide and lose the vehicle"),
        (AttackMethodKind.PersonBorneIed, new(Explosions, "Suicide bomb"), "1831", new("ASSAULT", "suicide-attack"), null),
        (AttackMethodKind.Ied, new(Explosions, "Remote explosive/landmine/IED"), "1833", new("ASSAULT", "explosives"), "CAMEO's roadside bombing is the nearest code for an IED"),
        (AttackMethodKind.ArmedAssault, new(Battles, "Armed clash"), "193", new("ASSAULT", "firearms"), "ACLED codes an armed attack on civilians as Violence against civilians / Attack; the target decides, not the method"),
        (AttackMethodKind.Raid, new(Battles, "Armed clash"), "193", new("COERCE", "seize"), "no source has a raid; PLOVER's COERCE/seize includes raids"),
        (AttackMethodKind.Siege, new(Battles, "Armed clash"), "191", new("ASSAULT", null), "a siege becomes fighting (ACLED), a blockade (CAMEO) or an assault without mode (PLOVER)"),
        (AttackMethodKind.Shooting, new(Civilians, "Attack"), "193", new("ASSAULT", "firearms"), null),
        (AttackMethodKind.Assassination, new(Civilians, "Attack"), "186", new("ASSAULT", "targeted"), null),
        (AttackMethodKind.Kidnapping, new(Civilians, "Abduction/forced disappearance"), "181", new("ASSAULT", "abduct"), null),
        (AttackMethodKind.HostageTaking, new(Civilians, "Abduction/forced disappearance"), "181", new("ASSAULT", "abduct"), "hostage taking and kidnapping share one code everywhere"),
        (AttackMethodKind.Hijacking, new(Civilians, "Abduction/forced disappearance"), "181", new("ASSAULT", "abduct"), "hijacking shares the abduction code everywhere"),
        (AttackMethodKind.Arson, new(Strategic, "Looting/property destruction"), "180", new("ASSAULT", "destroy"), "ACLED codes arson as property destruction unless people are attacked"),
        (AttackMethodKind.Grenade, new(Explosions, "Grenade"), "183", new("ASSAULT", "explosives"), "CAMEO and PLOVER code a grenade as a bombing with explosives"),
        (AttackMethodKind.IndirectFire, new(Explosions, "Shelling/artillery/missile attack"), "194", new("ASSAULT", "heavy-weapons"), null),
        (AttackMethodKind.AirStrike, new(Explosions, "Air/drone strike"), "195", new("ASSAULT", "aerial"), null),
        (AttackMethodKind.DroneStrike, new(Explosions, "Air/drone strike"), "195", new("ASSAULT", "drone"), "ACLED and CAMEO do not tell drones from aircraft"),
        (AttackMethodKind.PrisonBreak, new(Battles, "Armed clash"), "190", new("ASSAULT", null), "no source has a prison break"),
        (AttackMethodKind.Riot, new(Riots, "Mob violence"), "180", new("PROTEST", null), "CAMEO's ASSAULT root has no riot; PLOVER codes riots as PROTEST"),
        (AttackMethodKind.Unknown, new(Battles, "Armed clash"), "190", new("ASSAULT", null), "an unknown method becomes the most general violent code of each"),
    ];

    private static (AttackMethodKind Kind, AcledEventType Acled, string Cameo, PloverEvent Plover, string? Note) Row(AttackMethodKind kind) =>
        Array.Find(s_table, r => r.Kind == kind) is { Cameo: not null } row ? row : Array.Find(s_table, r => r.Kind == AttackMethodKind.Unknown);

    private static Mapping<T> To<T>(AttackMethodKind kind, T value, string target, string subject)
    {
        var row = Row(kind);
        return row.Kind != kind
            ? Mapping<T>.Lossy(value, LossKind.Coarsened, subject, $"'{kind}' has no {target} code: {value}")
            : row.Note is { } note ? Mapping<T>.Lossy(value, LossKind.Coarsened, subject, $"{kind} → {target} {value}: {note}") : Mapping<T>.Exact(value);
    }

    /// <summary>Maps a method to ACLED's event and sub-event type.</summary>
    /// <param name="kind">The method.</param>
    /// <returns>The type; lossy where ACLED is coarser.</returns>
    public static Mapping<AcledEventType> ToAcled(AttackMethodKind kind) => To(kind, Row(kind).Acled, "ACLED", "sub_event_type");

    /// <summary>Maps a method to a CAMEO code.</summary>
    /// <param name="kind">The method.</param>
    /// <returns>The code; lossy where CAMEO is coarser.</returns>
    public static Mapping<string> ToCameo(AttackMethodKind kind) => To(kind, Row(kind).Cameo, "CAMEO", "cameo");

    /// <summary>Maps a method to a PLOVER event and mode.</summary>
    /// <param name="kind">The method.</param>
    /// <returns>The event; lossy where PLOVER is coarser.</returns>
    public static Mapping<PloverEvent> ToPlover(AttackMethodKind kind) => To(kind, Row(kind).Plover, "PLOVER", "mode");

    /// <summary>Reads an ACLED sub-event type as the finest method it implies.</summary>
    /// <param name="subEventType">One of <see cref="AcledSubEventTypes"/>' sub-event types.</param>
    /// <returns>The method; <see cref="AttackMethodKind.Unknown"/>, reported, for sub-events that are not attacks
    /// (protests, agreements …).</returns>
    /// <exception cref="ArgumentException">Not an ACLED sub-event type.</exception>
    public static Mapping<AttackMethodKind> FromAcled(string subEventType)
    {
        ArgumentNullException.ThrowIfNull(subEventType);
        if (!AcledSubEventTypes.AsImmutableArray().Any(t => t.SubEventType == subEventType))
        {
            throw new ArgumentException($"'{subEventType}' is not an ACLED sub-event type.", nameof(subEventType));
        }

        return subEventType switch
        {
            "Suicide bomb" => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.PersonBorneIed, LossKind.Coarsened, "sub_event_type", "a suicide bomb may be carried or driven (SVBIED); read as a person-borne IED"),
            "Remote explosive/landmine/IED" => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.Ied, LossKind.Coarsened, "sub_event_type", "IEDs alone or on vehicles, and landmines: read as an IED"),
            "Grenade" => Mapping<AttackMethodKind>.Exact(AttackMethodKind.Grenade),
            "Shelling/artillery/missile attack" => Mapping<AttackMethodKind>.Exact(AttackMethodKind.IndirectFire),
            "Air/drone strike" => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.AirStrike, LossKind.Coarsened, "sub_event_type", "aircraft or drone is not known: read as an air strike"),
            "Armed clash" or "Government regains territory" or "Non-state actor overtakes territory" => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.ArmedAssault, LossKind.Coarsened, "sub_event_type", $"'{subEventType}' is a battle: read as an armed assault"),
            "Attack" => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.ArmedAssault, LossKind.Coarsened, "sub_event_type", "an attack on civilians by any means: read as an armed assault"),
            "Abduction/forced disappearance" => Mapping<AttackMethodKind>.Exact(AttackMethodKind.Kidnapping),
            "Mob violence" or "Violent demonstration" => Mapping<AttackMethodKind>.Exact(AttackMethodKind.Riot),
            "Looting/property destruction" => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.Arson, LossKind.Coarsened, "sub_event_type", "property destruction by any means: read as arson"),
            _ => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.Unknown, LossKind.Dropped, "sub_event_type", $"'{subEventType}' is not an attack method"),
        };
    }

    /// <summary>Reads a CAMEO code of roots 18 or 19 as the finest method it implies.</summary>
    /// <param name="code">One of <see cref="CameoCodes"/>.</param>
    /// <returns>The method; lossy where CAMEO is coarser or says nothing about the method.</returns>
    /// <exception cref="ArgumentException">Not a CAMEO code of roots 18 or 19.</exception>
    public static Mapping<AttackMethodKind> FromCameo(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!CameoCodes.ContainsKey(code))
        {
            throw new ArgumentException($"'{code}' is not a CAMEO code of roots 18 (ASSAULT) or 19 (FIGHT).", nameof(code));
        }

        return code switch
        {
            "1831" => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.PersonBorneIed, LossKind.Coarsened, "cameo", "a suicide bombing on foot or by vehicle: read as a person-borne IED"),
            "1832" => Mapping<AttackMethodKind>.Exact(AttackMethodKind.VehicleBorneIed),
            "1833" or "1834" or "183" => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.Ied, LossKind.Coarsened, "cameo", $"{code} ({CameoCodes[code]}): read as an IED"),
            "181" => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.Kidnapping, LossKind.Coarsened, "cameo", "abduction, hijacking or hostage taking: read as a kidnapping"),
            "185" or "186" => Mapping<AttackMethodKind>.Exact(AttackMethodKind.Assassination),
            "191" => Mapping<AttackMethodKind>.Exact(AttackMethodKind.Siege),
            "193" => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.ArmedAssault, LossKind.Coarsened, "cameo", "fighting with small arms: read as an armed assault"),
            "194" => Mapping<AttackMethodKind>.Exact(AttackMethodKind.IndirectFire),
            "195" => Mapping<AttackMethodKind>.Exact(AttackMethodKind.AirStrike),
            _ => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.Unknown, LossKind.Dropped, "cameo", $"{code} ({CameoCodes[code]}) names no attack method of the taxonomy"),
        };
    }

    /// <summary>Reads a PLOVER ASSAULT mode as the finest method it implies.</summary>
    /// <param name="mode">One of <see cref="PloverAssaultModes"/>.</param>
    /// <returns>The method; lossy where the mode is broader.</returns>
    /// <exception cref="ArgumentException">Not a PLOVER ASSAULT mode.</exception>
    public static Mapping<AttackMethodKind> FromPloverAssault(string mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        if (!PloverAssaultModes.AsImmutableArray().Contains(mode))
        {
            throw new ArgumentException($"'{mode}' is not a PLOVER ASSAULT mode.", nameof(mode));
        }

        return mode switch
        {
            "explosives" => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.Ied, LossKind.Coarsened, "mode", "mines, IEDs and car bombs alike: read as an IED"),
            "suicide-attack" => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.PersonBorneIed, LossKind.Coarsened, "mode", "individual or vehicular: read as a person-borne IED"),
            "firearms" => Mapping<AttackMethodKind>.Exact(AttackMethodKind.Shooting),
            "targeted" => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.Assassination, LossKind.Coarsened, "mode", "targeted killings, executions and mass killings: read as an assassination"),
            "abduct" => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.Kidnapping, LossKind.Coarsened, "mode", "abduction, kidnapping or hijacking: read as a kidnapping"),
            "aerial" => Mapping<AttackMethodKind>.Exact(AttackMethodKind.AirStrike),
            "drone" => Mapping<AttackMethodKind>.Exact(AttackMethodKind.DroneStrike),
            "heavy-weapons" => Mapping<AttackMethodKind>.Exact(AttackMethodKind.IndirectFire),
            "destroy" => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.Arson, LossKind.Coarsened, "mode", "destruction by any means: read as arson"),
            _ => Mapping<AttackMethodKind>.Lossy(AttackMethodKind.Unknown, LossKind.Dropped, "mode", $"'{mode}' names no attack method of the taxonomy"),
        };
    }
}
