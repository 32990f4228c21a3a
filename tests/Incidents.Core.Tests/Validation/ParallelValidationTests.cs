using System.Globalization;
using System.Text;
using Incidents.Core.Tests.Support;
using Incidents.Core.Validation;

namespace Incidents.Core.Tests.Validation;

/// <summary><see cref="PayloadValidationOptions.MaxDegreeOfParallelism"/>: documents judged on several threads give
/// exactly what one thread gives — the same issues at the same lines, the same incidents, in payload order — across
/// batch boundaries, with the check across documents intact, for NDJSON and arrays; cancellation and an early stop
/// are clean.</summary>
public sealed class ParallelValidationTests
{
    private static readonly string s_corpus = Path.Combine(Repository.Root, "tests", "Incidents.Core.Tests", "Validation", "Corpus");

    /// <summary>Every line of the corpus's NDJSON payloads (broken ones, duplicates, part-of references), repeated so
    /// that the payload spans many batches and an id of one batch repeats in another.</summary>
    private static string[] ManyLines(int copies)
    {
        string[] lines = [.. Directory.GetFiles(s_corpus, "*.ndjson").Order(StringComparer.Ordinal).SelectMany(File.ReadAllLines)];
        return [.. Enumerable.Range(0, copies).SelectMany(_ => lines)];
    }

    private static async Task<string> Render(byte[] payload, int parallelism, PayloadFormat format = PayloadFormat.Auto)
    {
        var validator = new IncidentPayloadValidator(RuleFixtures.Clock, new PayloadValidationOptions { MaxDegreeOfParallelism = parallelism, Format = format });
        var text = new StringBuilder();
        await foreach (DocumentValidation document in validator.ValidateDocumentsAsync(new MemoryStream(payload), TestContext.Current.CancellationToken))
        {
            text.Append(CultureInfo.InvariantCulture, $"{document.Index} line {document.Line} valid={document.IsValid} incident={(document.Incident is null ? "-" : Core.Json.IncidentJson.Serialize(document.Incident))}\n");
            foreach (ValidationIssue i in document.Result.Issues)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {i.Line}:{i.Column} {i.Severity} {i.Code} {i.Path} {i.Message} ×{i.Occurrences}\n");
            }
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public async Task Ndjson_OnSeveralThreads_IsExactlyWhatOneThreadGives(int parallelism)
    {
        byte[] payload = Encoding.UTF8.GetBytes(string.Join('\n', ManyLines(60)) + "\n");

        string one = await Render(payload, 1);
        string several = await Render(payload, parallelism);

        several.Should().Be(one);
        one.Should().Contain(ValidationCodes.DuplicateIncidentId.Code, "ids repeat across batches").And.Contain("\n-1 line", "the check across documents reports at the end");
        one.Split('\n').Count(l => l.Length > 0 && char.IsDigit(l[0])).Should().BeGreaterThan(1_000, "the payload spans several batches of 256 documents");
    }

    [Fact]
    public async Task AnArray_OnSeveralThreads_IsExactlyWhatOneThreadGives_StructureFaultsIncluded()
    {
        string[] lines = [.. ManyLines(40).Where(l => l.TrimStart().StartsWith('{'))];
        byte[] payload = Encoding.UTF8.GetBytes("[\n" + string.Join(",\n", lines) + ",\n 42, \"x\"\n]");

        string one = await Render(payload, 1, PayloadFormat.Array);
        string several = await Render(payload, 3, PayloadFormat.Array);

        several.Should().Be(one);
        one.Should().Contain(ValidationCodes.DuplicateIncidentId.Code);
    }

    [Fact]
    public async Task Cancellation_StopsAParallelRun_WithinABatch()
    {
        byte[] payload = Encoding.UTF8.GetBytes(string.Join('\n', ManyLines(100)));
        var validator = new IncidentPayloadValidator(RuleFixtures.Clock, new PayloadValidationOptions { MaxDegreeOfParallelism = 2 });
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        long seen = 0;

        Func<Task> run = async () =>
        {
            await foreach (DocumentValidation document in validator.ValidateDocumentsAsync(new MemoryStream(payload), cancel.Token))
            {
                if (++seen == 300)
                {
                    await cancel.CancelAsync();
                }
            }
        };

        await run.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().BeInRange(300, 300 + (2 * 2 * 256), "at most the batches in flight are reported after the cancellation");
    }

    [Fact]
    public async Task StoppingEarly_LeavesNothingRunning_AndTheValidatorCanGoOn()
    {
        byte[] payload = Encoding.UTF8.GetBytes(string.Join('\n', ManyLines(100)));
        var validator = new IncidentPayloadValidator(RuleFixtures.Clock, new PayloadValidationOptions { MaxDegreeOfParallelism = 4 });

        for (int round = 0; round < 3; round++)
        {
            int seen = 0;
            await foreach (DocumentValidation document in validator.ValidateDocumentsAsync(new MemoryStream(payload), TestContext.Current.CancellationToken))
            {
                if (++seen == 10)
                {
                    break;
                }
            }

            seen.Should().Be(10);
        }

        (await Render(payload, 4)).Should().Be(await Render(payload, 1));
    }

    [Fact]
    public async Task Cancellation_IsHonouredWithinOneDocument()
    {
        // One document with 2,000 actors; the stream cancels the token as it reports its end, so the document is
        // wholly buffered before the token is cancelled and only the reading of the document itself can notice it.
        string actors = string.Join(",", Enumerable.Range(0, 2_000).Select(i => $"{{\"id\":\"a{i}\",\"name\":\"Actor {i}\",\"kind\":\"civilians\"}}"));
        string document = Core.Json.IncidentJson.Serialize(Cli.SeedIncidents.BarracksRaid).Replace("\"actors\":[", "\"actors\":[" + actors + ",", StringComparison.Ordinal);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var stream = new CancelAtEnd(Encoding.UTF8.GetBytes(document), cancel);
        var validator = new IncidentPayloadValidator(RuleFixtures.Clock, new PayloadValidationOptions { Format = PayloadFormat.Document });

        Func<Task> run = async () => await validator.ValidateAsync(stream, cancel.Token);
        Func<Task> uncancelled = async () => (await validator.ValidateAsync(new MemoryStream(Encoding.UTF8.GetBytes(document)), TestContext.Current.CancellationToken)).Summary.Documents.Should().Be(1);

        await run.Should().ThrowAsync<OperationCanceledException>();
        stream.Ended.Should().BeTrue("the whole document had been read when the token was cancelled");
        await uncancelled.Should().NotThrowAsync();
    }

    /// <summary>A stream of bytes that cancels a token when it reports its end.</summary>
    private sealed class CancelAtEnd(byte[] bytes, CancellationTokenSource cancel) : MemoryStream(bytes, writable: false)
    {
        public bool Ended { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read = await base.ReadAsync(buffer, CancellationToken.None);
            if (read == 0 && !Ended)
            {
                Ended = true;
                await cancel.CancelAsync();
            }

            return read;
        }
    }

    [Fact]
    public void MaxDegreeOfParallelism_BelowOne_IsRefused()
    {
        Action zero = () => _ = new PayloadValidationOptions { MaxDegreeOfParallelism = 0 };

        zero.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxDegreeOfParallelism");
    }
}
