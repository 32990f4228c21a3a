using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;
using Incidents.Core.Tests.Validation;
using Incidents.Core.Validation;

namespace Incidents.Core.Tests.Json;

/// <summary>Regression tests for the hostile inputs of issue [6], each found by running it: a typed error or a
/// validation issue, never another exception, a lost document or a silent change; repeated problems counted once.
/// (Time linear in the input is measured in benchmarks/…/HostileInputBenchmarks, not here.)</summary>
public sealed class HostileInputTests
{
    private static readonly string s_raid = IncidentJson.Serialize(SeedIncidents.BarracksRaid);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static IncidentPayloadValidator Validator(PayloadValidationOptions? options = null) => new(RuleFixtures.Clock, options);

    private static string Replace(string oldText, string newText)
    {
        s_raid.Should().Contain(oldText);
        return s_raid.Replace(oldText, newText, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> LoneSurrogates() => new()
    {
        { "an id", Replace("\"id\":\"is\"", "\"id\":\"i\\ud800s\"") },
        { "an id at the top", Replace("\"id\":\"2022-01-20-iq", "\"id\":\"\\udc002022-01-20-iq") },
        { "an extensible code", Replace("\"kind\":\"raid\"", "\"kind\":\"ra\\ud800id\"") },
        { "a closed code", Replace("\"precision\":\"area\"", "\"precision\":\"ar\\udbffea\"") },
        { "a property name", Replace("\"title\":", "\"ti\\ud800tle\":") },
        { "an unknown property name", Replace("\"title\":", "\"\\ud800\":1,\"title\":") },
        // Found by AFL++ (json target): before schemaVersion, the look-ahead for the version compared the name and
        // System.Text.Json threw InvalidOperationException instead of saying "not equal".
        // System.Text.Json unescapes a name to compare it only when it could be as long as the other one.
        { "an unknown property name first", "{\"\\ud800schemaVersion\":\"1.1\"," + s_raid[1..] },
        { "an unknown property name first, escaped low surrogate", "{\"a\\udc00bcdefghijklmnopq\":1," + s_raid[1..] },
        // A long invalid name (one System.Text.Json would unescape to compare) before a member with an issue.
        {
            "an unknown property name on the way to an issue",
            Replace("\"location\":{\"precision\":\"area\"", "\"\\ud800aaaaaaaaaaaaaaaa\":1,\"location\":{\"precision\":7")
        },
        { "a zone", Replace("\"zone\":\"Asia/Baghdad\"", "\"zone\":\"Asia/\\ud800Baghdad\"") },
        { "free text", Replace("\"wording\":\"killing 11\"", "\"wording\":\"killing \\ud800 11\"") },
        { "an instant", Replace("\"created\":\"2022-01-24T12:00:00Z\"", "\"created\":\"2022-01-24T12:00:00\\ud800Z\"") },
        { "a date", Replace("\"date\":\"2022-01-20\"", "\"date\":\"2022-01-2\\ud800\"") },
        { "an extension value", Replace("\"title\":", "\"x\":[\"\\ud800\"],\"title\":") },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void LoneSurrogateEscape_IsAJsonException_FromEveryReadPath(string where, string json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);

        ((Action)(() => IncidentJson.Deserialize(json))).Should().ThrowExactly<JsonException>(where);
        ((Action)(() => IncidentJson.Deserialize(utf8))).Should().ThrowExactly<JsonException>(where);
        ((Action)(() => JsonSerializer.Deserialize<Incident>(json))).Should().ThrowExactly<JsonException>(where);
        ((Action)(() => JsonSerializer.Deserialize<Incident>(json, IncidentJson.Options))).Should().ThrowExactly<JsonException>(where);
    }

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void LoneSurrogateEscape_IsAValidationIssue_NeverAnException(string where, string json)
    {
        PayloadValidationReport report = Validator().Validate(Encoding.UTF8.GetBytes(json));

        report.IsValid.Should().BeFalse(where);
        report.Issues.Should().Contain(i => i.Code == "INC-JSON-008" || i.Code == "INC-JSON-005", where);
    }

    [Fact]
    public void Deserialize_StringWithAnUnpairedSurrogate_IsRejectedNotReplaced()
    {
        // Not an escape: the .NET string itself holds a lone surrogate, which has no UTF-8 form.
        string json = Replace("\"wording\":\"killing 11\"", "\"wording\":\"killing \ud800 11\"");

        Action act = () => IncidentJson.Deserialize(json);

        act.Should().ThrowExactly<JsonException>().Which.Message.Should().Contain("unpaired surrogate (U+D800");
    }

    [Fact]
    public void UnknownProperties_100000_AreAllKept()
    {
        var extra = new StringBuilder();
        for (int i = 0; i < 100_000; i++)
        {
            extra.Append(System.Globalization.CultureInfo.InvariantCulture, $"\"u{i}\":{i},");
        }

        string json = Replace("\"title\":", extra + "\"title\":");

        Incident read = IncidentJson.Deserialize(json);

        read.Extensions.Should().HaveCount(100_000);
        read.Extensions[99_999].Name.Should().Be("u99999");
        IncidentJson.Deserialize(IncidentJson.Serialize(read)).Should().Be(read);
    }

    [Fact]
    public void ListBeyondTheLimit_IsOneIssue_WithTheCount()
    {
        string methods = string.Join(',', Enumerable.Repeat("""{"kind":"raid"}""", 50_000));
        string json = Replace("\"methods\":[", $"\"methods\":[{methods},");

        PayloadValidationReport report = Validator().Validate(Encoding.UTF8.GetBytes(json));

        ValidationIssue issue = report.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be("INC-JSON-007");
        issue.Path.Should().Be("/methods");
        issue.Message.Should().Be("The array has 50002 elements; the limit (MaxArrayLength) is 10000.");
        issue.Column.Should().Be(1 + json.IndexOf("\"methods\":[", StringComparison.Ordinal) + "\"methods\":[".Length + (10_000 * ("""{"kind":"raid"}""".Length + 1)));
    }

    [Fact]
    public void DuplicateKeys_100000_AreOneIssue_WithTheOccurrences()
    {
        string repeats = string.Concat(Enumerable.Repeat("\"dup\":1,", 100_000));
        string json = Replace("\"title\":", repeats + "\"title\":");

        PayloadValidationReport report = Validator().Validate(Encoding.UTF8.GetBytes(json));

        report.Issues.Select(i => (i.Code, i.Path, i.Occurrences)).Should().Equal(
            ("INC-JSON-010", "/dup", 1L),
            ("INC-JSON-004", "/dup", 99_999L));
        ValidationReportJson.ToJson(report).Should().Contain("\"occurrences\":99999");
        ((Action)(() => IncidentJson.Deserialize(json))).Should().ThrowExactly<JsonException>().Which.Message.Should().Contain("'dup' appears more than once");
    }

    [Fact]
    public void ManyDifferentProblems_AreCappedPerDocument_AndCounted()
    {
        string bad = string.Join(',', Enumerable.Range(0, 500).Select(i => $"{{\"kind\":\"BAD{i}\"}}"));
        string json = Replace("\"methods\":[", $"\"methods\":[{bad},");

        PayloadValidationReport report = Validator(new PayloadValidationOptions { MaxIssuesPerDocument = 20 }).Validate(Encoding.UTF8.GetBytes(json));

        report.Issues.Should().HaveCount(21);
        report.Issues.Take(20).Should().AllSatisfy(i => i.Code.Should().Be("INC-JSON-005"));
        ValidationIssue last = report.Issues[^1];
        last.Code.Should().Be("INC-JSON-012");
        last.Occurrences.Should().Be(480);
    }

    [Theory]
    [InlineData("[①,②,]", "A comma before ']'")]
    [InlineData("[①,②", "ends before the array is closed")]
    [InlineData("[①,,②]", "An element is missing before this comma")]
    [InlineData("[,①,②]", "An element is missing before this comma")]
    public void ArrayPayload_WithABrokenStructure_IsInvalid_AndItsGoodElementsAreRead(string shape, string message)
    {
        string payload = shape.Replace("①", s_raid, StringComparison.Ordinal).Replace("②", IncidentJson.Serialize(SeedIncidents.PrisonAssault), StringComparison.Ordinal);

        PayloadValidationReport report = Validator().Validate(Encoding.UTF8.GetBytes(payload));

        report.IsValid.Should().BeFalse();
        report.Summary.Documents.Should().Be(2);
        report.Summary.Valid.Should().Be(2);
        report.Issues.Should().ContainSingle(i => i.Message.Contains(message, StringComparison.Ordinal)).Which.Code.Should().Be("INC-JSON-001");
    }

    [Fact]
    public void ArrayPayload_WithATrailingComma_IsValid_WhenAllowed()
    {
        var options = new PayloadValidationOptions { Json = new IncidentJsonOptions { AllowTrailingCommas = true } };

        Validator(options).Validate(Encoding.UTF8.GetBytes($"[{s_raid},]")).IsValid.Should().BeTrue();
    }

    [Fact]
    public async Task ReadArrayAsync_YieldsTheGoodElementsBeforeABadOne()
    {
        string bad = s_raid.Replace("\"raid\"", "\"RAID\"", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"[{s_raid},\n{s_raid},\n{bad}]"));
        var read = new List<Incident>();

        Func<Task> act = async () =>
        {
            await foreach (Incident incident in IncidentJson.ReadArrayAsync(stream, cancellationToken: Token))
            {
                read.Add(incident);
            }
        };

        JsonException e = (await act.Should().ThrowExactlyAsync<JsonException>()).Which;
        read.Should().HaveCount(2);
        e.Path.Should().Be("$[2].methods[0].kind");
        e.LineNumber.Should().Be(2);
    }

    [Fact]
    public async Task ReadArrayAsync_AnElementBeyondMaxDocumentLength_IsRejected_AndTheRestIsNotRead()
    {
        var stream = new EndlessElementStream();
        var settings = new IncidentJsonOptions { MaxDocumentLength = 100_000 };

        Func<Task> act = async () =>
        {
            await foreach (Incident _ in IncidentJson.ReadArrayAsync(stream, settings, Token))
            {
            }
        };

        (await act.Should().ThrowExactlyAsync<JsonException>()).Which.Message.Should().Contain("MaxDocumentLength");
        stream.BytesRead.Should().BeLessThan(1_000_000, "reading stops soon after the element passes the limit");
    }

    [Theory]
    [InlineData("\n\n①\n②\n")]
    [InlineData("{\"broken\":\n①\n②\n")]
    [InlineData("  \r\n①\r\n②")]
    public void NdjsonPayload_WithABlankOrBrokenFirstLine_IsNdjson(string shape)
    {
        string payload = shape.Replace("①", s_raid, StringComparison.Ordinal).Replace("②", IncidentJson.Serialize(SeedIncidents.PrisonAssault), StringComparison.Ordinal);

        PayloadValidationReport report = Validator().Validate(Encoding.UTF8.GetBytes(payload));

        report.Summary.Format.Should().Be(PayloadFormat.Ndjson);
        report.Summary.Valid.Should().Be(2);
        report.Summary.Documents.Should().Be(shape.StartsWith('{') ? 3 : 2);
    }

    [Fact]
    public void NdjsonDetection_StillTakesAnIndentedDocumentAsOne()
    {
        string indented = IncidentJson.Serialize(SeedIncidents.BarracksRaid, new IncidentJsonOptions { WriteIndented = true });

        PayloadValidationReport report = Validator().Validate(Encoding.UTF8.GetBytes(indented));

        report.Summary.Format.Should().Be(PayloadFormat.Document);
        report.IsValid.Should().BeTrue();
    }

    [Fact]
    public void JsonSerializerPath_EnforcesMaxDocumentLength()
    {
        JsonSerializerOptions options = new JsonSerializerOptions().AddIncidentsConverters(new IncidentJsonOptions { MaxDocumentLength = 1024 });

        Action act = () => JsonSerializer.Deserialize<Incident>(s_raid, options);

        act.Should().ThrowExactly<JsonException>().Which.Message.Should().Contain("MaxDocumentLength");
        JsonSerializer.Deserialize<Incident>(s_raid, new JsonSerializerOptions().AddIncidentsConverters()).Should().Be(SeedIncidents.BarracksRaid);
    }

    [Fact]
    public void AstralCharacters_AreWrittenAsUtf8_NotAsEscapes()
    {
        Incident incident = SeedIncidents.BarracksRaid with { Summary = "💀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u2028 é \"q\" \\ \u0001" };

        string json = IncidentJson.Serialize(incident);

        json.Should().Contain("\"summary\":\"💀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u2028 é \\\"q\\\" \\\\ \\u0001\"");
        json.Should().NotContain("\\uD83D");
        IncidentJson.Deserialize(json).Should().Be(incident);

        Incident extended = incident with { Extensions = [new ExtensionProperty("💀name", "[\"💀\"]")] };
        IncidentJson.Serialize(extended).Should().EndWith(",\"💀name\":[\"💀\"]}", "extension names and values are escaped minimally too");
    }

    [Theory]
    [InlineData("0.9")]
    [InlineData("2.0")]
    [InlineData("10.1")]
    public void SchemaVersionOfAnotherMajor_IsTheVersionCode(string version)
    {
        string json = Replace("\"schemaVersion\":\"1.1\"", $"\"schemaVersion\":\"{version}\"");

        ValidationIssue issue = Validator().Validate(Encoding.UTF8.GetBytes(json)).Issues.Should().ContainSingle().Which;

        issue.Code.Should().Be("INC-JSON-009");
        ((Action)(() => IncidentJson.Deserialize(json))).Should().ThrowExactly<JsonException>().Which.Message.Should().Contain($"Schema version {version} is not supported");
    }

    [Fact]
    public void PlainJsonSerializer_WithDefaultOptions_SpeaksTheWireFormat()
    {
        Incident raid = SeedIncidents.BarracksRaid;

        string plain = JsonSerializer.Serialize(raid);

        // The default encoder escapes non-ASCII and HTML characters, but the document is the same.
        JsonNode.DeepEquals(JsonNode.Parse(plain), JsonNode.Parse(s_raid)).Should().BeTrue();
        JsonSerializer.Deserialize<Incident>(s_raid).Should().Be(raid);
        JsonSerializer.Deserialize<Incident>(plain).Should().Be(raid);
        JsonSerializer.Serialize(raid.Timing).Should().Be("""{"date":"2022-01-20","timeOfDay":"~03:00","zone":"Asia/Baghdad","wording":"Thursday, around 3 a.m. local time"}""");
        JsonSerializer.Deserialize<Incident>("null").Should().BeNull();
    }

    /// <summary>A stream of <c>[{"x":"aaaa…</c> that never ends.</summary>
    private sealed class EndlessElementStream : ForwardOnlyStream
    {
        private static readonly byte[] s_start = "[{\"x\":\""u8.ToArray();

        public long BytesRead => Consumed;

        protected override int Fill(Span<byte> buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = Consumed + i < s_start.Length ? s_start[Consumed + i] : (byte)'a';
            }

            return buffer.Length;
        }
    }
}
