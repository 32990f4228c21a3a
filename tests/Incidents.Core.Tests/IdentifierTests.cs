namespace Incidents.Core.Tests;

public class IdentifierTests
{
    public static TheoryData<string> ValidIds => new()
    {
        "2022-01-20-sy-hasakah-prison-assault", "201801010004", "ETH9766", "IRQ-1989-1-524-322", "a", "urn:x.y_z", "Z9",
    };

    public static TheoryData<string> InvalidIds => new()
    {
        string.Empty, " ", "-leading-hyphen", ".dot", "_under", "with space", "slash/id", "ünïcode", "tab\t", "quote\"",
        new string('a', 129),
    };

    [Theory]
    [MemberData(nameof(ValidIds))]
    public void IncidentId_ValidSyntax_KeepsTextExactly(string text)
    {
        var id = new IncidentId(text);

        id.Value.Should().Be(text);
        id.ToString().Should().Be(text);
        id.IsDefault.Should().BeFalse();
        id.Should().Be(new IncidentId(text));
    }

    [Theory]
    [MemberData(nameof(InvalidIds))]
    public void IncidentId_InvalidSyntax_ThrowsArgumentException(string text)
    {
        Action act = () => _ = new IncidentId(text);

        act.Should().Throw<ArgumentException>().WithParameterName("value").WithMessage("*IncidentId*");
    }

    [Fact]
    public void IncidentId_IsCaseSensitive()
    {
        new IncidentId("ETH9766").Should().NotBe(new IncidentId("eth9766"));
    }

    [Fact]
    public void IncidentId_LongestAllowed_IsAccepted()
    {
        new IncidentId(new string('a', IncidentId.MaxLength)).Value.Should().HaveLength(128);
    }

    [Fact]
    public void ActorAndSourceIds_AllowAtMost64Characters()
    {
        new ActorId(new string('a', 64)).Value.Should().HaveLength(64);
        new SourceId(new string('a', 64)).Value.Should().HaveLength(64);

        ((Action)(() => _ = new ActorId(new string('a', 65)))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new SourceId(new string('a', 65)))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Default_IsDefaultWithEmptyValue()
    {
        default(IncidentId).IsDefault.Should().BeTrue();
        default(ActorId).Value.Should().BeEmpty();
        default(SourceId).ToString().Should().BeEmpty();
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNullException()
    {
        ((Action)(() => _ = new ActorId(null!))).Should().Throw<ArgumentNullException>().WithParameterName("value");
    }
}
