using System.Text.RegularExpressions;
using Incidents.Cli;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Docs;

public partial class ReadmeTests
{
    [Fact]
    public void QuickStart_ReadmeShowsTheCompiledCode()
    {
        string source = Repository.ReadText("tests", "Incidents.Core.Tests", "Docs", "QuickStart.cs");
        string compiled = Normalise(Between(source, "// <quick-start>", "// </quick-start>"));
        string readme = Repository.ReadText("README.md");
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
        string readme = Repository.ReadText("README.md");
        string ci = Repository.ReadText(".ci", "run");

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

    [GeneratedRegex("<!-- quick-start -->\\s*```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex QuickStartBlock();
}
