using System.Text;
using System.Text.Json;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;
using Incidents.Core.Tests.Validation;
using Incidents.Core.Validation;

namespace Incidents.Core.Tests.Json;

/// <summary>Documents written by other languages' real JSON encoders (tests/data/encoders: PHP 8 json_encode, Node's
/// JSON.stringify with toISOString, Python's json.dumps with ensure_ascii, Go's encoding/json, System.Text.Json's
/// defaults — made by generate.sh there) read equal to the canonical incident they were made from, pass the schema,
/// and validate with no issue above information.</summary>
public sealed class ForeignEncoderTests
{
    private static readonly string s_folder = Path.Combine(Repository.Root, "tests", "data", "encoders");

    private static readonly global::Json.Schema.JsonSchema s_schema = IndependentSchemas.Incident;

    public static TheoryData<string> Documents() =>
        [.. Directory.GetFiles(Path.Combine(s_folder, "documents"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void TheFixtures_CoverEveryEncoder()
    {
        string[] encoders = [.. Documents().Select(d => ((string)d.Data).Split('.')[1]).Distinct().Order(StringComparer.Ordinal)];

        encoders.Should().Equal("go", "js", "js-pretty", "php", "php-pretty", "python", "python-pretty", "stj", "stj-pretty");
        Documents().Should().HaveCount(27);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void ForeignDocument_ReadsEqualToItsCanonicalSource(string name)
    {
        string source = File.ReadAllText(Path.Combine(s_folder, "source", name.Split('.')[0] + ".json")).TrimEnd('\n');
        byte[] foreign = File.ReadAllBytes(Path.Combine(s_folder, "documents", name));
        Incident canonical = IncidentJson.Deserialize(source);
        IncidentJson.Serialize(canonical).Should().Be(source, "the sources are canonical");

        Incident read = IncidentJson.Deserialize(foreign);

        read.Should().Be(canonical);
        IncidentJson.Serialize(read).Should().Be(source, "the writer writes the canonical form whatever it read");
        JsonSerializer.Deserialize<Incident>(foreign).Should().Be(canonical);
        using JsonDocument document = JsonDocument.Parse(foreign);
        s_schema.Evaluate(document.RootElement, new global::Json.Schema.EvaluationOptions { OutputFormat = global::Json.Schema.OutputFormat.Flag }).IsValid.Should().BeTrue("the schema accepts what the reader accepts");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void ForeignDocument_IsValid_WithOnlyInformationAboutItsForms(string name)
    {
        byte[] foreign = File.ReadAllBytes(Path.Combine(s_folder, "documents", name));

        PayloadValidationReport report = new IncidentPayloadValidator(RuleFixtures.Clock).Validate(foreign);

        report.IsValid.Should().BeTrue();
        report.Issues.Where(i => i.Code != "INC-JSON-011").Should().BeEmpty();
        string encoder = name.Split('.')[1];
        if (encoder.StartsWith("php", StringComparison.Ordinal))
        {
            report.Issues.Should().Contain(i => i.Path == "/metadata/created" && i.Message.Contains("'2022-01-24T12:00:00.000+00:00'", StringComparison.Ordinal));
        }

        if (encoder.StartsWith("python", StringComparison.Ordinal))
        {
            report.Issues.Should().Contain(i => i.Path == "/metadata/created" && i.Message.Contains("'2022-01-24T12:00:00+00:00'", StringComparison.Ordinal));
        }

        if (encoder.StartsWith("js", StringComparison.Ordinal))
        {
            report.Issues.Should().Contain(i => i.Path == "/metadata/created" && i.Message.Contains(".000Z", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EscapesOfEveryKind_AreInTheFixtures()
    {
        string php = File.ReadAllText(Path.Combine(s_folder, "documents", "every-part.php.json"));
        string go = File.ReadAllText(Path.Combine(s_folder, "documents", "every-part.go.json"));
        string stj = File.ReadAllText(Path.Combine(s_folder, "documents", "every-part.stj.json"));
        string python = File.ReadAllText(Path.Combine(s_folder, "documents", "every-part.python.json"));

        php.Should().Contain("Asia\\/Baghdad").And.Contain("\\ud83d\\udc80");
        go.Should().Contain("\\u003cb\\u003e").And.Contain("\\u0026").And.Contain("\\u2028");
        stj.Should().Contain("\\u002B").And.Contain("\\u0027");
        python.Should().Contain("\\u0627").And.Contain("1e-05");
        Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(s_folder, "documents", "every-part.js.json"))).Should().Contain("PT150M");
    }
}
