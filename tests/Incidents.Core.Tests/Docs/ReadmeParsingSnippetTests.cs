using Incidents.Core.Parsing;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Docs;

/// <summary>The README's parsing snippet, line for line, with what its comments claim.</summary>
public class ReadmeParsingSnippetTests
{
    [Fact]
    public void Snippet_DoesWhatItsCommentsSay()
    {
        CasualtyRange a = CasualtyRange.Parse("at least 11");               // throws FormatException on bad text
        bool ok = CasualtyRange.TryParse("dozens"u8, out CasualtyRange b);   // UTF-8; never throws
        bool valid = CasualtyRange.TryParse("15-10", out _, out ParseError why); // false; why: BoundsOutOfOrder at 3
        ParseResult<PartialDate> r = PartialDate.ParseExact("2022-02-30");  // a value or an error, no exception
        VagueQuantifierTable acled = VagueQuantifierTable.Default.With("dozens", CasualtyRange.Exactly(12));
        CasualtyRange c = CasualtyRange.Parse("dozens of", acled);           // 12, the ACLED convention

        a.Should().Be(CasualtyRange.AtLeast(11));
        ok.Should().BeTrue();
        b.Should().Be(CasualtyRange.Between(24, 99));
        valid.Should().BeFalse();
        (why.Kind, why.Position).Should().Be((ParseErrorKind.BoundsOutOfOrder, 3));
        r.Success.Should().BeFalse();
        r.Error.Kind.Should().Be(ParseErrorKind.OutOfRange);
        c.Should().Be(CasualtyRange.Exactly(12));
        ((Action)(() => CasualtyRange.Parse("umpteen"))).Should().Throw<FormatException>();
    }

    [Fact]
    public void Readme_ContainsTheSnippet()
    {
        string readme = Repository.ReadText("README.md");

        readme.Should().Contain("CasualtyRange a = CasualtyRange.Parse(\"at least 11\");")
            .And.Contain("bool valid = CasualtyRange.TryParse(\"15-10\", out _, out ParseError why); // false; why: BoundsOutOfOrder at 3")
            .And.Contain("CasualtyRange c = CasualtyRange.Parse(\"dozens of\", acled);");
    }

}
