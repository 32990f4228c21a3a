using Incidents.Core.Fuzz;
using SharpFuzz;

// The AFL++ harness: `Incidents.Core.Fuzz TARGET` under afl-fuzz (fuzz.sh), or `Incidents.Core.Fuzz TARGET FILE...` to
// run inputs once without a fuzzer, for a finding's stack trace — from an uninstrumented build
// (`dotnet run --project tests/Incidents.Core.Fuzz -- TARGET FILE`): instrumented code runs only under the fuzzer.
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out FuzzTargets.Target? target))
{
    Console.Error.WriteLine($"usage: Incidents.Core.Fuzz {{{string.Join('|', FuzzTargets.All.Keys)}}} [FILE...]");
    return 2;
}

if (args.Length > 1)
{
    foreach (string file in args[1..])
    {
        target(File.ReadAllBytes(file));
    }

    return 0;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;
