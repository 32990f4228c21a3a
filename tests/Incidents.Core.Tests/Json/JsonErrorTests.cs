using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Incidents.Cli;
using Incidents.Core.Json;

namespace Incidents.Core.Tests.Json;

/// <summary>Every rejection path of the reader: a <see cref="JsonException"/> with the path, the line and byte
/// position and what was expected — never another exception type.</summary>
public sealed class JsonErrorTests
{
    private static readonly JsonSerializerOptions s_relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string s_seed = IncidentJson.Serialize(SeedIncidents.BarracksRaid);

    /// <summary>The seed's compact JSON with one edit applied to its node tree.</summary>
    private static string Edit(Action<JsonObject> edit)
    {
        JsonObject root = JsonNode.Parse(s_seed)!.AsObject();
        edit(root);
        return root.ToJsonString(s_relaxed);
    }

    private static JsonException Reject(string json, IncidentJsonOptions? options = null) => Reject(Encoding.UTF8.GetBytes(json), options);

    private static JsonException Reject(byte[] utf8, IncidentJsonOptions? options = null)
    {
        Action act = () => IncidentJson.Deserialize(utf8, options);
        return act.Should().ThrowExactly<JsonException>().Which;
    }

    [Fact]
    public void MissingRequiredProperty_NamesItAndThePath()
    {
        JsonException e = Reject(Edit(r => r["timing"]!.AsObject().Remove("date")));

        e.Message.Should().Contain("requires the property 'date'");
        e.Path.Should().Be("$.timing");
        e.LineNumber.Should().Be(0);
        e.BytePositionInLine.Should().BeGreaterThan(0);
    }

    [Fact]
    public void WrongJsonType_SaysWhatWasExpected()
    {
        JsonException e = Reject(Edit(r => r["casualties"]![0]!["kind"] = 5));

        e.Message.Should().Contain("Expected a string").And.Contain("found a number");
        e.Path.Should().Be("$.casualties[0].kind");
    }

    [Fact]
    public void NullWhereAListBelongs_IsRejected()
    {
        JsonException e = Reject(Edit(r => r["methods"] = null));

        e.Message.Should().Contain("Expected an array, found null");
        e.Path.Should().Be("$.methods");
    }

    [Fact]
    public void NullForARequiredValue_IsRejected_ButNullForAnOptionalOneReadsAsAbsent()
    {
        Reject(Edit(r => r["title"] = null)).Path.Should().Be("$.title");

        Incident read = IncidentJson.Deserialize(Edit(r => r["summary"] = null));
        read.Summary.Should().BeNull();
    }

    /// <summary>A syntax error between two properties or two elements is at the object or array that holds them, not
    /// at the property or element read before it, however the reader keeps its place.</summary>
    [Theory]
    [InlineData("\"title\":", "\"title\":\"a\",,\"x\":", "$")]
    [InlineData("\"title\":", "\"x-a\":1,,\"title\":", "$")]
    [InlineData("\"low\":11", "\"low\":11,,\"x\":1", "$.casualties[0].range")]
    [InlineData("\"low\":11", "\"low\":11,}", "$.casualties[0].range")]
    [InlineData("\"casualties\":[", "\"casualties\":[,", "$.casualties")]
    [InlineData("\"casualties\":[{", "\"casualties\":[{\"kind\":\"killed\"},,{", "$.casualties")]
    [InlineData("\"casualties\":[{", "\"casualties\":[{\"kind\":\"killed\",,", "$.casualties[0]")]
    public void ASyntaxErrorBetweenPropertiesOrElements_IsAtTheirContainer(string find, string replace, string path)
    {
        string json = s_seed.Replace(find, replace, StringComparison.Ordinal);
        json.Should().NotBe(s_seed);

        JsonException e = Reject(json);

        e.Path.Should().Be(path);
        e.InnerException.Should().BeAssignableTo<JsonException>("a syntax error is Utf8JsonReader's own, not the model's");
    }

    [Theory]
    [InlineData("1e400", "out of range: at most 2147483647")]
    [InlineData("-1", "-1 is less than 0")]
    [InlineData("11.5", "not a whole number")]
    [InlineData("2147483648", "out of range: at most 2147483647")]
    [InlineData("99999999999999999999999999", "out of range: at most 2147483647")]
    public void HostileNumbers_InARange_AreRejectedWithThePath(string number, string message)
    {
        string json = s_seed.Replace("\"low\":11", "\"low\":" + number, StringComparison.Ordinal);
        json.Should().NotBe(s_seed);

        JsonException e = Reject(json);

        e.Message.Should().Contain(message);
        e.Path.Should().Be("$.casualties[0].range.low");
    }

    [Fact]
    public void RangeWithBoundsOutOfOrder_IsAnInvariantError()
    {
        JsonException e = Reject(Edit(r => r["casualties"]![0]!["range"] = JsonNode.Parse("""{"low":12,"best":11}""")));

        e.Message.Should().Contain("low");
        e.Path.Should().Be("$.casualties[0].range");
    }

    [Fact]
    public void UnknownPropertyInARange_IsRejected_RangesAreClosed()
    {
        JsonException e = Reject(Edit(r => r["casualties"]![0]!["range"]!["confidence"] = "high"));

        e.Message.Should().Contain("'confidence' is not one of them");
        e.Path.Should().Be("$.casualties[0].range.confidence");
    }

    [Fact]
    public void NonCanonicalValue_IsRejected_AndTheErrorNamesTheCanonicalSpelling()
    {
        JsonException e = Reject(Edit(r => r["methods"]![0]!["kind"] = "RAID"));

        e.Message.Should().Contain("'RAID' is not written as the format allows").And.Contain("write 'raid'");
        e.Path.Should().Be("$.methods[0].kind");
    }

    [Theory]
    [InlineData("date", "2022-13-01")]
    [InlineData("timeOfDay", "3 am")]
    [InlineData("zone", "Mars/Olympus")]
    [InlineData("duration", "P1Y")]
    public void InvalidValues_NameThePropertyAndTheGrammar(string property, string value)
    {
        JsonException e = Reject(Edit(r => r["timing"]![property] = value));

        e.Path.Should().Be("$.timing." + property);
        e.Message.Should().Contain(value);
    }

    [Fact]
    public void UnknownClosedCode_ListsTheKnownOnes()
    {
        JsonException e = Reject(Edit(r => r["location"]!["precision"] = "planet"));

        e.Message.Should().Contain("'planet' is not one of 'site', 'settlement'");
    }

    [Fact]
    public void UnsupportedMajorVersion_IsRejectedByVersion_EvenWhenTheVersionComesLast()
    {
        string json = Edit(r =>
        {
            r.Remove("schemaVersion");
            r["title"] = 42; // what a 2.0 document might have changed
            r["schemaVersion"] = "2.0";
        });

        JsonException e = Reject(json);

        e.Message.Should().Contain("Schema version 2.0 is not supported");
        e.Path.Should().Be("$.schemaVersion");
    }

    [Fact]
    public void MissingSchemaVersion_IsRejected()
    {
        Reject(Edit(r => r.Remove("schemaVersion"))).Message.Should().Contain("requires the property 'schemaVersion'");
    }

    [Fact]
    public void DuplicateKeys_AreRejected_KnownUnknownAndNestedInExtensions()
    {
        Reject(s_seed.Replace("\"title\":", "\"title\":\"a\",\"title\":", StringComparison.Ordinal)).Message.Should().Contain("'title' appears more than once");
        Reject(s_seed.Replace("\"title\":", "\"x\":1,\"x\":2,\"title\":", StringComparison.Ordinal)).Message.Should().Contain("'x' appears more than once");
        Reject(s_seed.Replace("\"title\":", "\"x\":{\"a\":1,\"a\":2},\"title\":", StringComparison.Ordinal)).Path.Should().Be("$.x.a");
        Reject(s_seed.Replace("\"low\":11", "\"low\":11,\"low\":12", StringComparison.Ordinal)).Path.Should().Be("$.casualties[0].range.low");
    }

    [Fact]
    public void EscapedDuplicateKey_IsStillADuplicate()
    {
        Reject(s_seed.Replace("\"title\":", "\"t\\u0069tle\":\"a\",\"title\":", StringComparison.Ordinal)).Message.Should().Contain("'title' appears more than once");
    }

    [Fact]
    public void NestingDeeperThanTheLimit_IsRejected()
    {
        string deep = string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100));
        string json = s_seed.Replace("\"title\":", "\"x\":" + deep + ",\"title\":", StringComparison.Ordinal);

        JsonException e = Reject(json);

        e.Message.Should().Contain("depth");
        IncidentJson.Deserialize(json, new IncidentJsonOptions { MaxDepth = 200 }).Extensions.Should().ContainSingle();
    }

    [Fact]
    public void TenMegabyteString_IsRejectedByTheStringLimit_NotTruncated()
    {
        string huge = new('a', 10 * 1024 * 1024);
        string json = Edit(r => r["summary"] = huge);

        JsonException e = Reject(json, new IncidentJsonOptions { MaxDocumentLength = 1 << 30 });

        e.Message.Should().Contain("MaxStringLength");
        e.Path.Should().Be("$.summary");
    }

    [Fact]
    public void DocumentOverTheLimit_IsRejectedBeforeReading()
    {
        Reject(s_seed, new IncidentJsonOptions { MaxDocumentLength = 1024 }).Message.Should().Contain("MaxDocumentLength");
    }

    [Fact]
    public void ArrayOverTheLimit_IsRejected()
    {
        string json = Edit(r => r["methods"] = new JsonArray([.. Enumerable.Range(0, 20).Select(_ => (JsonNode)JsonNode.Parse("""{"kind":"raid"}""")!)]));

        Reject(json, new IncidentJsonOptions { MaxArrayLength = 10 }).Message.Should().Contain("The array has 20 elements; the limit (MaxArrayLength) is 10.");
        IncidentJson.Deserialize(json).Methods.Should().HaveCount(20);
    }

    [Fact]
    public void InvalidUtf8_InAString_IsRejected()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(Edit(r => r["casualties"]![0]!["wording"] = "killing Q\u00e911"));
        int at = utf8.AsSpan().IndexOf("Q\u00e9"u8);
        at.Should().BeGreaterThan(0);
        utf8[at + 2] = 0x41; // a lead byte followed by ASCII: ill-formed

        JsonException e = Reject(utf8);

        e.Path.Should().Be("$.casualties[0].wording");
        e.Message.Should().Contain("UTF-8");
    }

    [Fact]
    public void InvalidUtf8_InAPropertyName_IsRejected()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(s_seed.Replace("\"title\":", "\"xQ\u00e9\":1,\"title\":", StringComparison.Ordinal));
        int at = utf8.AsSpan().IndexOf("Q\u00e9"u8);
        utf8[at + 1] = 0xFF;

        Reject(utf8).Message.Should().Contain("UTF-8");
    }

    [Fact]
    public void ByteOrderMark_IsRejectedUnlessAllowed()
    {
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(s_seed)];

        Reject(utf8).Message.Should().Contain("byte order mark");
        IncidentJson.Deserialize(utf8, new IncidentJsonOptions { AllowByteOrderMark = true }).Should().Be(SeedIncidents.BarracksRaid);
    }

    [Fact]
    public void CommentsAndTrailingCommas_AreRejectedUnlessAllowed()
    {
        string commented = s_seed.Replace("\"title\":", "/* note */ \"title\":", StringComparison.Ordinal);
        string trailing = s_seed.Replace("\"kind\":\"raid\",", "\"kind\":\"raid\",", StringComparison.Ordinal).Replace("}]", ",}]", StringComparison.Ordinal);

        Reject(commented).Should().NotBeNull();
        Reject(trailing).Should().NotBeNull();
        IncidentJson.Deserialize(commented, new IncidentJsonOptions { AllowComments = true }).Should().Be(SeedIncidents.BarracksRaid);
        IncidentJson.Deserialize(trailing, new IncidentJsonOptions { AllowTrailingCommas = true }).Should().Be(SeedIncidents.BarracksRaid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"incident\"")]
    [InlineData("{")]
    [InlineData("{\"schemaVersion\":\"1.0\"")]
    [InlineData("{} {}")]
    public void NotAnIncident_IsAJsonException(string json)
    {
        Reject(json).Message.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void ErrorOnALaterLine_ReportsThatLineAndPosition()
    {
        string indented = IncidentJson.Serialize(SeedIncidents.BarracksRaid, new IncidentJsonOptions { WriteIndented = true })
            .Replace("\"kind\": \"shooting\"", "\"kind\": \"SHOOTING\"", StringComparison.Ordinal);
        string[] lines = indented.Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains("SHOOTING", StringComparison.Ordinal));

        JsonException e = Reject(indented);

        e.LineNumber.Should().Be(line);
        e.BytePositionInLine.Should().Be(lines[line].IndexOf("\"SHOOTING\"", StringComparison.Ordinal));
        e.Message.Should().Contain($"LineNumber: {line}");
    }

    [Fact]
    public void SyntaxError_CarriesThePathAndPosition()
    {
        JsonException e = Reject(s_seed.Replace("\"kind\":\"raid\"", "\"kind\":raid", StringComparison.Ordinal));

        e.Path.Should().Be("$.methods[0].kind");
        e.LineNumber.Should().Be(0);
        e.BytePositionInLine.Should().BeGreaterThan(0);
    }

    [Fact]
    public void ModelInvariant_IsAJsonExceptionWithThePath()
    {
        JsonException e = Reject(Edit(r => r["actors"]![1]!["id"] = "is"));

        e.Message.Should().Contain("The id 'is' is already used by an earlier element of 'actors'");
        e.Path.Should().Be("$.actors[1].id");
    }

    private const string Structural = "{}[],:\"\\-0e";

    [Fact]
    public void RandomlyCorruptedDocuments_OnlyEverThrowJsonException()
    {
        byte[] seed = IncidentJson.SerializeToUtf8Bytes(SeedIncidents.PrisonAssault);
        Gen.Select(Gen.Int[0, seed.Length - 1], Gen.Byte, Gen.Int[0, 2]).Array[1, 4].Sample(edits =>
        {
            byte[] copy = (byte[])seed.Clone();
            foreach ((int at, byte value, int kind) in edits)
            {
                copy[at] = kind switch
                {
                    0 => value,
                    1 => (byte)Structural[value % Structural.Length],
                    _ => (byte)(copy[at] ^ 0x20),
                };
            }

            try
            {
                IncidentJson.Deserialize(copy);
            }
            catch (JsonException)
            {
            }
        }, iter: 3000);
    }

    [Fact]
    public void ThroughJsonSerializer_ErrorsAreJsonExceptionsWithThePositionAndTheInnerPath()
    {
        string json = Edit(r => r["casualties"]![0]!["range"] = JsonNode.Parse("""{"low":"eleven"}"""));

        Action act = () => JsonSerializer.Deserialize<Incident>(json, IncidentJson.Options);

        JsonException e = act.Should().ThrowExactly<JsonException>().Which;
        e.Message.Should().Contain("$.casualties[0].range.low");
        e.LineNumber.Should().Be(0);
        e.BytePositionInLine.Should().BeGreaterThan(0);
    }
}
