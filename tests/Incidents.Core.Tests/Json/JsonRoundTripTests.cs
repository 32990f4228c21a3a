using System.Text;
using CsCheck;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Json;

public sealed class JsonRoundTripTests
{
    public static TheoryData<string> SeedIds => [.. SeedIncidents.All.Select(i => i.Id.ToString())];

    private static Incident Seed(string id) => SeedIncidents.All.Single(i => i.Id.ToString() == id);

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seed_ObjectToJsonToObject_IsEqual(string id)
    {
        Incident seed = Seed(id);

        Incident read = IncidentJson.Deserialize(IncidentJson.Serialize(seed));

        read.Should().Be(seed);
        read.GetHashCode().Should().Be(seed.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seed_CanonicalJson_MatchesTheCommittedGoldenFileByteForByte(string id)
    {
        byte[] golden = File.ReadAllBytes(Path.Combine(Repository.Root, "tests", "Incidents.Core.Tests", "Json", "Golden", id + ".json"));

        byte[] written = IncidentJson.SerializeToUtf8Bytes(Seed(id));

        // Compare as text first for a readable failure, then as bytes.
        Encoding.UTF8.GetString(written).Should().Be(Encoding.UTF8.GetString(golden).TrimEnd('\n'));
        written.Should().Equal(golden.AsSpan().TrimEnd((byte)'\n').ToArray());
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void GoldenFile_ReadAndWrittenAgain_IsByteIdentical(string id)
    {
        byte[] golden = File.ReadAllBytes(Path.Combine(Repository.Root, "tests", "Incidents.Core.Tests", "Json", "Golden", id + ".json")).AsSpan().TrimEnd((byte)'\n').ToArray();

        Incident read = IncidentJson.Deserialize(golden);

        read.Should().Be(Seed(id));
        IncidentJson.SerializeToUtf8Bytes(read).Should().Equal(golden);
    }

    [Fact]
    public void Seed_Indented_ReadsBackEqualAndKeepsNonAsciiUnescaped()
    {
        Incident seed = SeedIncidents.PrisonAssault;

        string indented = IncidentJson.Serialize(seed, new IncidentJsonOptions { WriteIndented = true });

        indented.Should().Contain("\n  \"id\": \"2022-01-20-sy-hasakah-prison-assault\",\n");
        indented.Should().Contain("al-Sina'a", "apostrophes are not escaped as \\u0027");
        indented.Should().NotContain("\r");
        IncidentJson.Deserialize(indented).Should().Be(seed);
    }

    [Fact]
    public void GeneratedIncidents_ObjectToJsonToObject_IsEqual_AndJsonToObjectToJson_IsByteIdentical()
    {
        IncidentGenerators.Incident.Sample(incident =>
        {
            byte[] json = IncidentJson.SerializeToUtf8Bytes(incident);
            Incident read = IncidentJson.Deserialize(json);
            byte[] again = IncidentJson.SerializeToUtf8Bytes(read);
            return read.Equals(incident) && json.AsSpan().SequenceEqual(again);
        }, iter: 300);
    }

    [Fact]
    public void GeneratedIncidents_Indented_ReadBackEqual()
    {
        var indented = new IncidentJsonOptions { WriteIndented = true };
        IncidentGenerators.Incident.Sample(incident => IncidentJson.Deserialize(IncidentJson.Serialize(incident, indented)).Equals(incident), iter: 100);
    }

    [Fact]
    public async Task StreamOverloads_RoundTrip()
    {
        using var stream = new MemoryStream();
        await IncidentJson.SerializeAsync(stream, SeedIncidents.BarracksRaid, cancellationToken: TestContext.Current.CancellationToken);
        stream.Position = 0;

        Incident read = await IncidentJson.DeserializeAsync(stream, cancellationToken: TestContext.Current.CancellationToken);

        read.Should().Be(SeedIncidents.BarracksRaid);
        stream.ToArray().Should().Equal(IncidentJson.SerializeToUtf8Bytes(SeedIncidents.BarracksRaid));
    }

    [Fact]
    public void Instant_WithFraction_IsWrittenLikeNodaTimesExtendedIsoPattern()
    {
        Gen.Select(Gen.Long[-62_135_596_800L, 253_402_300_799L], Gen.Int[0, 999_999_999], Gen.Int[0, 2]).Sample((seconds, nanos, kind) =>
        {
            // A third of the instants have no fraction, a third whole milliseconds, a third any nanoseconds.
            int fraction = kind switch { 0 => 0, 1 => nanos / 1_000_000 * 1_000_000, _ => nanos };
            NodaTime.Instant instant = NodaTime.Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(fraction);
            Span<byte> buffer = stackalloc byte[40];
            NodaJson.TryFormatInstant(instant, buffer, out int written);
            string expected = NodaTime.Text.InstantPattern.ExtendedIso.Format(instant);
            return Encoding.ASCII.GetString(buffer[..written]) == expected
                && NodaJson.TryParseInstant(buffer[..written], out NodaTime.Instant parsed) && parsed == instant;
        }, iter: 2000);
    }

    [Theory]
    [InlineData("11", 11, 11, 11)]
    [InlineData("\"at least 11\"", 11, null, null)]
    [InlineData("\"dozens\"", 24, null, 99)]
    [InlineData("{\"best\":3500}", null, 3500, null)]
    [InlineData("{\"low\":35,\"high\":40,\"best\":35}", 35, 35, 40)]
    public void RangeShortForms_AreReadAndWrittenBackAsTheObject(string range, int? low, int? best, int? high)
    {
        string json = IncidentJson.Serialize(SeedIncidents.BarracksRaid).Replace("{\"low\":11,\"best\":11,\"high\":11}", range, StringComparison.Ordinal);

        Incident read = IncidentJson.Deserialize(json);

        read.Casualties[0].Range.Should().Be(new CasualtyRange(low, best, high));
        IncidentJson.Serialize(read).Should().Contain("\"range\":{");
    }

    [Fact]
    public void ModelText_WithAnUnpairedSurrogate_IsRejected_SoThatEveryIncidentCanBeWritten()
    {
        Action act = () => _ = SeedIncidents.BarracksRaid with { Title = "raid " + new string('\uD800', 1) };

        act.Should().Throw<ArgumentException>().WithParameterName("Title").WithMessage("*unpaired surrogate*");
    }
}
