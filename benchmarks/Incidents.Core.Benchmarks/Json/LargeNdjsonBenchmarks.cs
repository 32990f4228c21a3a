using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;
using Incidents.Core.Validation;
using NodaTime;

namespace Incidents.Core.Benchmarks.Json;

/// <summary>
/// Two gigabytes of NDJSON, generated as they are read (<see cref="GeneratedNdjson"/>: nothing on disk), streamed
/// through the payload validator — garbage of every kind, and valid incidents — and read into incidents. Each run
/// is one pass over the 2 GB, in a process whose GC heap is capped at 256 MiB (<c>DOTNET_GCHeapHardLimit</c>):
/// memory that grew with the input would end the run with an out-of-memory error. The process's peak working set
/// and the report's size are printed after the runs (<c>// peak working set</c> in the log).
/// </summary>
[Config(typeof(Config))]
public class LargeNdjsonBenchmarks
{
    private const long Length = 2_000_000_000;

    private static readonly IClock s_clock = new PayloadValidationBenchmarks.FixedClock(Instant.FromUtc(2026, 12, 1, 12, 0));

    private static readonly PayloadValidationOptions s_options = new() { Format = PayloadFormat.Ndjson, CheckAcrossDocuments = false };

    private byte[][] _garbage = [];
    private byte[][] _valid = [];
    private PayloadValidationReport? _lastReport;
    private long _lastLines;

    [GlobalSetup]
    public void Setup()
    {
        _garbage = GeneratedNdjson.GarbagePool();
        _valid = GeneratedNdjson.ValidPool();
    }

    [Benchmark(Description = "validate 2 GB of garbage NDJSON")]
    public Task<long> ValidateGarbage() => Validate(_garbage);

    [Benchmark(Description = "validate 2 GB of valid NDJSON")]
    public Task<long> ValidateValid() => Validate(_valid);

    [Benchmark(Description = "IncidentJson.ReadNdjsonAsync, 2 GB")]
    public async Task<long> ReadValid()
    {
        using GeneratedNdjson.LineStream stream = GeneratedNdjson.Open(_valid, Length);
        long count = 0;
        await foreach (Incident incident in IncidentJson.ReadNdjsonAsync(stream))
        {
            count += incident.Casualties.Count > 0 ? 1 : 0;
        }

        _lastLines = stream.Lines;
        return count;
    }

    [GlobalCleanup]
    public void Report()
    {
        Console.WriteLine($"// peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MiB; GC heap limit {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 20)} MiB; last pass {_lastLines:N0} lines");
        if (_lastReport is { } report)
        {
            Console.WriteLine($"// report: {report.Summary.Documents:N0} documents, {report.Summary.Valid:N0} valid, {report.Issues.Count:N0} issues kept, {report.Summary.IssuesNotKept:N0} counted only, {report.Documents.Count:N0} documents listed");
        }
    }

    private async Task<long> Validate(byte[][] pool)
    {
        using GeneratedNdjson.LineStream stream = GeneratedNdjson.Open(pool, Length);
        PayloadValidationReport report = await new IncidentPayloadValidator(s_clock, s_options).ValidateAsync(stream);
        _lastReport = report;
        _lastLines = stream.Lines;
        return report.Summary.Documents;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithEnvironmentVariable("DOTNET_GCHeapHardLimit", "0x10000000"));
    }
}
