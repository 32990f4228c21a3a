using System.Reflection;
using System.Runtime.CompilerServices;

namespace Incidents.Core.Tests.Conventions;

/// <summary>Design rules checked over the whole public surface (after NodaTime's MutabilityTest).</summary>
public class PublicApiConventionTests
{
    private static readonly Type[] s_publicTypes = typeof(Incident).Assembly.GetExportedTypes();

    [Fact]
    public void PublicClasses_AreSealedStaticOrAbstract()
    {
        s_publicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Should().BeEmpty();
    }

    [Fact]
    public void PublicStructs_AreReadOnly()
    {
        s_publicTypes.Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttribute<IsReadOnlyAttribute>() is null)
            .Should().BeEmpty();
    }

    [Fact]
    public void PublicProperties_HaveNoPublicSetters()
    {
        var mutable = s_publicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        mutable.Should().BeEmpty();
    }

    [Fact]
    public void PublicFields_AreConstantsOrReadOnly()
    {
        s_publicTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !f.IsInitOnly && !f.DeclaringType!.IsEnum)
            .Should().BeEmpty();
    }

    [Fact]
    public void Enums_HaveExplicitDistinctValues()
    {
        foreach (Type type in s_publicTypes.Where(t => t.IsEnum))
        {
            Enum.GetValues(type).Cast<object>().Select(Convert.ToInt32).Should().OnlyHaveUniqueItems(type.Name);
        }
    }

    [Fact]
    public void Collections_InRecords_AreEquatableArrays()
    {
        s_publicTypes.Where(IsRecord).Should().Contain([typeof(Incident), typeof(CasualtyRange), typeof(AttackMethodKind)]);
        var offending = s_publicTypes
            .Where(IsRecord)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.PropertyType != typeof(string)
                && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType)
                && !(p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(EquatableArray<>)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        offending.Should().BeEmpty();
    }

    // The compiler gives every record (class or struct) a PrintMembers method.
    private static bool IsRecord(Type type) =>
        type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
