using System.Text.Json;
using Incidents.Cli;

namespace Incidents.Core.Tests.Json;

public sealed class ExtensionPropertyTests
{
    private static readonly JsonSerializerOptions s_relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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

    [Theory]
    [InlineData("plain")]
    [InlineData("Reuters News,2016-06-14,\"Flow of civilians from Iraq's Falluja slows\"")]
    [InlineData("back\\slash, tab\t, new line\n, bell\u0007, nul\u0000, \u001f")]
    [InlineData("صلاح الدين 💀 / </script>")]
    public void FromString_IsTheJsonWritersString_EqualToTheSameValueGivenAsJson(string value)
    {
        // The string form keeps its text and encodes it when first asked for: the same JSON as the JSON writer's, equal
        // (and with the same hash code) to the property made from that JSON.
        ExtensionProperty fromString = ExtensionProperty.FromString("note", value);
        string expected = JsonSerializer.Serialize(value, s_relaxed);
        var fromJson = new ExtensionProperty("note", expected);

        fromString.Json.Should().Be(fromJson.Json);
        JsonDocument.Parse(fromString.Json).RootElement.GetString().Should().Be(value);
        fromString.Should().Be(fromJson);
        fromJson.Should().Be(fromString);
        fromString.GetHashCode().Should().Be(fromJson.GetHashCode());
        fromString.Should().Be(ExtensionProperty.FromString("note", value));
        fromString.Should().NotBe(ExtensionProperty.FromString("note", value + " "));
        fromString.Should().NotBe(ExtensionProperty.FromString("other", value));
    }

    [Fact]
    public void FromString_WithALoneSurrogate_IsRejected_NotSilentlyCut()
    {
        // System.Text.Json's writer drops a lone surrogate without a word ("a\uD800" → "a").
        string lone = "a" + new string('\uD800', 1);
        Action act = () => _ = ExtensionProperty.FromString("note", lone);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("value");
    }

    [Theory]
    [InlineData(5, 3)]
    [InlineData(9, 8)]
    [InlineData(32, 31)]
    [InlineData(33, 32)]
    [InlineData(40, 39)]
    [InlineData(40, 1)]
    [InlineData(1_000, 999)]
    [InlineData(100_000, 77_777)]
    public void Records_FindARepeatedName_AtAnyCount(int count, int repeatAt)
    {
        // Up to 32 names are compared pairwise, more by their sorted hash codes (on the stack up to 256, rented
        // beyond): each way finds the first repeat and names its index.
        ExtensionProperty[] properties = [.. Enumerable.Range(0, count).Select(i => ExtensionProperty.FromInteger($"x:{i}", i))];
        Incident seed = SeedIncidents.BarracksRaid;

        Action distinct = () => _ = seed with { Extensions = properties };
        distinct.Should().NotThrow();

        properties[repeatAt] = ExtensionProperty.FromInteger($"x:{repeatAt / 2}", 0);
        Action repeated = () => _ = seed with { Extensions = properties };
        repeated.Should().ThrowExactly<ArgumentException>().WithMessage($"The element at index {repeatAt} repeats the extension property name 'x:{repeatAt / 2}'.*");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(300)]
    public void Records_AcceptNamesThatShareLengthAndLastCharacter(int count)
    {
        // The pairwise check first compares length and last character: names alike in both are still told apart by
        // their text, and so are names whose hash codes are compared.
        ExtensionProperty[] properties = [.. Enumerable.Range(0, count).Select(i => ExtensionProperty.FromInteger($"x{i:D4}:z", i))];

        Incident incident = SeedIncidents.BarracksRaid with { Extensions = properties };

        incident.Extensions.Should().HaveCount(count);
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
