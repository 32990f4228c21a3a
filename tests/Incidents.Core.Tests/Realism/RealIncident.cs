using Incidents.Core.Json;
using Incidents.Core.Validation;
using NodaTime;

namespace Incidents.Core.Tests.Realism;

/// <summary>What every realism test checks first: the incident survives the JSON round trip unchanged (so each fact
/// asserted afterwards is read back from its typed field), and the validator's issues are exactly the expected ones.</summary>
internal static class RealIncident
{
    /// <summary>The clock of the realism tests: this session's date.</summary>
    internal static readonly IClock Clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 30, 0, 0));

    /// <summary>The record times of the fact sheets.</summary>
    internal static RecordMetadata Metadata { get; } = new() { Created = Instant.FromUtc(2026, 11, 30, 0, 0), Modified = Instant.FromUtc(2026, 11, 30, 0, 0) };

    /// <summary>Every fact sheet's incident, for tests that run all of them through a tool. A getter, not a static
    /// field: the fact sheets' own static initialisers use <see cref="Metadata"/>, and a field here would make the type
    /// initialisers depend on each other across test threads.</summary>
    internal static IReadOnlyList<Incident> All =>
    [
        ChibokAbductionTests.Chibok, MadridTrainBombingsTests.Madrid, LondonBombingsTests.Bombings, NorwayAttacksTests.Attacks,
        MumbaiAttacksTests.Attacks, BeslanSiegeTests.Siege, SeptemberElevenTests.Attacks, AbuGhraibTajiTests.Assaults,
        NashvilleBombingTests.Bombing, EasterSundayBombingsTests.Bombings, BagaMassacreTests.Attacks,
    ];

    /// <summary>Writes and reads <paramref name="incident"/>; the result must equal it.</summary>
    internal static Incident RoundTrip(Incident incident)
    {
        Incident read = IncidentJson.Deserialize(IncidentJson.Serialize(incident));
        read.Should().Be(incident);
        return read;
    }

    /// <summary>Validates <paramref name="incident"/>; the codes reported must be <paramref name="expected"/>.</summary>
    internal static ValidationResult Validate(Incident incident, params string[] expected)
    {
        ValidationResult result = new IncidentValidator(Clock).Validate(incident);
        result.Issues.Select(i => i.Code).Should().BeEquivalentTo(expected);
        return result;
    }
}
