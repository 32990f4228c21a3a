using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Validation;

namespace Incidents.Core.Benchmarks.Json;

/// <summary>
/// Validation of one large NDJSON payload (the 10,000-incident file of <see cref="NdjsonBenchmarks"/>, 1% of the
/// documents broken as in <see cref="PayloadValidationBenchmarks"/>) on one thread (the baseline) and with
/// <see cref="PayloadValidationOptions.MaxDegreeOfParallelism"/> = 2 and = the machine's cores: what
/// <c>incidents validate --jobs N</c> does with a single large file. Every document's result is read, in order.
/// Two jobs: the runtime's own gen0 budget, and a 64 MiB one (<c>DOTNET_GCgen0size</c>) — on a VM that reports no
/// CPU cache sizes (this one) .NET falls back to a tiny gen0 budget, and the work, which allocates, is then bound by
/// the collector rather than by the cores.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Gen0Budgets))]
public class ParallelValidationBenchmarks
{
    private readonly IncidentPayloadValidator _one = Validator(1);
    private readonly IncidentPayloadValidator _two = Validator(2);
    private readonly IncidentPayloadValidator _all = Validator(Environment.ProcessorCount);
    private byte[] _payload = [];

    private static IncidentPayloadValidator Validator(int threads) =>
        new(new PayloadValidationBenchmarks.FixedClock(NodaTime.Instant.FromUtc(2026, 11, 24, 12, 0)), new PayloadValidationOptions { MaxDegreeOfParallelism = threads });

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var lines = new List<string>();
        foreach (Incident incident in SampleIncidents.Generate(JsonInputs.NdjsonCount))
        {
            string line = IncidentJson.Serialize(incident);
            lines.Add(random.Next(100) < 1 ? line.Replace("\"kind\":\"killed\"", "\"kind\":\"KILLED\"", StringComparison.Ordinal) : line);
        }

        _payload = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
    }

    [Benchmark(Baseline = true, Description = "one thread")]
    public Task<long> OneThread() => Run(_one);

    [Benchmark(Description = "MaxDegreeOfParallelism = 2")]
    public Task<long> TwoThreads() => Run(_two);

    [Benchmark(Description = "MaxDegreeOfParallelism = ProcessorCount")]
    public Task<long> AllCores() => Run(_all);

    private async Task<long> Run(IncidentPayloadValidator validator)
    {
        long issues = 0;
        await foreach (DocumentValidation document in validator.ValidateDocumentsAsync(new MemoryStream(_payload, writable: false)))
        {
            issues += document.Result.Issues.Count;
        }

        return issues;
    }

    /// <summary>The default job, and the same with a 64 MiB gen0 budget.</summary>
    private sealed class Gen0Budgets : BenchmarkDotNet.Configs.ManualConfig
    {
        public Gen0Budgets()
        {
            AddJob(new Job("default-gen0"));
            AddJob(new Job("gen0-64MiB").WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCgen0size", "0x4000000")));
        }
    }
}
