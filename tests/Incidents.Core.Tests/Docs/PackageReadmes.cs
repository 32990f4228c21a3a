using Incidents.Core.Interop.CodeMaps;
using Incidents.Core.Interop.Stix;
using Incidents.Core.Interop.Ucdp;
using Incidents.Core.Json;
using Incidents.Core.Validation;
using NodaTime;

#pragma warning disable RS0030 // An application reads the real clock; so does the README it shows.

namespace Incidents.Core.Tests.Docs;

/// <summary>The code of the package READMEs (src/*/README.md), compiled here: PackageReadmeTests compares.</summary>
internal static class PackageReadmes
{
    public static async Task CoreAsync()
    {
        // <core>
        // Text as reports write it, parsed into typed values.
        CasualtyRange killed = CasualtyRange.Parse("at least 39");         // low 39, no upper bound
        PartialDate when = PartialDate.Parse("2022-01");                   // a month, not a day

        // JSON from any producer: read, validated, written back canonically.
        byte[] json = File.ReadAllBytes("incident.json");
        PayloadValidationReport report = new IncidentPayloadValidator(SystemClock.Instance).Validate(json);
        foreach (ValidationIssue issue in report.Issues)
        {
            Console.WriteLine($"{issue.Line}:{issue.Column} {issue.Severity} {issue.Code} {issue.Path} {issue.Message}");
        }

        Incident incident = IncidentJson.Deserialize(json);
        string canonical = IncidentJson.Serialize(incident);
        // </core>
        _ = (killed, when, canonical);
        await Task.CompletedTask;
    }

    public static async Task InteropAsync()
    {
        // <interop>
        using UcdpGedImporter.GedImportSession ged = await UcdpGedImporter.OpenAsync(File.OpenText("GEDEvent_v23_1.csv"), SystemClock.Instance.GetCurrentInstant());
        await foreach (GedImportRow row in ged.ReadRowsAsync())
        {
            if (row.Incident is not { } incident)
            {
                continue; // row.Issues says why the row was rejected
            }

            Mapping<string> stix = StixExporter.Export(incident);     // a STIX 2.1 bundle
            Console.WriteLine(stix.Losses);                            // what STIX cannot hold
        }
        // </interop>
    }
}
