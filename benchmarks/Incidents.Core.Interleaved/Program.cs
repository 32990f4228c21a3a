using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;
using System.Text.Json;
using Incidents.Cli;
using Incidents.Core.Json;

namespace Incidents.Core.Interleaved;

/// <summary>Deserializes the prison seed with one or more builds of Incidents.Core and scans it with a raw
/// <see cref="Utf8JsonReader"/>, in alternating rounds of one process, and reports the median of each round's ratio.
/// A ratio taken within one round holds while the machine's speed drifts between rounds (on this VM by up to 1.5×
/// within minutes, which moves BenchmarkDotNet's ratio between separate processes from 2.4× to 3.6× for one build).
/// Not a replacement for BenchmarkDotNet (no allocation figures, no statistics beyond quartiles): a way to decide
/// between two builds, or to read the ratio to the scan, on a machine that will not hold still.</summary>
public static class Program
{
    private const int PerRound = 1000;

    /// <summary><c>[--seconds N] DIR [DIR …]</c>: each DIR holds an Incidents.Core.dll (a build's output folder,
    /// or one of <c>artifacts/baseline/</c>); the first is the reference the others are compared with. A last row
    /// calls the build this program references directly, without a context of its own.</summary>
    public static int Main(string[] args)
    {
        double seconds = 60;
        var folders = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--seconds" && i + 1 < args.Length)
            {
                seconds = double.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                folders.Add(Path.GetFullPath(args[i]));
            }
        }

        if (folders.Count == 0 || folders.Any(f => !File.Exists(Path.Combine(f, "Incidents.Core.dll"))))
        {
            Console.Error.WriteLine("usage: [--seconds N] DIR [DIR ...]   (each DIR holds an Incidents.Core.dll)");
            return 2;
        }

        byte[] utf8 = IncidentJson.SerializeToUtf8Bytes(SeedIncidents.PrisonAssault);
        // The builds in their own contexts, then this program's own reference called directly: the last row shows
        // what a separate context costs (compare it with the row of the same build loaded from its folder).
        Func<byte[], object>[] builds = [.. folders.Select(Load), static bytes => IncidentJson.Deserialize(bytes)];
        folders.Add("(this program's reference, called directly)");
        var toScan = folders.Select(_ => new List<double>()).ToArray();
        var toFirst = folders.Select(_ => new List<double>()).ToArray();
        var times = folders.Select(_ => new List<double>()).ToArray();
        var scans = new List<double>();
        int sink = 0;
        var clock = Stopwatch.StartNew();
        double warmUp = Math.Min(5, seconds / 4);
        for (int round = 0; clock.Elapsed.TotalSeconds < seconds; round++)
        {
            double before = Scan(utf8, ref sink);
            double[] each = new double[builds.Length];
            for (int k = 0; k < builds.Length; k++)
            {
                // A different build goes first in each round, so that none always follows the scan.
                int b = (k + round) % builds.Length;
                var watch = Stopwatch.StartNew();
                for (int i = 0; i < PerRound; i++)
                {
                    // Not the record's GetHashCode: it walks the whole incident (~2.9 µs for the seed, a fifth of
                    // a read).
                    if (builds[b](utf8) is null)
                    {
                        sink++;
                    }
                }

                each[b] = watch.Elapsed.TotalMicroseconds / PerRound;
            }

            double scan = (before + Scan(utf8, ref sink)) / 2;
            if (clock.Elapsed.TotalSeconds < warmUp)
            {
                continue;
            }

            scans.Add(scan);
            for (int b = 0; b < builds.Length; b++)
            {
                times[b].Add(each[b]);
                toScan[b].Add(each[b] / scan);
                toFirst[b].Add(each[b] / each[0]);
            }
        }

        if (scans.Count == 0)
        {
            Console.Error.WriteLine($"No round finished after the warm-up; give it more than {seconds} seconds.");
            return 2;
        }

        Console.WriteLine(
            $"{scans.Count} rounds of {PerRound} reads each; the seed is {utf8.Length:N0} bytes; "
            + $"raw scan median {Quantile(scans, 0.5):F2} µs (min {Quantile(scans, 0):F2})");
        Console.WriteLine("| build | ÷ raw scan, median (quartiles) | ÷ first build, median (quartiles) | µs, median (min) |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (int b = 0; b < builds.Length; b++)
        {
            Console.WriteLine($"| {folders[b]} | {Quartiles(toScan[b])} | {Quartiles(toFirst[b])} | {Quantile(times[b], 0.5):F2} ({Quantile(times[b], 0):F2}) |");
        }

        return sink == int.MinValue ? 1 : 0;
    }

    private static double Scan(byte[] utf8, ref int sink)
    {
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < PerRound; i++)
        {
            var reader = new Utf8JsonReader(utf8);
            while (reader.Read())
            {
                sink++;
            }
        }

        return watch.Elapsed.TotalMicroseconds / PerRound;
    }

    private static string Quartiles(List<double> values) =>
        $"{Quantile(values, 0.5):F3} ({Quantile(values, 0.25):F3}–{Quantile(values, 0.75):F3})";

    private static double Quantile(List<double> values, double q)
    {
        values.Sort();
        return values[(int)(q * (values.Count - 1))];
    }

    /// <summary>Loads the build in <paramref name="folder"/> into a context of its own (its dependencies from the
    /// same folder when there, else this program's) and returns a call of its
    /// <c>IncidentJson.Deserialize(ReadOnlySpan&lt;byte&gt;, IncidentJsonOptions?)</c>.</summary>
    private static Func<byte[], object> Load(string folder)
    {
        var context = new AssemblyLoadContext(folder);
        context.Resolving += (c, name) => Path.Combine(folder, name.Name + ".dll") is var path && File.Exists(path) ? c.LoadFromAssemblyPath(path) : null;
        Assembly library = context.LoadFromAssemblyPath(Path.Combine(folder, "Incidents.Core.dll"));
        MethodInfo deserialize = library.GetType("Incidents.Core.Json.IncidentJson", throwOnError: true)!.GetMethods()
            .Single(m => m.Name == "Deserialize" && m.GetParameters()[0].ParameterType == typeof(ReadOnlySpan<byte>));

        // A span cannot go through MethodInfo.Invoke: a two-instruction shim calls the method directly.
        var shim = new DynamicMethod("Deserialize", typeof(object), [typeof(byte[])], typeof(Program).Module, skipVisibility: true);
        ILGenerator il = shim.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, typeof(ReadOnlySpan<byte>).GetMethod("op_Implicit", [typeof(byte[])])!);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Call, deserialize);
        il.Emit(OpCodes.Ret);
        return shim.CreateDelegate<Func<byte[], object>>();
    }
}
