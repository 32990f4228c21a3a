using Incidents.Cli;
using NodaTime;

// incidents: the command-line tool (IncidentsTool has the commands). The console is the process's; Ctrl-C cancels
// the running command, which prints what it has and exits 130.
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupt.Cancel();
};

#pragma warning disable RS0030 // The application is where the real clock is read; the library only takes an IClock.
IClock clock = SystemClock.Instance;
#pragma warning restore RS0030
var console = new ToolConsole(Console.Out, Console.Error, Console.OpenStandardInput, !Console.IsErrorRedirected);
return await IncidentsTool.RunAsync(args, console, clock, interrupt.Token);
