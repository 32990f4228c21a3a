using System.Text.Json;
using Incidents.Cli;
using Incidents.Core.Json;

namespace Incidents.Core.Tests.Json;

/// <summary><see cref="AttackMethod.Verification"/>, the property added to show where a record property goes (its
/// reader and writer are generated): a refuted second method survives the JSON round trip, an absent or null value is
/// no assessment, and a code outside the closed list is rejected at its path.</summary>
public sealed class AttackMethodVerificationTests
{
    private static Incident WithMethods(params AttackMethod[] methods) => SeedIncidents.PrisonAssault with { Methods = [.. methods] };

    [Fact]
    public void RefutedSecondMethod_RoundTrips_AndIsWrittenAfterTheOtherProperties()
    {
        Incident incident = WithMethods(
            new AttackMethod { Kind = AttackMethodKind.VehicleBorneIed, Count = 2, Verification = ClaimVerification.Corroborated },
            new AttackMethod { Kind = AttackMethodKind.Parse("shooting"), Description = "gunfire after the blast", Verification = ClaimVerification.Refuted });

        string json = IncidentJson.Serialize(incident);
        Incident read = IncidentJson.Deserialize(json);

        read.Should().Be(incident);
        read.Methods[1].Verification.Should().Be(ClaimVerification.Refuted);
        json.Should().Contain("{\"kind\":\"vbied\",\"count\":2,\"verification\":\"corroborated\"}");
        json.Should().Contain("\"description\":\"gunfire after the blast\",\"verification\":\"refuted\"}");
    }

    [Fact]
    public void NoAssessment_IsLeftOut_AndNullReadsAsAbsent()
    {
        string json = IncidentJson.Serialize(WithMethods(new AttackMethod { Kind = AttackMethodKind.VehicleBorneIed }));
        json.Should().Contain("{\"kind\":\"vbied\"}");

        Incident read = IncidentJson.Deserialize(json.Replace("{\"kind\":\"vbied\"}", "{\"kind\":\"vbied\",\"verification\":null}", StringComparison.Ordinal));

        read.Methods[0].Verification.Should().BeNull();
    }

    [Theory]
    [InlineData("\"verified\"")]
    [InlineData("\"Refuted\"")]
    [InlineData("3")]
    public void OtherValues_AreRejectedAtTheirPath(string value)
    {
        string json = IncidentJson.Serialize(WithMethods(new AttackMethod { Kind = AttackMethodKind.VehicleBorneIed }))
            .Replace("{\"kind\":\"vbied\"}", "{\"kind\":\"vbied\",\"verification\":" + value + "}", StringComparison.Ordinal);

        Action read = () => IncidentJson.Deserialize(json);

        read.Should().Throw<JsonException>().Which.Path.Should().Be("$.methods[0].verification");
    }

    [Fact]
    public void UndefinedValue_IsRejectedByTheModel()
    {
        Action build = () => _ = new AttackMethod { Kind = AttackMethodKind.VehicleBorneIed, Verification = (ClaimVerification)9 };

        build.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Verification");
    }
}
