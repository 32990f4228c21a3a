using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Incidents.Core.Json;

namespace Incidents.Core.Benchmarks.Json;

/// <summary>
/// Writing one incident (the prison-assault seed) as compact UTF-8, against Newtonsoft.Json and System.Text.Json's
/// reflection serializer writing equivalent DTOs. "Reused writer" rows write into a <see cref="Utf8JsonWriter"/> and
/// buffer kept across calls (<see cref="Utf8JsonWriter.Reset(IBufferWriter{byte})"/>), as a server would.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet needs an unsealed class; GlobalCleanup disposes.")]
public class JsonSerializeBenchmarks
{
    private readonly Incident _incident = JsonInputs.Seed;
    private readonly IncidentDto _dto = JsonInputs.SeedDto;
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private Utf8JsonWriter _writer = null!;
    private Utf8JsonWriter _dtoWriter = null!;
    private Utf8JsonWriter _checkedWriter = null!;
    private Utf8JsonWriter _relaxedWriter = null!;
    private readonly MemoryStream _stream = new(16 * 1024);

    [GlobalSetup]
    public void Setup()
    {
        // Configured as IncidentJson configures its own writers: minimal escaping, no structural re-checks.
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = MinimalJsonEncoder.Instance, SkipValidation = true });

        // Format 1.0's writer: System.Text.Json's relaxed encoder, which escapes characters outside the BMP.
        _relaxedWriter = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        _checkedWriter = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _dtoWriter = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _writer.Dispose();
        _checkedWriter.Dispose();
        _relaxedWriter.Dispose();
        _dtoWriter.Dispose();
        _stream.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Newtonsoft.Json, DTOs, reused stream")]
    public long Newtonsoft()
    {
        _stream.SetLength(0);
        using (var writer = new StreamWriter(_stream, leaveOpen: true))
        {
            JsonInputs.Newtonsoft.Serialize(writer, _dto);
        }

        return _stream.Length;
    }

    [Benchmark(Description = "STJ reflection, DTOs, reused writer")]
    public long StjReflection()
    {
        _buffer.ResetWrittenCount();
        _dtoWriter.Reset(_buffer);
        JsonSerializer.Serialize(_dtoWriter, _dto, JsonInputs.StjReflection);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "IncidentJson.Serialize, reused writer (this library)")]
    public long Library()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        IncidentJson.Serialize(_writer, _incident);
        _writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "IncidentJson.Serialize, reused writer with the relaxed encoder (1.0)")]
    public long LibraryRelaxedEncoder()
    {
        _buffer.ResetWrittenCount();
        _relaxedWriter.Reset(_buffer);
        IncidentJson.Serialize(_relaxedWriter, _incident);
        _relaxedWriter.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "IncidentJson.Serialize, reused writer with validation on")]
    public long LibraryCheckedWriter()
    {
        _buffer.ResetWrittenCount();
        _checkedWriter.Reset(_buffer);
        IncidentJson.Serialize(_checkedWriter, _incident);
        _checkedWriter.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "IncidentJson.SerializeToUtf8Bytes (new buffer)")]
    public byte[] LibraryToBytes() => IncidentJson.SerializeToUtf8Bytes(_incident);

    [Benchmark(Description = "JsonSerializer + IncidentJson.Options, reused writer")]
    public long LibraryThroughJsonSerializer()
    {
        _buffer.ResetWrittenCount();
        _checkedWriter.Reset(_buffer);
        JsonSerializer.Serialize(_checkedWriter, _incident, IncidentJson.Options);
        return _buffer.WrittenCount;
    }
}
