using System.Reflection;
using System.Text.RegularExpressions;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Conventions;

/// <summary>What the banned-API analyzer (RS0030, <c>BannedSymbols.txt</c>, every project) keeps out, checked against
/// the runtime itself, so that a new overload cannot slip past: every way to run a regular expression without a match
/// timeout, polymorphic deserialization, types loaded by name; and unsafe code only where an override's signature
/// demands it.</summary>
public sealed class BannedApiTests
{
    private static readonly HashSet<string> s_banned = [.. Repository.ReadText("BannedSymbols.txt").Split('\n').Where(l => l.Length > 0).Select(l => l[..l.IndexOf(';', StringComparison.Ordinal)])];

    /// <summary>A member's documentation id, the form BannedSymbols.txt uses.</summary>
    private static string Id(MethodBase m) => $"M:{Name(m.DeclaringType!)}.{(m.IsConstructor ? "#ctor" : m.Name)}({string.Join(",", m.GetParameters().Select(p => Name(p.ParameterType)))})";

    private static string Name(Type t) => t.IsGenericType
        ? $"{t.GetGenericTypeDefinition().FullName![..t.GetGenericTypeDefinition().FullName!.IndexOf('`', StringComparison.Ordinal)]}{{{string.Join(",", t.GetGenericArguments().Select(Name))}}}"
        : t.FullName!;

    [Fact]
    public void EveryRegexEntryPointWithoutATimeout_IsBanned()
    {
        MethodBase[] withoutTimeout =
        [
            .. typeof(Regex).GetConstructors().Where(c => c.GetParameters().Length > 0),
            .. typeof(Regex).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.GetParameters().Any(p => p.Name == "pattern")),
        ];
        string[] ids = [.. withoutTimeout.Where(m => !m.GetParameters().Any(p => p.ParameterType == typeof(TimeSpan))).Select(Id)];

        ids.Should().HaveCountGreaterThan(20).And.Contain("M:System.Text.RegularExpressions.Regex.IsMatch(System.String,System.String)");
        s_banned.Should().Contain(ids);
    }

    [Fact]
    public void PolymorphicDeserialization_AndTypesByName_AreBanned()
    {
        s_banned.Should().Contain(["T:System.Text.Json.Serialization.JsonDerivedTypeAttribute", "T:System.Text.Json.Serialization.JsonPolymorphicAttribute"]);
        s_banned.Should().Contain(typeof(Type).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == "GetType" && m.GetParameters().Length <= 3 && m.GetParameters().All(p => p.ParameterType == typeof(string) || p.ParameterType == typeof(bool))).Select(Id));
    }

    [Fact]
    public void UnsafeCode_IsOnlyTheEncoderOverrideItsBaseClassDemands()
    {
        string src = Path.Combine(Repository.Root, "src");
        string[] unsafeFiles = [.. Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"\bunsafe\b(?!\s*code)", RegexOptions.None, TimeSpan.FromSeconds(1)))
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'))];
        string[] allowing = [.. Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories).Where(f => File.ReadAllText(f).Contains("<AllowUnsafeBlocks>true", StringComparison.Ordinal)).Select(Path.GetFileName)!];

        unsafeFiles.Should().Equal("src/Incidents.Core/Json/MinimalJsonEncoder.cs");
        allowing.Should().Equal("Incidents.Core.csproj");
    }
}
