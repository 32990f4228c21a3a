using CsCheck;
using Incidents.Core.Fuzz;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Fuzz;

/// <summary>Replays what the fuzzer starts from and what it found (tests/Incidents.Core.Fuzz/corpus and
/// regressions, one folder per target) through the same targets, uninstrumented: each input returns or throws only
/// what its API documents, and the targets' invariants hold. The fuzzing itself is tests/Incidents.Core.Fuzz/fuzz.sh.</summary>
public sealed class FuzzCorpusReplayTests
{
    private static readonly string s_fuzz = Path.Combine(Repository.Root, "tests", "Incidents.Core.Fuzz");

    public static TheoryData<string, string> Inputs()
    {
        var inputs = new TheoryData<string, string>();
        foreach (string set in new[] { "corpus", "regressions" })
        {
            foreach (string target in FuzzTargets.All.Keys)
            {
                string folder = Path.Combine(s_fuzz, set, target);
                if (!Directory.Exists(folder))
                {
                    continue;
                }

                foreach (string file in Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                {
                    inputs.Add(target, Path.GetRelativePath(s_fuzz, file));
                }
            }
        }

        return inputs;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Input_ReturnsOrThrowsOnlyWhatItsApiDocuments(string target, string input)
    {
        byte[] data = File.ReadAllBytes(Path.Combine(s_fuzz, input));

        Action run = () => FuzzTargets.All[target](data);

        run.Should().NotThrow();
    }

    [Fact]
    public void EveryTarget_HasASeedCorpus()
    {
        foreach (string target in FuzzTargets.All.Keys)
        {
            Directory.EnumerateFiles(Path.Combine(s_fuzz, "corpus", target)).Should().NotBeEmpty(target);
        }
    }

    [Fact]
    public void TextTarget_SeedsEveryGrammar()
    {
        // One seed per grammar (a valid text of it), so that the fuzzer starts inside every grammar.
        // (What AFL++ adds to the corpus is named afl-….)
        string[] seeds = [.. Directory.EnumerateFiles(Path.Combine(s_fuzz, "corpus", "text")).Where(f => !Path.GetFileName(f).StartsWith("afl-", StringComparison.Ordinal))];
        seeds.Select(f => File.ReadAllBytes(f)[0] % 20).Should().BeEquivalentTo(Enumerable.Range(0, 20));
    }

    public static TheoryData<string> Targets => [.. FuzzTargets.All.Keys];

    [Theory]
    [MemberData(nameof(Targets))]
    public void AnyBytes_AndSeedsWithRandomEdits_ReturnOrThrowOnlyWhatTheApiDocuments(string target)
    {
        // The fuzzer's contract as a property (CsCheck, shrinking to the smallest failing input): random byte strings,
        // and the target's seeds with up to eight bytes overwritten, cut or spliced.
        byte[][] seeds = [.. Directory.EnumerateFiles(Path.Combine(s_fuzz, "corpus", target)).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Take(40).Select(File.ReadAllBytes)];
        Gen<byte[]> edited = Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte).Array[1, 8], Gen.Int[0, 2], (seed, edits, cut) =>
        {
            byte[] copy = (byte[])seeds[seed].Clone();
            foreach ((int at, byte value) in edits)
            {
                if (copy.Length > 0)
                {
                    copy[at % copy.Length] = value;
                }
            }

            return cut == 0 && copy.Length > 1 ? copy[..(edits[0].Item1 % copy.Length)] : copy;
        });
        FuzzTargets.Target run = FuzzTargets.All[target];

        Gen.Frequency((1, Gen.Byte.Array[0, 512]), (3, edited)).Sample(bytes => run(bytes), iter: 400);
    }
}
