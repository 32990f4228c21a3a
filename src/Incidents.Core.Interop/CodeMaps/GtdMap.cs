namespace Incidents.Core.Interop.CodeMaps;

/// <summary>How the Global Terrorism Database codes one attack method: <c>attacktype</c>, <c>weaptype</c>,
/// <c>weapsubtype</c> (0 when GTD has none for the type) and <c>suicide</c>.</summary>
/// <param name="AttackType">GTD <c>attacktype</c>, 1–9.</param>
/// <param name="WeaponType">GTD <c>weaptype</c>, 1–13.</param>
/// <param name="WeaponSubtype">GTD <c>weapsubtype</c>, or 0 for none.</param>
/// <param name="Suicide">GTD <c>suicide</c>: whether the perpetrator did not intend to escape alive.</param>
public readonly record struct GtdCoding(int AttackType, int WeaponType, int WeaponSubtype, bool Suicide);

/// <summary>A GTD weapon subtype: the weapon type it belongs to and its label.</summary>
/// <param name="WeaponType">The weapon type (6 Explosives …).</param>
/// <param name="Label">The label (Vehicle …).</param>
public readonly record struct GtdWeaponSubtype(int WeaponType, string Label);

/// <summary>The map between the attack-method and claim-mode taxonomies and START's Global Terrorism Database codes
/// (codebook numbers and labels are facts; no GTD row or codebook text is copied). Both directions; every lossy
/// direction says what it loses.</summary>
/// <remarks>
/// <para>To GTD: each well-known <see cref="AttackMethodKind"/> has one coding (a VBIED is attack type 3
/// Bombing/Explosion, weapon 6 Explosives, subtype 15 Vehicle; a suicide VBIED also sets <c>suicide</c>). GTD has no
/// raid, siege, riot or prison break: those become their closest attack type, and the report says so.</para>
/// <para>From GTD: attack type and weapon (sub)type pick the finest method the taxonomy has (6/15 → <c>vbied</c>,
/// with <c>suicide</c> → <c>svbied</c>); what GTD says and the taxonomy cannot (the gun type, the fuse) is reported as
/// dropped.</para>
/// </remarks>
public static class GtdMap
{
    /// <summary>Gets GTD's attack types by code.</summary>
    public static IReadOnlyDictionary<int, string> AttackTypes { get; } = new Dictionary<int, string>
    {
        [1] = "Assassination", [2] = "Armed Assault", [3] = "Bombing/Explosion", [4] = "Hijacking",
        [5] = "Hostage Taking (Barricade Incident)", [6] = "Hostage Taking (Kidnapping)", [7] = "Facility/Infrastructure Attack",
        [8] = "Unarmed Assault", [9] = "Unknown",
    };

    /// <summary>Gets GTD's weapon types by code.</summary>
    public static IReadOnlyDictionary<int, string> WeaponTypes { get; } = new Dictionary<int, string>
    {
        [1] = "Biological", [2] = "Chemical", [3] = "Radiological", [4] = "Nuclear", [5] = "Firearms", [6] = "Explosives",
        [7] = "Fake Weapons", [8] = "Incendiary", [9] = "Melee", [10] = "Vehicle", [11] = "Sabotage Equipment", [12] = "Other",
        [13] = "Unknown",
    };

    /// <summary>Gets GTD's weapon subtypes by code, with the weapon type each belongs to.</summary>
    public static IReadOnlyDictionary<int, GtdWeaponSubtype> WeaponSubtypes { get; } = new Dictionary<int, GtdWeaponSubtype>
    {
        [1] = new(2, "Poisoning"), [30] = new(2, "Explosive"),
        [2] = new(5, "Automatic or Semi-Automatic Rifle"), [3] = new(5, "Handgun"), [4] = new(5, "Rifle/Shotgun (non-automatic)"),
        [5] = new(5, "Unknown Gun Type"), [6] = new(5, "Other Gun Type"),
        [7] = new(6, "Grenade"), [8] = new(6, "Landmine"), [9] = new(6, "Letter Bomb"), [10] = new(6, "Pressure Trigger"),
        [11] = new(6, "Projectile (rockets, mortars, RPGs, etc.)"), [12] = new(6, "Remote Trigger"),
        [13] = new(6, "Suicide (carried bodily by human being)"), [14] = new(6, "Time Fuse"), [15] = new(6, "Vehicle"),
        [16] = new(6, "Unknown Explosive Type"), [17] = new(6, "Other Explosive Type"), [28] = new(6, "Dynamite/TNT"),
        [29] = new(6, "Sticky Bomb"), [31] = new(6, "Pipe Bomb"),
        [18] = new(8, "Arson/Fire"), [19] = new(8, "Molotov Cocktail/Petrol Bomb"), [20] = new(8, "Gasoline or Alcohol"),
        [21] = new(9, "Blunt Object"), [22] = new(9, "Hands, Feet, Fists"), [23] = new(9, "Knife or Other Sharp Object"),
        [24] = new(9, "Rope or Other Strangling Device"), [26] = new(9, "Suffocation"), [27] = new(9, "Unknown Weapon Type"),
    };

    /// <summary>Gets GTD's claim modes by code.</summary>
    public static IReadOnlyDictionary<int, string> ClaimModes { get; } = new Dictionary<int, string>
    {
        [1] = "Letter", [2] = "Call (post-incident)", [3] = "Call (pre-incident)", [4] = "E-mail", [5] = "Note left at scene",
        [6] = "Video", [7] = "Posted to website, blog, etc.", [8] = "Personal claim", [9] = "Other", [10] = "Unknown",
    };

    // Method → coding, and what GTD cannot say about it.
    private static readonly (AttackMethodKind Kind, GtdCoding Coding, string? Loss)[] s_methods =
    [
        (AttackMethodKind.VehicleBorneIed, new(3, 6, 15, false), null),
        (AttackMethodKind.SuicideVehicleBorneIed, new(3, 6, 15, true), null),
        (AttackMethodKind.PersonBorneIed, new(3, 6, 13, true), null),
        (AttackMethodKind.Ied, new(3, 6, 16, false), "an IED has no GTD subtype of its own: Explosives / Unknown Explosive Type"),
        (AttackMethodKind.ArmedAssault, new(2, 5, 5, false), "the gun type is not known: Firearms / Unknown Gun Type"),
        (AttackMethodKind.Raid, new(2, 5, 5, false), "GTD has no raid: coded Armed Assault with firearms"),
        (AttackMethodKind.Siege, new(5, 13, 0, false), "GTD has no siege: coded Hostage Taking (Barricade Incident), weapon unknown"),
        (AttackMethodKind.Shooting, new(2, 5, 5, false), "a shooting becomes Armed Assault with firearms of unknown type"),
        (AttackMethodKind.Assassination, new(1, 13, 0, false), "the weapon is not part of the method: Unknown"),
        (AttackMethodKind.Kidnapping, new(6, 13, 0, false), "the weapon is not part of the method: Unknown"),
        (AttackMethodKind.HostageTaking, new(5, 13, 0, false), "the weapon is not part of the method: Unknown"),
        (AttackMethodKind.Hijacking, new(4, 13, 0, false), "the weapon is not part of the method: Unknown"),
        (AttackMethodKind.Arson, new(7, 8, 18, false), null),
        (AttackMethodKind.Grenade, new(3, 6, 7, false), null),
        (AttackMethodKind.IndirectFire, new(3, 6, 11, false), "rockets, mortars and artillery are one GTD subtype: Projectile"),
        (AttackMethodKind.AirStrike, new(3, 6, 16, false), "GTD covers non-state terrorism; an air strike is coded Bombing/Explosion, explosive type unknown"),
        (AttackMethodKind.DroneStrike, new(3, 6, 16, false), "GTD has no drone: Bombing/Explosion, explosive type unknown"),
        (AttackMethodKind.PrisonBreak, new(7, 13, 0, false), "GTD has no prison break: Facility/Infrastructure Attack (target type 3 Police / subtype 26 Prison)"),
        (AttackMethodKind.Riot, new(8, 9, 27, false), "GTD has no riot: Unarmed Assault, melee weapon unknown"),
        (AttackMethodKind.Unknown, new(9, 13, 0, false), null),
    ];

    /// <summary>Codes an attack method for GTD.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The coding; the losses say what GTD cannot hold (a count of 2 VBIEDs, a method without a code of its own).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is <see langword="null"/>.</exception>
    public static Mapping<GtdCoding> ToGtd(AttackMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var losses = new List<Loss>();
        (AttackMethodKind _, GtdCoding coding, string? loss) = Array.Find(s_methods, m => m.Kind == method.Kind);
        if (coding == default)
        {
            coding = new GtdCoding(9, 13, 0, false);
            loss = $"'{method.Kind}' has no GTD coding: Unknown";
        }

        if (loss is not null)
        {
            losses.Add(new Loss(LossKind.Coarsened, "kind", $"{method.Kind} → attacktype {coding.AttackType} ({AttackTypes[coding.AttackType]}): {loss}"));
        }

        if (method.IsSuicide is true && !coding.Suicide)
        {
            coding = coding with { Suicide = true };
        }

        if (method.Count is > 1)
        {
            losses.Add(new Loss(LossKind.Dropped, "count", $"{method.Count} × {method.Kind} → one GTD coding (GTD has no count of weapons)"));
        }

        if (method.Target is not null || method.Description is not null)
        {
            losses.Add(new Loss(LossKind.Dropped, "target", "the method's target and description have no GTD column (weapdetail is free text of its own)"));
        }

        return new Mapping<GtdCoding>(coding, new LossReport([.. losses]));
    }

    /// <summary>Reads a GTD coding as an attack method.</summary>
    /// <param name="coding">The coding.</param>
    /// <returns>The method; the losses say what the taxonomy cannot hold.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A code is not in GTD's lists.</exception>
    public static Mapping<AttackMethod> FromGtd(GtdCoding coding)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(coding.WeaponSubtype, nameof(coding));
        if (!AttackTypes.ContainsKey(coding.AttackType) || !WeaponTypes.ContainsKey(coding.WeaponType)
            || (coding.WeaponSubtype != 0 && (!WeaponSubtypes.TryGetValue(coding.WeaponSubtype, out GtdWeaponSubtype sub) || sub.WeaponType != coding.WeaponType)))
        {
            throw new ArgumentOutOfRangeException(nameof(coding), coding, "Not a GTD attack type, weapon type and subtype of that weapon type.");
        }

        AttackMethodKind kind = (coding.AttackType, coding.WeaponType, coding.WeaponSubtype) switch
        {
            (_, 6, 15) => coding.Suicide ? AttackMethodKind.SuicideVehicleBorneIed : AttackMethodKind.VehicleBorneIed,
            (_, 6, 13) => AttackMethodKind.PersonBorneIed,
            (_, 6, 11) => AttackMethodKind.IndirectFire,
            (_, 6, 7) => AttackMethodKind.Grenade,
            (_, 8, _) => AttackMethodKind.Arson,
            (1, _, _) => AttackMethodKind.Assassination,
            (2, _, _) => AttackMethodKind.ArmedAssault,
            (3, _, _) => AttackMethodKind.Ied,
            (4, _, _) => AttackMethodKind.Hijacking,
            (5, _, _) => AttackMethodKind.HostageTaking,
            (6, _, _) => AttackMethodKind.Kidnapping,
            _ => AttackMethodKind.Unknown,
        };
        var losses = new List<Loss>();
        string weapon = coding.WeaponSubtype != 0 ? $"{WeaponTypes[coding.WeaponType]} / {WeaponSubtypes[coding.WeaponSubtype].Label}" : WeaponTypes[coding.WeaponType];
        if (kind == AttackMethodKind.Unknown || (coding.AttackType == 3 && kind == AttackMethodKind.Ied))
        {
            losses.Add(new Loss(LossKind.Coarsened, "attacktype", $"attacktype {coding.AttackType} ({AttackTypes[coding.AttackType]}) with {weapon} → {kind}"));
        }
        else if (coding.WeaponSubtype != 0 && coding.WeaponType != 6 && coding.WeaponType != 8)
        {
            losses.Add(new Loss(LossKind.Dropped, "weapsubtype", $"weapon {weapon} has no place in the method '{kind}'"));
        }

        return new Mapping<AttackMethod>(new AttackMethod { Kind = kind, IsSuicide = coding.Suicide }, new LossReport([.. losses]));
    }

    private static readonly (ClaimMode Mode, int Code)[] s_claimModes =
    [
        (ClaimMode.Letter, 1), (ClaimMode.CallAfterIncident, 2), (ClaimMode.CallBeforeIncident, 3), (ClaimMode.Email, 4),
        (ClaimMode.NoteAtScene, 5), (ClaimMode.Video, 6), (ClaimMode.Website, 7), (ClaimMode.InPerson, 8), (ClaimMode.Other, 9),
        (ClaimMode.Unknown, 10),
    ];

    /// <summary>Codes a claim mode as GTD's <c>claimmode</c>.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The code; statements and photos have none of their own (9 Other), and the report says so.</returns>
    public static Mapping<int> ToGtd(ClaimMode mode)
    {
        foreach ((ClaimMode m, int code) in s_claimModes)
        {
            if (m == mode)
            {
                return Mapping<int>.Exact(code);
            }
        }

        return Mapping<int>.Lossy(9, LossKind.Coarsened, "claimmode", $"'{mode}' has no GTD claim mode: 9 Other");
    }

    /// <summary>Reads GTD's <c>claimmode</c>.</summary>
    /// <param name="code">1–10.</param>
    /// <returns>The mode (exact: every GTD mode has one).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not 1–10.</exception>
    public static Mapping<ClaimMode> ClaimModeFromGtd(int code)
    {
        foreach ((ClaimMode m, int c) in s_claimModes)
        {
            if (c == code)
            {
                return Mapping<ClaimMode>.Exact(m);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(code), code, "GTD claim modes are 1–10.");
    }
}
