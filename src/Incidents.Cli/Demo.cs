using Incidents.Core;
using Incidents.Core.Json;
using Incidents.Core.Validation;
using NodaTime;

namespace Incidents.Cli;

/// <summary><c>incidents demo</c>: builds the seed incidents, prints them, and checks what the model guarantees about
/// them — equality, the text round trip of every value, and the JSON round trip (object → JSON → object equal, JSON →
/// object → JSON byte-identical), and the validators. <c>--json DIR</c> also writes each seed's canonical JSON
/// (indented) to DIR.</summary>
internal static class Demo
{
    public static async Task<int> RunAsync(TextWriter output, IClock clock, string? jsonDirectory)
    {
        int failures = 0;
        foreach (Incident incident in SeedIncidents.All)
        {
            output.Write(IncidentPrinter.Render(incident));

            // Construction already enforced every single-field rule; an edit through `with` is checked the same way,
            // and a copy with the same facts is equal to the original.
            Incident copy = incident with { };
            bool equal = copy.Equals(incident) && copy.GetHashCode() == incident.GetHashCode();
            output.WriteLine($"  model: {(equal ? "valid by construction; a copy is equal and hashes alike" : "COPY DIFFERS")}");
            failures += equal ? 0 : 1;

            // Every textual value (ids, dates, times, codes, ranges …) formats to its canonical text and parses back equal.
            (int count, IReadOnlyList<string> differences) = TextRoundTrip.Check(incident);
            output.WriteLine($"  text: {count} values formatted and parsed back (UTF-16 and UTF-8), {differences.Count} differences");
            foreach (string difference in differences)
            {
                output.WriteLine($"    {difference}");
            }

            failures += differences.Count;

            // The wire format: write, read back, write again.
            byte[] json = IncidentJson.SerializeToUtf8Bytes(incident);
            Incident read = IncidentJson.Deserialize(json);
            byte[] again = IncidentJson.SerializeToUtf8Bytes(read);
            bool jsonRoundTrip = read.Equals(incident) && json.AsSpan().SequenceEqual(again);
            output.WriteLine($"  json: {json.Length} bytes; read back {(read.Equals(incident) ? "equal" : "DIFFERENT")}, written again {(json.AsSpan().SequenceEqual(again) ? "byte-identical" : "DIFFERENT")}");
            failures += jsonRoundTrip ? 0 : 1;

            // The validators: the object rules on the incident, and the payload validator on its JSON.
            ValidationResult rules = new IncidentValidator(clock).Validate(incident);
            PayloadValidationReport payload = new IncidentPayloadValidator(clock).Validate(json);
            output.WriteLine($"  validation: {rules.Issues.Count} issues from the object rules, {payload.Issues.Count} from the payload validator; {(rules.IsValid && payload.IsValid ? "valid" : "INVALID")}");
            foreach (ValidationIssue issue in rules.Issues.Concat(payload.Issues))
            {
                output.WriteLine($"    {issue}");
            }

            failures += rules.IsValid && payload.IsValid ? 0 : 1;
            if (jsonDirectory is not null)
            {
                Directory.CreateDirectory(jsonDirectory);
                File.WriteAllText(Path.Combine(jsonDirectory, incident.Id + ".json"), IncidentJson.Serialize(incident, new IncidentJsonOptions { WriteIndented = true }) + "\n");
            }

            output.WriteLine();
        }

        // All seeds as one NDJSON payload, through the streaming validator.
        using (var ndjson = new MemoryStream())
        {
            await IncidentJson.WriteNdjsonAsync(ndjson, SeedIncidents.All);
            ndjson.Position = 0;
            PayloadValidationReport all = await new IncidentPayloadValidator(clock).ValidateAsync(ndjson);
            output.WriteLine($"NDJSON of the seeds: {all.Summary.Documents} documents ({all.Summary.Format}), {all.Summary.Valid} valid.");
            failures += all.IsValid ? 0 : 1;
        }

        output.WriteLine($"{SeedIncidents.All.Count} incidents built, {failures} problems.");
        return failures == 0 ? 0 : 1;
    }
}
