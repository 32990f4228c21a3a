using System.Text.RegularExpressions;
using Incidents.Cli;

namespace Incidents.Core.Tests.Docs;

public partial class ReadmeTests
{
    private static readonly string s_root = FindRepositoryRoot();

    [Fact]
    public void QuickStart_ReadmeShowsTheCompiledCode()
    {
        string source = File.ReadAllText(Path.Combine(s_root, "tests", "Incidents.Core.Tests", "Docs", "QuickStart.cs"));
        string compiled = Normalise(Between(source, "// <quick-start>", "// </quick-start>"));
        string readme = File.ReadAllText(Path.Combine(s_root, "README.md"));
        Match block = QuickStartBlock().Match(readme);

        block.Success.Should().BeTrue("the README has a quick-start C# block");
        Normalise(block.Groups["code"].Value).Should().Be(compiled);
    }

    [Fact]
    public void QuickStart_BuildsTheSeedBarracksRaidFacts()
    {
        Incident quick = QuickStart.Build();
        Incident seed = SeedIncidents.CreateBarracksRaid();

        quick.Id.Should().Be(seed.Id);
        quick.Timing.Date.Should().Be(seed.Timing.Date);
        quick.Timing.TimeOfDay.Should().Be(seed.Timing.TimeOfDay);
        quick.Casualties.Single().Range.Should().Be(seed.Casualties.Single().Range);
    }

    [Fact]
    public void Readme_ShowsTheTwoCommandsThatCiRuns()
    {
        string readme = File.ReadAllText(Path.Combine(s_root, "README.md"));
        string ci = File.ReadAllText(Path.Combine(s_root, ".ci", "run"));

        readme.Should().Contain("dotnet run --project src/Incidents.Cli").And.Contain("dotnet test -c Release");
        ci.Should().Contain("dotnet test -c Release");
    }

    private static string Between(string text, string start, string end)
    {
        int from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static string Normalise(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Incidents.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Incidents.Core.sln) was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("<!-- quick-start -->\\s*```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex QuickStartBlock();
}
