using System.Text.Json;
using Incidents.Cli;

namespace Incidents.Core.Tests.Json;

public sealed class ExtensionPropertyTests
{
    [Theory]
    [InlineData("{ \"a\" : [ 1 , 2 ] }", "{\"a\":[1,2]}")]
    [InlineData(" \"é\\u00e9\" ", "\"éé\"")]
    [InlineData("1e400", "1e400")]
    [InlineData("-0", "-0")]
    [InlineData("null", "null")]
    public void Json_IsKeptMinified_WithNumbersAsWritten(string json, string minified)
    {
        new ExtensionProperty("x", json).Json.Should().Be(minified);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("1 2")]
    [InlineData("{\"a\":1,\"a\":2}")]
    [InlineData("undefined")]
    public void InvalidJson_IsRejected(string json)
    {
        Action act = () => _ = new ExtensionProperty("x", json);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("json");
    }

    [Fact]
    public void InvalidName_IsRejected()
    {
        // Built at run time: a lone surrogate does not survive test-data serialization.
        foreach (string name in new[] { string.Empty, new string('\uD800', 1), "a" + new string('\uDC00', 1), new string('n', 257) })
        {
            Action act = () => _ = new ExtensionProperty(name, "1");

            act.Should().ThrowExactly<ArgumentException>().WithParameterName("name");
        }
    }

    [Fact]
    public void Equality_IsByNameAndMinifiedText()
    {
        new ExtensionProperty("a", "[1, 2]").Should().Be(new ExtensionProperty("a", "[1,2]"));
        new ExtensionProperty("a", "{\"x\":1,\"y\":2}").Should().NotBe(new ExtensionProperty("a", "{\"y\":2,\"x\":1}"));
        new ExtensionProperty("a", JsonDocument.Parse("[1, 2]").RootElement).Should().Be(new ExtensionProperty("a", "[1,2]"));
        ExtensionProperty.FromString("note", "a \"b\"").Json.Should().Be("\"a \\\"b\\\"\"");
        ExtensionProperty.FromString("note", "x").ToString().Should().Be("\"note\":\"x\"");
        ExtensionProperty.FromInteger("ged:id", -42).Should().Be(new ExtensionProperty("ged:id", "-42"));
        ExtensionProperty.FromInteger("ged:id", long.MaxValue).Should().Be(new ExtensionProperty("ged:id", "9223372036854775807"));
        ((Func<ExtensionProperty>)(() => ExtensionProperty.FromInteger(string.Empty, 1))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Records_RejectDefaultDuplicateAndReservedNames()
    {
        Incident seed = SeedIncidents.BarracksRaid;

        ((Action)(() => _ = seed with { Extensions = [default] })).Should().Throw<ArgumentException>().WithParameterName("Extensions");
        ((Action)(() => _ = seed with { Extensions = [new("x", "1"), new("x", "2")] })).Should().Throw<ArgumentException>().WithMessage("*repeats*");
        ((Action)(() => _ = seed with { Extensions = [new("title", "1")] })).Should().Throw<ArgumentException>().WithMessage("*'title'*");
        ((Action)(() => _ = seed.Timing with { Extensions = [new("zone", "1")] })).Should().Throw<ArgumentException>();
        ((Action)(() => _ = seed with { Extensions = [.. Enumerable.Range(0, 20).Select(i => new ExtensionProperty("k" + (i % 19), "1"))] })).Should().Throw<ArgumentException>().WithMessage("*repeats*");
        (seed with { Extensions = [new("title2", "1")] }).Extensions.Should().ContainSingle();
    }
}
