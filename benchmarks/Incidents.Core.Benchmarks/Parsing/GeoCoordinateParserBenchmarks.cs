using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace Incidents.Core.Benchmarks.Parsing;

/// <summary>Coordinates (<see cref="GeoCoordinate"/>) against <c>string.Split</c> and <c>double.Parse</c> (the
/// baseline).</summary>
[MemoryDiagnoser]
public class GeoCoordinateParserBenchmarks
{
    private string[] _coordinates = [];
    private byte[][] _coordinatesUtf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        _coordinates = BenchmarkInputs.Coordinates;
        _coordinatesUtf8 = BenchmarkInputs.ToUtf8(_coordinates);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkInputs.Count)]
    public double Coordinates_SplitAndDoubleParse()
    {
        double sum = 0;
        foreach (string text in _coordinates)
        {
            string[] parts = text.Split(',');
            sum += double.Parse(parts[0], CultureInfo.InvariantCulture) + double.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    public double Coordinates_Incidents_Utf16()
    {
        double sum = 0;
        foreach (string text in _coordinates)
        {
            sum += GeoCoordinate.TryParse(text.AsSpan(), out GeoCoordinate point) ? point.Latitude + point.Longitude : double.NaN;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkInputs.Count)]
    public double Coordinates_Incidents_Utf8()
    {
        double sum = 0;
        foreach (byte[] utf8 in _coordinatesUtf8)
        {
            sum += GeoCoordinate.TryParse(utf8, out GeoCoordinate point) ? point.Latitude + point.Longitude : double.NaN;
        }

        return sum;
    }
}
