using Incidents.Core.Json;
using Incidents.Core.Tests.Support;
using Incidents.Core.Validation;

namespace Incidents.Core.Tests.Validation;

/// <summary>Tens of megabytes of generated NDJSON, streamed: garbage of every kind gives a report bounded by
/// <see cref="PayloadValidationOptions.MaxIssuesKept"/> whose counts are exact (each line counts as it does on its
/// own), and valid incidents read back one for one. The same streams at 2 GB are measured in
/// <c>benchmarks/…/Json/LargeNdjsonBenchmarks</c>; the flat memory of a file a heap cannot hold, in
/// <c>Incidents.Cli.Tests/LargeFileTests</c>.</summary>
public sealed class LargePayloadTests
{
    private const long Length = 48L << 20;

    [Fact]
    public async Task GarbageNdjson_StreamsToABoundedReport_WhoseCountsAreExact()
    {
        byte[][] pool = GeneratedNdjson.GarbagePool();
        var options = new PayloadValidationOptions { Format = PayloadFormat.Ndjson, CheckAcrossDocuments = false, MaxIssuesKept = 1_000 };
        var validator = new IncidentPayloadValidator(RuleFixtures.Clock, options);

        // Each line on its own, after a blank line so that no line is the first of its payload (a byte order mark
        // is a payload's own only there).
        PayloadValidationSummary[] alone = [.. pool.Select(line => validator.Validate([(byte)'\n', .. line]).Summary)];
        alone.Should().OnlyContain(s => s.Documents == 1, "every line of the pool is one document");
        alone.Count(s => s.Valid == 1).Should().BeInRange(pool.Length / 16, pool.Length / 8, "every 16th line is a valid incident; a changed byte may fall in free text");
        alone.Select(s => s.IssuesByCode.Count).Sum().Should().BeGreaterThan(pool.Length, "the garbage is of many kinds");

        using GeneratedNdjson.LineStream stream = GeneratedNdjson.Open(pool, Length);
        PayloadValidationReport report = await validator.ValidateAsync(stream, TestContext.Current.CancellationToken);

        long Times(int i) => (stream.Lines / pool.Length) + (i < stream.Lines % pool.Length ? 1 : 0);
        long issues = 0;
        var byCode = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (int i = 0; i < pool.Length; i++)
        {
            foreach (CodeCount code in alone[i].IssuesByCode)
            {
                byCode[code.Code] = byCode.GetValueOrDefault(code.Code) + (code.Count * Times(i));
                issues += code.Count * Times(i);
            }
        }

        stream.Lines.Should().BeGreaterThan(pool.Length * 10L, "the pool repeats many times in {0} bytes", Length);
        report.Summary.Documents.Should().Be(stream.Lines);
        report.Summary.Valid.Should().Be(Enumerable.Range(0, pool.Length).Sum(i => alone[i].Valid * Times(i)));
        report.Summary.IssuesByCode.Select(c => (c.Code, c.Count)).Should().Equal(byCode.Select(e => (e.Key, e.Value)));

        // The report keeps the first MaxIssuesKept issues and counts the rest.
        report.Issues.Count.Should().Be(1_000);
        report.Summary.IssuesNotKept.Should().Be(issues - 1_000);
        report.Documents.Max(d => d.Index).Should().BeLessThan(pool.Length, "the issues kept are the first ones");
        report.IsValid.Should().BeFalse();
    }

    [Fact]
    public async Task ValidNdjson_ReadsBackOneForOne()
    {
        byte[][] pool = GeneratedNdjson.ValidPool(200);
        Incident[] expected = [.. pool.Select(line => IncidentJson.Deserialize(line))];
        using GeneratedNdjson.LineStream stream = GeneratedNdjson.Open(pool, 16L << 20);
        long read = 0;
        await foreach (Incident incident in IncidentJson.ReadNdjsonAsync(stream, cancellationToken: TestContext.Current.CancellationToken))
        {
            if (!incident.Equals(expected[read % pool.Length]))
            {
                incident.Should().Be(expected[read % pool.Length], "document {0}", read);
            }

            read++;
        }

        read.Should().Be(stream.Lines).And.BeGreaterThan(pool.Length * 10L);
    }
}
