using Incidents.Cli;
using Incidents.Core;

// The main job: build the seed incidents, print them, and check what the model guarantees about them.
// Later issues grow this into the command-line tool (JSON round trip, validation of payloads).
int failures = 0;
foreach (Incident incident in SeedIncidents.All)
{
    Console.Write(IncidentPrinter.Render(incident));

    // Construction already enforced every single-field rule; an edit through `with` is checked the same way,
    // and a copy with the same facts is equal to the original.
    Incident copy = incident with { };
    bool equal = copy.Equals(incident) && copy.GetHashCode() == incident.GetHashCode();
    Console.WriteLine($"  model: {(equal ? "valid by construction; a copy is equal and hashes alike" : "COPY DIFFERS")}");
    failures += equal ? 0 : 1;

    // Every textual value (ids, dates, times, codes, ranges …) formats to its canonical text and parses back equal.
    (int count, IReadOnlyList<string> differences) = TextRoundTrip.Check(incident);
    Console.WriteLine($"  text: {count} values formatted and parsed back (UTF-16 and UTF-8), {differences.Count} differences");
    foreach (string difference in differences)
    {
        Console.WriteLine($"    {difference}");
    }

    failures += differences.Count;
    Console.WriteLine();
}

Console.WriteLine($"{SeedIncidents.All.Count} incidents built, {failures} problems.");
return failures == 0 ? 0 : 1;
