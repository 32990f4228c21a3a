using System.Text;
using System.Text.Json;
using Incidents.Cli;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Json;

public sealed class NdjsonAndArrayTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<List<Incident>> ReadAll(IAsyncEnumerable<Incident> incidents)
    {
        var list = new List<Incident>();
        await foreach (Incident incident in incidents)
        {
            list.Add(incident);
        }

        return list;
    }

    [Fact]
    public async Task Ndjson_WriteThenRead_GivesTheSameIncidents_OnePerLine()
    {
        List<Incident> incidents = [.. SampleIncidents.Generate(500)];
        using var stream = new MemoryStream();

        await IncidentJson.WriteNdjsonAsync(stream, incidents, Token);

        string text = Encoding.UTF8.GetString(stream.ToArray());
        text.Split('\n').Should().HaveCount(501).And.EndWith(string.Empty);
        text.Split('\n')[0].Should().Be(IncidentJson.Serialize(incidents[0]));
        stream.Position = 0;
        (await ReadAll(IncidentJson.ReadNdjsonAsync(stream, cancellationToken: Token))).Should().Equal(incidents);
    }

    [Fact]
    public async Task Ndjson_AcceptsCrLf_BlankLines_AndNoFinalLineEnd()
    {
        string a = IncidentJson.Serialize(SeedIncidents.PrisonAssault);
        string b = IncidentJson.Serialize(SeedIncidents.BarracksRaid);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"{a}\r\n\r\n   \n{b}"));

        (await ReadAll(IncidentJson.ReadNdjsonAsync(stream, cancellationToken: Token))).Should().Equal(SeedIncidents.PrisonAssault, SeedIncidents.BarracksRaid);
    }

    [Fact]
    public async Task Ndjson_BrokenLine_ReportsItsLineNumberInTheFile()
    {
        string a = IncidentJson.Serialize(SeedIncidents.PrisonAssault);
        string broken = IncidentJson.Serialize(SeedIncidents.BarracksRaid).Replace("\"raid\"", "\"RAID\"", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"{a}\n\n{broken}\n{a}\n"));
        var read = new List<Incident>();

        Func<Task> act = async () =>
        {
            await foreach (Incident incident in IncidentJson.ReadNdjsonAsync(stream, cancellationToken: Token))
            {
                read.Add(incident);
            }
        };

        JsonException e = (await act.Should().ThrowExactlyAsync<JsonException>()).Which;
        e.LineNumber.Should().Be(2, "the third line of the file (zero-based 2) is broken");
        e.Path.Should().Be("$.methods[0].kind");
        e.BytePositionInLine.Should().Be(broken.IndexOf("\"RAID\"", StringComparison.Ordinal));
        read.Should().ContainSingle("the lines before the broken one were read");
    }

    [Fact]
    public async Task Ndjson_LineLongerThanTheLimit_IsRejected()
    {
        string a = IncidentJson.Serialize(SeedIncidents.PrisonAssault);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"{a}\n{a}\n"));

        Func<Task> act = () => ReadAll(IncidentJson.ReadNdjsonAsync(stream, new IncidentJsonOptions { MaxDocumentLength = 2048 }, Token));

        (await act.Should().ThrowExactlyAsync<JsonException>()).Which.Message.Should().Contain("MaxDocumentLength");
    }

    [Fact]
    public async Task LineReader_BufferStaysBoundedByTheLongestLine_NotTheFile()
    {
        // 2,000 lines of ~6 KB (12 MB) through a stream that hands out small chunks.
        byte[] line = [.. IncidentJson.SerializeToUtf8Bytes(SeedIncidents.PrisonAssault), (byte)'\n'];
        using var stream = new ChunkedStream(line, repeat: 2_000, chunk: 1000);
        using var reader = new NdjsonLineReader(stream, 1 << 20);
        int lines = 0;

        while (await reader.ReadLineAsync(Token))
        {
            reader.Line.Length.Should().Be(line.Length - 1);
            lines++;
        }

        lines.Should().Be(2_000);
        reader.BufferLength.Should().BeLessThanOrEqualTo(128 * 1024);
    }

    [Fact]
    public async Task Array_WriteThenStreamRead_GivesTheSameIncidents()
    {
        List<Incident> incidents = [.. SampleIncidents.Generate(300)];
        using var stream = new MemoryStream();

        await IncidentJson.WriteArrayAsync(stream, incidents, cancellationToken: Token);

        stream.ToArray()[0].Should().Be((byte)'[');
        stream.Position = 0;
        (await ReadAll(IncidentJson.ReadArrayAsync(stream, cancellationToken: Token))).Should().Equal(incidents);
        JsonSerializer.Deserialize<Incident[]>(stream.ToArray(), IncidentJson.Options).Should().Equal(incidents);
    }

    [Fact]
    public async Task Array_BrokenElement_NamesTheElementAndThePlaceInIt()
    {
        string good = IncidentJson.Serialize(SeedIncidents.PrisonAssault);
        string broken = IncidentJson.Serialize(SeedIncidents.BarracksRaid).Replace("\"low\":11", "\"low\":-11", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"[{good},{broken}]"));

        Func<Task> act = () => ReadAll(IncidentJson.ReadArrayAsync(stream, cancellationToken: Token));

        JsonException e = (await act.Should().ThrowExactlyAsync<JsonException>()).Which;
        e.Path.Should().Be("$[1].casualties[0].range.low");
        e.Message.Should().Contain("-11 is less than 0");
    }

    [Fact]
    public async Task Array_NullElement_IsRejected()
    {
        using var stream = new MemoryStream("[null]"u8.ToArray());

        Func<Task> act = () => ReadAll(IncidentJson.ReadArrayAsync(stream, cancellationToken: Token));

        await act.Should().ThrowExactlyAsync<JsonException>();
    }

    [Fact]
    public async Task Writers_RejectNullElements()
    {
        using var stream = new MemoryStream();

        Func<Task> ndjson = () => IncidentJson.WriteNdjsonAsync(stream, [SeedIncidents.PrisonAssault, null!], Token);
        Func<Task> array = () => IncidentJson.WriteArrayAsync(stream, [null!], cancellationToken: Token);

        await ndjson.Should().ThrowExactlyAsync<ArgumentException>();
        await array.Should().ThrowExactlyAsync<ArgumentException>();
    }

    /// <summary>A read-only stream of one block repeated, handed out in chunks of a fixed size.</summary>
    private sealed class ChunkedStream(byte[] block, int repeat, int chunk) : ForwardOnlyStream
    {
        public override long Length => (long)block.Length * repeat;

        protected override int Fill(Span<byte> buffer)
        {
            int n = (int)Math.Min(Math.Min(buffer.Length, chunk), Length - Consumed);
            for (int i = 0; i < n; i++)
            {
                buffer[i] = block[(int)((Consumed + i) % block.Length)];
            }

            return n;
        }
    }
}
