using System.Reflection;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests;

/// <summary>The rules every extensible taxonomy shares, checked for each of them.</summary>
public class ExtensibleEnumTests
{
    public static TheoryData<Type> Taxonomies => new()
    {
        typeof(AttackMethodKind), typeof(ActorKind), typeof(PartyRole), typeof(CasualtyKind), typeof(ClaimMode), typeof(SourceKind),
    };

    public static TheoryData<string> InvalidCodes => new()
    {
        string.Empty, " ", "-vbied", "vbied-", "armed--assault", "armed_assault", "armed assault", "véhicule", "ıed",
        new string('a', 65), "vbied\n", "\u0000",
    };

    [Theory]
    [MemberData(nameof(Taxonomies))]
    public void Default_EqualsUnknown(Type taxonomy)
    {
        object unknown = taxonomy.GetProperty("Unknown", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        object @default = Activator.CreateInstance(taxonomy)!;

        @default.Should().Be(unknown);
        Code(@default).Should().Be("unknown");
        Create(taxonomy, "UNKNOWN").Should().Be(@default);
    }

    [Theory]
    [MemberData(nameof(Taxonomies))]
    public void WellKnown_CodesAreUniqueValidAndRecognised(Type taxonomy)
    {
        var wellKnown = ((System.Collections.IEnumerable)taxonomy.GetProperty("WellKnown")!.GetValue(null)!).Cast<object>().ToList();
        var staticValues = taxonomy.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == taxonomy)
            .Select(p => p.GetValue(null)!)
            .ToList();

        wellKnown.Should().OnlyHaveUniqueItems().And.HaveCount(staticValues.Count);
        wellKnown.Should().BeEquivalentTo(staticValues);
        foreach (object value in wellKnown)
        {
            ((bool)taxonomy.GetProperty("IsWellKnown")!.GetValue(value)!).Should().BeTrue();
            Create(taxonomy, Code(value)).Should().Be(value);
        }
    }

    [Theory]
    [MemberData(nameof(Taxonomies))]
    public void Constructor_UpperCase_FoldsToLowerCase(Type taxonomy)
    {
        object value = Create(taxonomy, "Newer-Code-2");

        Code(value).Should().Be("newer-code-2");
        value.Should().Be(Create(taxonomy, "newer-code-2"));
        value.ToString().Should().Be("newer-code-2");
    }

    [Theory]
    [MemberData(nameof(Taxonomies))]
    public void Constructor_CodeFromNewerProducer_IsKeptAndNotWellKnown(Type taxonomy)
    {
        object value = Create(taxonomy, "drone-swarm");

        Code(value).Should().Be("drone-swarm");
        ((bool)taxonomy.GetProperty("IsWellKnown")!.GetValue(value)!).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(InvalidCodes))]
    public void Constructor_InvalidCode_ThrowsArgumentException(string code)
    {
        Action act = () => _ = new AttackMethodKind(code);

        act.Should().Throw<ArgumentException>().WithParameterName("code");
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNullException()
    {
        Action act = () => _ = new ClaimMode(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("code");
    }

    [Fact]
    public void Constructor_LongestCode_IsAccepted()
    {
        new SourceKind(new string('x', 64)).Code.Should().HaveLength(64);
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void Constructor_UnderAnyCulture_FoldsAsciiOnly(string culture)
    {
        using var scope = new CultureScope(culture);

        new AttackMethodKind("SVBIED").Should().Be(AttackMethodKind.SuicideVehicleBorneIed);
        new AttackMethodKind("PRISON-BREAK").Code.Should().Be("prison-break");
    }

    private static object Create(Type taxonomy, string code)
    {
        try
        {
            return Activator.CreateInstance(taxonomy, code)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    private static string Code(object value) => (string)value.GetType().GetProperty("Code")!.GetValue(value)!;
}
