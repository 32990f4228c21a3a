using System.Collections.Concurrent;
using Incidents.Core.Interop.Acled;
using Incidents.Core.Interop.Gtd;
using Incidents.Core.Interop.Plover;
using Incidents.Core.Interop.Stix;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;
using Incidents.Core.Validation;

namespace Incidents.Core.Tests.Validation;

/// <summary>Validators, options and exporters are immutable and safe to share: one instance used from eight threads at
/// once gives, for every input, exactly what a single-threaded run gives.</summary>
public sealed class SharedAcrossThreadsTests
{
    private static readonly string s_corpus = Path.Combine(Repository.Root, "tests", "Incidents.Core.Tests", "Validation", "Corpus");

    private static readonly ParallelOptions s_eightThreads = new() { MaxDegreeOfParallelism = 8, CancellationToken = TestContext.Current.CancellationToken };

    [Fact]
    public async Task OneValidator_OnEightThreads_GivesEachPayloadItsSingleThreadedReport()
    {
        string[] payloads = [.. Directory.GetFiles(s_corpus).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
        foreach (PayloadValidationOptions options in new[] { PayloadValidationOptions.Default, new PayloadValidationOptions { Strict = true, MaxIssuesPerDocument = 3 } })
        {
            var shared = new IncidentPayloadValidator(RuleFixtures.Clock, options);
            var alone = new Dictionary<string, string>();
            foreach (string payload in payloads)
            {
                alone[payload] = PayloadCorpusTests.Render(await shared.ValidateFileAsync(payload, TestContext.Current.CancellationToken));
            }

            var together = new ConcurrentBag<(string Payload, string Report)>();
            await Parallel.ForEachAsync(Enumerable.Range(0, 16).SelectMany(_ => payloads), s_eightThreads, async (payload, cancellationToken) =>
                together.Add((payload, PayloadCorpusTests.Render(await shared.ValidateFileAsync(payload, cancellationToken)))));

            together.Should().HaveCount(16 * payloads.Length);
            foreach ((string payload, string report) in together)
            {
                report.Should().Be(alone[payload], "{0} validated while {1} other validations ran", Path.GetFileName(payload), 7);
            }
        }
    }

    [Fact]
    public async Task TheExporters_OnEightThreads_GiveEachIncidentItsSingleThreadedExport()
    {
        var incidents = new List<Incident>();
        await using (FileStream file = File.OpenRead(Path.Combine(Repository.Root, "samples", "data", "ucdp-ged-iraq.ndjson")))
        {
            await foreach (Incident incident in IncidentJson.ReadNdjsonAsync(file, cancellationToken: TestContext.Current.CancellationToken))
            {
                incidents.Add(incident);
            }
        }

        incidents.AddRange(Cli.SeedIncidents.All);
        static object Export(Incident incident) =>
            (StixExporter.Export(incident), GtdExporter.Export(incident), AcledExporter.Export(incident), PloverExporter.Export(incident));

        object[] alone = [.. incidents.Select(Export)];
        var together = new object[incidents.Count];
        Parallel.For(0, incidents.Count, s_eightThreads, i => together[i] = Export(incidents[i]));

        together.Should().Equal(alone);
    }
}
