using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Incidents.Core.BeforeAfter;

/// <summary>Entry point: <c>--baseline DIR</c> names the folder of the "before" Incidents.Core.dll; the other
/// arguments are BenchmarkDotNet's.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        int at = Array.IndexOf(args, "--baseline");
        if (at < 0 || at + 1 >= args.Length)
        {
            Console.Error.WriteLine("usage: --baseline DIR [BenchmarkDotNet arguments]; see benchmarks/before-after.sh");
            Environment.Exit(2);
        }

        string baseline = Path.GetFullPath(args[at + 1]);
        string[] rest = [.. args[..at], .. args[(at + 2)..]];
        Job job = Job.Default.WithLaunchCount(2).WithWarmupCount(5).WithIterationCount(15);
        IConfig config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddJob(job.WithArguments([new MsBuildArgument($"/p:IncidentsCoreBaseline={baseline}")]).WithId("before").AsBaseline())
            .AddJob(job.WithId("after"))
            .HideColumns("Arguments");
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config);
    }
}
