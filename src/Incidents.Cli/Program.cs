using System.Text;
using Incidents.Cli;
using Incidents.Core;
using Incidents.Core.Json;
using Incidents.Core.Validation;
using NodaTime;

// The main job: build the seed incidents, print them, and check what the model guarantees about them: equality,
// the text round trip of every value, and the JSON round trip (object → JSON → object equal, JSON → object → JSON
// byte-identical). `--json DIR` also writes each seed's canonical JSON (indented) to DIR.
// `--schema FILE` regenerates the committed JSON Schema (src/Incidents.Core/Json/incident.schema.json) and stops.
// `--validate FILE` validates a payload (a document, an array or NDJSON), prints the JSON report, and exits 1 when
// it is invalid.
#pragma warning disable RS0030 // The application is where the real clock is read; the library only takes an IClock.
IClock clock = SystemClock.Instance;
#pragma warning restore RS0030
if (args is ["--validate", { } payloadFile])
{
    PayloadValidationReport fileReport = await new IncidentPayloadValidator(clock).ValidateFileAsync(payloadFile);
    Console.WriteLine(ValidationReportJson.ToJson(fileReport, indented: true));
    return fileReport.IsValid ? 0 : 1;
}

if (args is ["--schema", { } schemaFile])
{
    File.WriteAllText(schemaFile, IncidentJsonSchema.GenerateText());
    Console.WriteLine($"Wrote {schemaFile}.");
    return 0;
}

string? jsonDirectory = args is ["--json", { } dir] ? dir : null;
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

    // The wire format: write, read back, write again.
    byte[] json = IncidentJson.SerializeToUtf8Bytes(incident);
    Incident read = IncidentJson.Deserialize(json);
    byte[] again = IncidentJson.SerializeToUtf8Bytes(read);
    bool jsonRoundTrip = read.Equals(incident) && json.AsSpan().SequenceEqual(again);
    Console.WriteLine($"  json: {json.Length} bytes; read back {(read.Equals(incident) ? "equal" : "DIFFERENT")}, written again {(json.AsSpan().SequenceEqual(again) ? "byte-identical" : "DIFFERENT")}");
    failures += jsonRoundTrip ? 0 : 1;

    // The validators: the object rules on the incident, and the payload validator on its JSON.
    ValidationResult rules = new IncidentValidator(clock).Validate(incident);
    PayloadValidationReport payload = new IncidentPayloadValidator(clock).Validate(json);
    Console.WriteLine($"  validation: {rules.Issues.Count} issues from the object rules, {payload.Issues.Count} from the payload validator; {(rules.IsValid && payload.IsValid ? "valid" : "INVALID")}");
    foreach (ValidationIssue issue in rules.Issues.Concat(payload.Issues))
    {
        Console.WriteLine($"    {issue}");
    }

    failures += rules.IsValid && payload.IsValid ? 0 : 1;
    if (jsonDirectory is not null)
    {
        Directory.CreateDirectory(jsonDirectory);
        File.WriteAllText(Path.Combine(jsonDirectory, incident.Id + ".json"), IncidentJson.Serialize(incident, new IncidentJsonOptions { WriteIndented = true }) + "\n");
    }

    Console.WriteLine();
}

// All seeds as one NDJSON payload, through the streaming validator.
using (var ndjson = new MemoryStream())
{
    await IncidentJson.WriteNdjsonAsync(ndjson, SeedIncidents.All);
    ndjson.Position = 0;
    PayloadValidationReport all = await new IncidentPayloadValidator(clock).ValidateAsync(ndjson);
    Console.WriteLine($"NDJSON of the seeds: {all.Summary.Documents} documents ({all.Summary.Format}), {all.Summary.Valid} valid.");
    failures += all.IsValid ? 0 : 1;
}

Console.WriteLine($"{SeedIncidents.All.Count} incidents built, {failures} problems.");
return failures == 0 ? 0 : 1;
