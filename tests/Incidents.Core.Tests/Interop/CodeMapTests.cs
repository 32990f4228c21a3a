using Incidents.Core.Interop;
using Incidents.Core.Interop.CodeMaps;

namespace Incidents.Core.Tests.Interop;

/// <summary>The code maps are exhaustive in both directions: every well-known method maps to a code of each published
/// list, and every code of each list is accepted; the facts the issue names hold.</summary>
public sealed class CodeMapTests
{
    public static TheoryData<string> Methods => [.. AttackMethodKind.WellKnown.Select(k => k.Code)];

    [Theory]
    [MemberData(nameof(Methods))]
    public void EveryWellKnownMethod_MapsToACodeOfEachPublishedList(string code)
    {
        var kind = new AttackMethodKind(code);

        GtdCoding gtd = GtdMap.ToGtd(new AttackMethod { Kind = kind }).Value;
        GtdMap.AttackTypes.Should().ContainKey(gtd.AttackType);
        GtdMap.WeaponTypes.Should().ContainKey(gtd.WeaponType);
        if (gtd.WeaponSubtype != 0)
        {
            GtdMap.WeaponSubtypes[gtd.WeaponSubtype].WeaponType.Should().Be(gtd.WeaponType);
        }

        EventCodeMaps.AcledSubEventTypes.Should().Contain(EventCodeMaps.ToAcled(kind).Value);
        EventCodeMaps.CameoCodes.Should().ContainKey(EventCodeMaps.ToCameo(kind).Value);
        PloverEvent plover = EventCodeMaps.ToPlover(kind).Value;
        plover.Event.Should().BeOneOf("ASSAULT", "COERCE", "PROTEST");
        if (plover.Event == "ASSAULT" && plover.Mode is { } mode)
        {
            EventCodeMaps.PloverAssaultModes.Should().Contain(mode);
        }
    }

    [Fact]
    public void EveryGtdCoding_IsAccepted_AndTheFinestMethodIsChosen()
    {
        foreach (int attack in GtdMap.AttackTypes.Keys)
        {
            foreach (int weapon in GtdMap.WeaponTypes.Keys)
            {
                GtdMap.FromGtd(new GtdCoding(attack, weapon, 0, false)).Value.Kind.Should().NotBeNull();
            }

            foreach ((int subtype, GtdWeaponSubtype weapon) in GtdMap.WeaponSubtypes)
            {
                Mapping<AttackMethod> m = GtdMap.FromGtd(new GtdCoding(attack, weapon.WeaponType, subtype, false));
                m.Value.IsSuicide.Should().BeFalse();
            }
        }

        Action wrongPair = () => GtdMap.FromGtd(new GtdCoding(3, 5, 15, false));
        wrongPair.Should().Throw<ArgumentOutOfRangeException>("subtype 15 belongs to weapon type 6");
        Action unknown = () => GtdMap.FromGtd(new GtdCoding(10, 6, 15, false));
        unknown.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Grenade_HasAKind_AndMapsToEachTaxonomysGrenadeExactly()
    {
        AttackMethodKind.Parse("hand grenade").Should().Be(AttackMethodKind.Grenade);
        AttackMethodKind.Parse("Grenade attack").Should().Be(AttackMethodKind.Grenade);
        GtdMap.ToGtd(new AttackMethod { Kind = AttackMethodKind.Grenade }).Should().Be(new Mapping<GtdCoding>(new GtdCoding(3, 6, 7, false), LossReport.None));
        GtdMap.FromGtd(new GtdCoding(3, 6, 7, false)).Value.Kind.Should().Be(AttackMethodKind.Grenade);
        EventCodeMaps.ToAcled(AttackMethodKind.Grenade).Value.SubEventType.Should().Be("Grenade");
        EventCodeMaps.FromAcled("Grenade").Should().Be(Mapping<AttackMethodKind>.Exact(AttackMethodKind.Grenade));
    }

    [Fact]
    public void Vbied_IsWeaponType6Subtype15_AndSuicideSetsTheFlag()
    {
        GtdMap.ToGtd(new AttackMethod { Kind = AttackMethodKind.VehicleBorneIed }).Should().Be(new Mapping<GtdCoding>(new GtdCoding(3, 6, 15, false), LossReport.None));
        GtdMap.ToGtd(new AttackMethod { Kind = AttackMethodKind.SuicideVehicleBorneIed }).Value.Should().Be(new GtdCoding(3, 6, 15, true));
        GtdMap.ToGtd(new AttackMethod { Kind = AttackMethodKind.VehicleBorneIed, IsSuicide = true }).Value.Suicide.Should().BeTrue();
        GtdMap.FromGtd(new GtdCoding(3, 6, 15, true)).Value.Kind.Should().Be(AttackMethodKind.SuicideVehicleBorneIed);
        GtdMap.FromGtd(new GtdCoding(3, 6, 15, false)).Should().Match<Mapping<AttackMethod>>(m => m.Value.Kind == AttackMethodKind.VehicleBorneIed && m.IsExact);
    }

    [Fact]
    public void TheSeedsMethods_ReportWhatGtdCannotHold()
    {
        Mapping<GtdCoding> twoVbieds = GtdMap.ToGtd(new AttackMethod { Kind = AttackMethodKind.VehicleBorneIed, Count = 2, Target = "the outside walls of the prison" });
        Mapping<GtdCoding> prisonBreak = GtdMap.ToGtd(new AttackMethod { Kind = AttackMethodKind.PrisonBreak });

        twoVbieds.Losses.Losses.Select(l => (l.Kind, l.Subject)).Should().Equal((LossKind.Dropped, "count"), (LossKind.Dropped, "target"));
        prisonBreak.Value.AttackType.Should().Be(7);
        prisonBreak.Losses.Losses.Should().ContainSingle().Which.Description.Should().Contain("subtype 26 Prison");
        GtdMap.ToGtd(new AttackMethod { Kind = new AttackMethodKind("vehicle-ramming") }).Should().Match<Mapping<GtdCoding>>(m => m.Value.AttackType == 9 && !m.IsExact);
    }

    [Fact]
    public void GtdClaimModes_RoundTrip_AndStatementsArePreciselyLossy()
    {
        foreach (int code in GtdMap.ClaimModes.Keys)
        {
            ClaimMode mode = GtdMap.ClaimModeFromGtd(code).Value;
            GtdMap.ToGtd(mode).Should().Be(Mapping<int>.Exact(code) with { });
        }

        GtdMap.ToGtd(ClaimMode.Statement).Should().Match<Mapping<int>>(m => m.Value == 9 && !m.IsExact);
        GtdMap.ToGtd(ClaimMode.Photos).Value.Should().Be(9);
        ((Action)(() => GtdMap.ClaimModeFromGtd(11))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => GtdMap.ClaimModeFromGtd(0))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void EveryAcledSubEventType_CameoCode_AndPloverMode_IsAccepted()
    {
        foreach (AcledEventType t in EventCodeMaps.AcledSubEventTypes)
        {
            EventCodeMaps.FromAcled(t.SubEventType).Value.Code.Should().NotBeNullOrEmpty();
        }

        foreach (string code in EventCodeMaps.CameoCodes.Keys)
        {
            EventCodeMaps.FromCameo(code).Value.Code.Should().NotBeNullOrEmpty();
        }

        foreach (string mode in EventCodeMaps.PloverAssaultModes)
        {
            EventCodeMaps.FromPloverAssault(mode).Value.Code.Should().NotBeNullOrEmpty();
        }

        ((Action)(() => EventCodeMaps.FromAcled("Suicide bombing"))).Should().Throw<ArgumentException>();
        ((Action)(() => EventCodeMaps.FromCameo("200"))).Should().Throw<ArgumentException>();
        ((Action)(() => EventCodeMaps.FromPloverAssault("car-bomb"))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void TheFieldsConventions_Hold()
    {
        EventCodeMaps.ToAcled(AttackMethodKind.SuicideVehicleBorneIed).Value.Should().Be(new AcledEventType("Explosions/Remote violence", "Suicide bomb"));
        EventCodeMaps.ToAcled(AttackMethodKind.VehicleBorneIed).Value.SubEventType.Should().Be("Remote explosive/landmine/IED");
        EventCodeMaps.ToCameo(AttackMethodKind.VehicleBorneIed).Value.Should().Be("1832");
        EventCodeMaps.ToCameo(AttackMethodKind.PersonBorneIed).Should().Be(Mapping<string>.Exact("1831") with { });
        EventCodeMaps.ToPlover(AttackMethodKind.SuicideVehicleBorneIed).Value.Should().Be(new PloverEvent("ASSAULT", "suicide-attack"));
        EventCodeMaps.ToPlover(AttackMethodKind.Raid).Value.Should().Be(new PloverEvent("COERCE", "seize"));
        EventCodeMaps.FromCameo("1832").Should().Match<Mapping<AttackMethodKind>>(m => m.Value == AttackMethodKind.VehicleBorneIed && m.IsExact);
        EventCodeMaps.FromAcled("Suicide bomb").Should().Match<Mapping<AttackMethodKind>>(m => m.Value == AttackMethodKind.PersonBorneIed && !m.IsExact);
        EventCodeMaps.FromPloverAssault("explosives").Losses.Losses.Should().ContainSingle().Which.Kind.Should().Be(LossKind.Coarsened);
    }
}
