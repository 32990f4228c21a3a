using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CsCheck;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Json;

/// <summary>The library's entry point, <see cref="JsonSerializer"/> with <see cref="IncidentJson.Options"/>
/// (source-generated resolver) and <see cref="JsonSerializer"/> with the reflection resolver plus
/// <c>AddIncidentsConverters</c> all produce the same bytes and read the same objects.</summary>
public sealed class JsonParityTests
{
    // The converters write into the caller's writer, so strings are escaped by the caller's encoder; with the
    // library's own (minimal escaping) the bytes are the canonical ones.
    private static readonly JsonSerializerOptions s_reflection = new JsonSerializerOptions
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Encoder = MinimalJsonEncoder.Instance,
    }.AddIncidentsConverters();

    private static readonly JsonSerializerOptions s_plain = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    [Fact]
    public void AllPaths_WriteTheSameBytes_AndReadEqualObjects()
    {
        foreach (Incident incident in SeedIncidents.All)
        {
            AssertParity(incident).Should().BeTrue(incident.Id.ToString());
        }

        IncidentGenerators.Incident.Sample(AssertParity, iter: 200);
    }

    private static bool AssertParity(Incident incident)
    {
        string library = IncidentJson.Serialize(incident);
        string sourceGenerated = JsonSerializer.Serialize(incident, IncidentJson.Options);
        string reflection = JsonSerializer.Serialize(incident, s_reflection);
        return library == sourceGenerated && library == reflection
            && JsonSerializer.Deserialize<Incident>(library, IncidentJson.Options)!.Equals(incident)
            && JsonSerializer.Deserialize<Incident>(library, s_reflection)!.Equals(incident);
    }

    [Fact]
    public void ArraysAndLists_ThroughJsonSerializer_RoundTrip()
    {
        Incident[] incidents = [.. SeedIncidents.All];

        string json = JsonSerializer.Serialize(incidents, IncidentJson.Options);

        JsonSerializer.Deserialize<List<Incident>>(json, IncidentJson.Options).Should().Equal(incidents);
        JsonSerializer.Deserialize<Incident[]>(json, s_reflection).Should().Equal(incidents);
    }

    [Fact]
    public void NestedRecordsAlone_UseTheSameForm()
    {
        Incident seed = SeedIncidents.BarracksRaid;

        JsonSerializer.Serialize(seed.Timing, s_reflection).Should().Be("""{"date":"2022-01-20","timeOfDay":"~03:00","zone":"Asia/Baghdad","wording":"Thursday, around 3 a.m. local time"}""");
        JsonSerializer.Serialize(seed.Metadata, IncidentJson.Options).Should().Be("""{"revision":1,"created":"2022-01-24T12:00:00Z","modified":"2022-01-24T12:00:00Z"}""");
        JsonSerializer.Deserialize<Timing>(JsonSerializer.Serialize(seed.Timing, s_reflection), s_reflection).Should().Be(seed.Timing);
    }

    [Fact]
    public void NoNodaTimeValue_IsEverWrittenAsAnEmptyObject()
    {
        // The trap: a NodaTime value without a converter serializes as {} through reflection.
        foreach (Incident incident in SeedIncidents.All)
        {
            string[] outputs =
            [
                IncidentJson.Serialize(incident),
                JsonSerializer.Serialize(incident, IncidentJson.Options),
                JsonSerializer.Serialize(incident, s_reflection),
                JsonSerializer.Serialize(incident.Metadata, s_reflection),
                JsonSerializer.Serialize(incident.Timing, s_reflection),
            ];
            outputs.Should().AllSatisfy(json => json.Should().NotContain("{}"));
        }
    }

    [Fact]
    public void ValueTypesInAUsersOwnTypes_UseTheirConvertersWithDefaultOptions()
    {
        var report = new UserReport(new PartialDate(2022, 1), CasualtyRange.AtLeast(11), new CountryCode("IQ"), AttackMethodKind.VehicleBorneIed, ClaimKind.StatementOfFact, new AdmiraltyRating(SourceReliability.UsuallyReliable, InformationCredibility.ProbablyTrue));

        string json = JsonSerializer.Serialize(report, s_plain);

        json.Should().Be("""{"Month":"2022-01","Killed":{"low":11},"Country":"IQ","Method":"vbied","Kind":"statement-of-fact","Rating":"B2"}""");
        JsonSerializer.Deserialize<UserReport>(json, s_plain).Should().Be(report);
        JsonSerializer.Deserialize<UserReport>("""{"Month":"2022-01","Killed":"at least 11","Country":"IQ","Method":"vbied","Kind":"statement-of-fact","Rating":"B2"}""",
            s_plain).Should().Be(report);
    }

    [Fact]
    public void ValueTypeConverter_RejectsWithAJsonException()
    {
        JsonSerializerOptions options = s_plain;

        Action act = () => JsonSerializer.Deserialize<UserReport>("""{"Month":"2022-13"}""", options);
        act.Should().ThrowExactly<JsonException>().Which.Path.Should().Be("$.Month");

        Action integer = () => JsonSerializer.Deserialize<UserReport>("""{"Kind":3}""", options);
        integer.Should().ThrowExactly<JsonException>();
    }

    public sealed record UserReport(PartialDate Month, CasualtyRange Killed, CountryCode Country, AttackMethodKind Method, ClaimKind Kind, AdmiraltyRating Rating);
}
