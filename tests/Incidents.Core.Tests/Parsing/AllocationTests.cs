using System.Text;
using Incidents.Core.Parsing;

namespace Incidents.Core.Tests.Parsing;

/// <summary>
/// The parsers allocate nothing on the success path (for values that hold no new string) and nothing on the failure
/// path of TryParse. Counted with <see cref="GC.GetAllocatedBytesForCurrentThread"/>, which is exact, not timed; the
/// benchmarks measure the same with BenchmarkDotNet's MemoryDiagnoser.
/// </summary>
public class AllocationTests
{
    private static readonly string[] s_casualtyTexts =
    [
        "39", "at least 11", "dozens", "~3,500", "10-15", "between 5 and 8", "up to 20", "a number of", "more than 100",
        "10–15 (best 12)", "umpteen", "15-10", "-5", "2147483648", "39 killed", "twenty-five", "at least eleven", "up to about 1,000",
        "in the twenties", "five four",
    ];

    private static readonly string[] s_otherTexts =
    [
        "2022-01-20", "2022-01", "2022", "2022-02-30", "~03:00", "around 3 a.m.", "25:00", "~PT24H", "P1Y", "VBIED", "car bomb",
        "armed assault", "36.5024,40.7477", "POINT (40.7 36.5)", "91,0", "B2", "G7", "SY", "ZZ", "1.0", "x", "some 13 hours", "four days",
        "2 days and 3 hours", "three hours later",
    ];

    private static readonly string[] s_codes = ["VBIED", "svbied", "car bomb", "Armed Assault", "raid", "véhicule", "bad!", ""];

    [Fact]
    public void TryParse_MixedInputs_AllocatesNothing()
    {
        byte[][] casualtyUtf8 = [.. s_casualtyTexts.Select(Encoding.UTF8.GetBytes)];
        byte[][] otherUtf8 = [.. s_otherTexts.Select(Encoding.UTF8.GetBytes)];
        for (int warmUp = 0; warmUp < 200; warmUp++)
        {
            RunAll(casualtyUtf8, otherUtf8);
        }

        int parsed = 0;
        long fewest = FewestBytesPerAttempt(() => parsed += RunAll(casualtyUtf8, otherUtf8));

        parsed.Should().BePositive();
        fewest.Should().BeLessThan(OneObjectPerRound, "a parser that allocates allocates on every call, in every round");
    }

    /// <summary>
    /// The smallest object on the managed heap is 24 bytes, so a parser that allocates on any call allocates at least
    /// this much in one attempt of <see cref="Rounds"/> rounds. The runtime may do one-time work of its own on the test's
    /// thread during an attempt (tiering, a thread-pool or culture structure created on first use while other tests run
    /// in parallel — CI once saw 760 bytes in each of three attempts), which is far below this bound and not the
    /// parsers' doing; the bound still fails on one allocation per round.
    /// </summary>
    private const long OneObjectPerRound = 24L * Rounds;

    private const int Rounds = 100;

    private static long FewestBytesPerAttempt(Action round)
    {
        long fewest = long.MaxValue;
        for (int attempt = 0; attempt < 5; attempt++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Rounds; i++)
            {
                round();
            }

            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return fewest;
    }

    [Fact]
    public void TryParse_InvalidEncodingAndOverlongCodes_AllocateNothing()
    {
        byte[] invalidUtf8 = [0x33, 0x39, 0xFF];
        string loneSurrogate = "39\uD800";
        string longCode = new('x', 80);
        byte[] longCodeUtf8 = Encoding.UTF8.GetBytes(new string('y', 200));
        int failures = 0;
        for (int warmUp = 0; warmUp < 50; warmUp++)
        {
            failures += Fail(invalidUtf8, loneSurrogate, longCode, longCodeUtf8);
        }

        long fewest = FewestBytesPerAttempt(() => failures += Fail(invalidUtf8, loneSurrogate, longCode, longCodeUtf8));

        failures.Should().Be((50 + (5 * Rounds)) * 6);
        fewest.Should().BeLessThan(OneObjectPerRound, "a failing parser that allocates allocates on every call");

        static int Fail(byte[] invalidUtf8, string loneSurrogate, string longCode, byte[] longCodeUtf8) =>
            (CasualtyRange.TryParse(invalidUtf8, out _, out ParseError _) ? 0 : 1)
            + (CasualtyRange.TryParse(loneSurrogate.AsSpan(), out _, out ParseError _) ? 0 : 1)
            + (PartialDate.TryParse(invalidUtf8, out _, out ParseError _) ? 0 : 1)
            + (AttackMethodKind.TryParse(invalidUtf8, out _, out ParseError _) ? 0 : 1)
            + (AttackMethodKind.TryParse(longCode.AsSpan(), out _, out ParseError _) ? 0 : 1)
            + (AttackMethodKind.TryParse(longCodeUtf8, out _, out ParseError _) ? 0 : 1);
    }

    [Fact]
    public void TryParse_Identifiers_AllocateOnlyTheIdentifierString_AndNothingOnFailure()
    {
        byte[] good = "2022-01-20-iq-baghdad-barracks-raid"u8.ToArray();
        byte[] bad = "bad id with spaces"u8.ToArray();
        IncidentId.TryParse(good, out IncidentId parsed).Should().BeTrue();
        parsed.Value.Should().Be("2022-01-20-iq-baghdad-barracks-raid");
        IncidentId.TryParse(bad, out _, out _).Should().BeFalse();

        int failures = 0;
        long fewest = FewestBytesPerAttempt(() => failures += IncidentId.TryParse(bad, out _, out _) ? 0 : 1);

        failures.Should().Be(5 * Rounds);
        fewest.Should().BeLessThan(OneObjectPerRound, "a failing parse that allocates allocates on every call");
    }

    private static int RunAll(byte[][] casualtyUtf8, byte[][] otherUtf8)
    {
        int ok = 0;
        foreach (string text in s_casualtyTexts)
        {
            ok += CasualtyRange.TryParse(text.AsSpan(), out _, out ParseError _) ? 1 : 0;
        }

        foreach (byte[] utf8 in casualtyUtf8)
        {
            ok += CasualtyRange.TryParse(utf8, out _, out ParseError _) ? 1 : 0;
        }

        for (int i = 0; i < s_otherTexts.Length; i++)
        {
            ReadOnlySpan<char> text = s_otherTexts[i];
            ReadOnlySpan<byte> utf8 = otherUtf8[i];
            ok += PartialDate.TryParse(text, out _) ? 1 : 0;
            ok += PartialDate.TryParse(utf8, out _) ? 1 : 0;
            ok += ApproximateTime.TryParse(text, out _) ? 1 : 0;
            ok += DurationEstimate.TryParse(utf8, out _) ? 1 : 0;
            ok += GeoCoordinate.TryParse(text, out _) ? 1 : 0;
            ok += GeoCoordinate.TryParse(utf8, out _) ? 1 : 0;
            ok += AdmiraltyRating.TryParse(utf8, out _) ? 1 : 0;
            ok += CountryCode.TryParse(text, out _) ? 1 : 0;
            ok += SchemaVersion.TryParse(utf8, out _) ? 1 : 0;

        }

        // Well-known codes and synonyms, and malformed codes, parse without allocating; a new code allocates its string.
        foreach (string code in s_codes)
        {
            ok += AttackMethodKind.TryParse(code, out _) ? 1 : 0;
        }

        return ok;
    }
}
