using BenchmarkDotNet.Attributes;
using Incidents.Core.Benchmarks.Shared;

namespace Incidents.Core.BeforeAfter;

/// <summary>The UCDP GED importer over the real Iraq file, before and after.</summary>
public class GedImportBenchmarks
{
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = GedIraqFile.Read();

    /// <summary>Every row to an incident with its issues and loss report.</summary>
    [Benchmark]
    public Task<int> ImportIraqFile() => GedIraqFile.ImportAsync(_text);
}
