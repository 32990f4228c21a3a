using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Incidents.Core.Json;

namespace Incidents.Core.Benchmarks.Json;

/// <summary>
/// Reading an NDJSON stream of 10,000 incidents (about 37 MB) from a <see cref="MemoryStream"/>, one incident at a
/// time, against the raw token scan of every line (the floor), System.Text.Json reflection and Newtonsoft.Json
/// into naive DTOs. Divide the file size by the time for MB/s.
/// </summary>
[MemoryDiagnoser]
public class NdjsonBenchmarks
{
    private readonly byte[] _ndjson = JsonInputs.Ndjson;

    [Benchmark(Baseline = true, Description = "raw scan per line (floor)")]
    public int RawScan()
    {
        ReadOnlySpan<byte> rest = _ndjson;
        int tokens = 0;
        while (!rest.IsEmpty)
        {
            var reader = new Utf8JsonReader(NextLine(ref rest));
            while (reader.Read())
            {
                tokens++;
            }
        }

        return tokens;
    }

    [Benchmark(Description = "IncidentJson.ReadNdjsonAsync (this library)")]
    public async Task<int> Library()
    {
        int count = 0;
        await foreach (Incident incident in IncidentJson.ReadNdjsonAsync(new MemoryStream(_ndjson, writable: false)))
        {
            count += incident.Casualties.Count;
        }

        return count;
    }

    [Benchmark(Description = "STJ reflection per line, naive DTOs")]
    public int StjReflection()
    {
        ReadOnlySpan<byte> rest = _ndjson;
        int count = 0;
        while (!rest.IsEmpty)
        {
            count += JsonSerializer.Deserialize<IncidentDto>(NextLine(ref rest), JsonInputs.StjReflection)!.Casualties!.Count;
        }

        return count;
    }

    [Benchmark(Description = "Newtonsoft.Json JsonTextReader, naive DTOs")]
    public int Newtonsoft()
    {
        using var text = new StreamReader(new MemoryStream(_ndjson, writable: false));
        using var reader = new global::Newtonsoft.Json.JsonTextReader(text) { SupportMultipleContent = true };
        int count = 0;
        while (reader.Read())
        {
            count += JsonInputs.Newtonsoft.Deserialize<IncidentDto>(reader)!.Casualties!.Count;
        }

        return count;
    }

    /// <summary>Splits off the next line (without its line end) and advances <paramref name="rest"/> past it.</summary>
    private static ReadOnlySpan<byte> NextLine(ref ReadOnlySpan<byte> rest)
    {
        int end = rest.IndexOf((byte)'\n');
        ReadOnlySpan<byte> line = end < 0 ? rest : rest[..end];
        rest = end < 0 ? default : rest[(end + 1)..];
        return line;
    }
}
