using System.Text.RegularExpressions;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Docs;

/// <summary>Each package's own README (shown on its NuGet page): links that work there, and code that compiles.</summary>
public sealed partial class PackageReadmeTests
{
    [Theory]
    [InlineData("Incidents.Core")]
    [InlineData("Incidents.Core.Interop")]
    [InlineData("Incidents.Cli")]
    public void PackageReadme_IsPacked_AndLinksOnlyToAbsoluteAddresses(string package)
    {
        string readme = Repository.ReadText("src", package, "README.md");
        string project = Repository.ReadText("src", package, package + ".csproj");

        project.Should().Contain("<None Include=\"README.md\" Pack=\"true\" PackagePath=\"/\" />").And.Contain("<PackageReadmeFile>README.md</PackageReadmeFile>");
        readme.Should().StartWith("# ");
        IEnumerable<string> targets = MarkdownLink().Matches(readme).Select(m => m.Groups["target"].Value)
            .Concat(AutoLink().Matches(readme).Select(m => m.Groups["target"].Value));
        targets.Should().NotBeEmpty().And.OnlyContain(t => t.StartsWith("https://", StringComparison.Ordinal), "a relative link breaks on a package page");
        project.Should().NotContain("more to come");
    }

    [Theory]
    [InlineData("Incidents.Core", "core")]
    [InlineData("Incidents.Core.Interop", "interop")]
    public void PackageReadme_ShowsCodeThatCompiles(string package, string region)
    {
        string source = Repository.ReadText("tests", "Incidents.Core.Tests", "Docs", "PackageReadmes.cs");
        string compiled = Normalise(Between(source, $"// <{region}>", $"// </{region}>"));
        Match block = CSharpBlock().Match(Repository.ReadText("src", package, "README.md"));

        block.Success.Should().BeTrue();
        string shown = Normalise(block.Groups["code"].Value);
        shown.Should().EndWith(compiled, "the README's code (after its using directives) is PackageReadmes' code");
    }

    private static string Between(string text, string start, string end)
    {
        int from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static string Normalise(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using Incidents", StringComparison.Ordinal) && !l.StartsWith("using NodaTime", StringComparison.Ordinal)));

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"<(?<target>[a-z]+://[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
