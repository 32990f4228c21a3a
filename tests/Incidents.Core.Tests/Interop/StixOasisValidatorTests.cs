using System.Diagnostics;
using System.Text;
using Incidents.Cli;
using Incidents.Core.Interop.Stix;
using Incidents.Core.Tests.Realism;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests.Interop;

/// <summary>The STIX bundles, judged by the field's own tools: the OASIS STIX validator in <c>--strict</c> mode (every
/// best-practice warning an error) and python-stix2's <c>parse(allow_custom=False)</c>, both vendored with their
/// licences in <c>tests/tools/stix-validator</c> (copied from the workplace's shared tools; the script installs the
/// Debian python3 packages it needs the first time, as root or through sudo).</summary>
public sealed class StixOasisValidatorTests
{
    private static readonly string s_script = Path.Combine(Repository.Root, "tests", "tools", "stix-validator", "validate-stix");

    /// <summary>Runs the validator over <paramref name="bundles"/> (file name → bundle) with the given options.</summary>
    internal static (int ExitCode, string Output) RunValidator(IEnumerable<(string Name, string Bundle)> bundles, params string[] options)
    {
        string folder = Path.Combine(Path.GetTempPath(), "incidents-stix-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach ((string name, string bundle) in bundles)
            {
                File.WriteAllText(Path.Combine(folder, name + ".json"), bundle, new UTF8Encoding(false));
            }

            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(s_script);
            foreach (string option in options)
            {
                start.ArgumentList.Add(option);
            }

            start.ArgumentList.Add(folder);
            using Process process = Process.Start(start)!;
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<(string, string)> Bundles(IEnumerable<Incident> incidents) =>
        incidents.Select(i => (i.Id.ToString(), StixExporter.Export(i).Value));

    [Fact]
    public void SeedRealAndGeneratedIncidents_PassTheOasisValidator_InStrictMode()
    {
        var generated = new List<Incident>();
        CsCheck.Check.Sample(IncidentGenerators.Incident, generated.Add, iter: 60, threads: 1);
        Incident[] incidents = [.. SeedIncidents.All, .. RealIncident.All, .. generated.DistinctBy(i => i.Id)];

        (int exitCode, string output) = RunValidator(Bundles(incidents), "--strict");

        exitCode.Should().Be(0, output);
        output.Should().Contain($"stix: {incidents.Length} files; valid: {incidents.Length}; errors: 0; warnings: 0");
    }

    [Fact]
    public void TheValidatorCheck_IsReal_ABundleWithAUuidV5Id_FailsStrictMode()
    {
        string bundle = StixExporter.Export(SeedIncidents.BarracksRaid).Value;
        string incidentId = bundle[(bundle.IndexOf("\"incident--", StringComparison.Ordinal) + 1)..];
        incidentId = incidentId[..incidentId.IndexOf('"', StringComparison.Ordinal)];
        string uuid5 = incidentId[..("incident--".Length + 14)] + "5" + incidentId[("incident--".Length + 15)..];

        (int exitCode, string output) = RunValidator([("uuid5", bundle.Replace(incidentId, uuid5, StringComparison.Ordinal))], "--strict");

        exitCode.Should().Be(1, output);
        output.Should().Contain("{103}");
    }
}
