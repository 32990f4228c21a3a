namespace Incidents.Core.Validation;

/// <summary>The JSON Schema (draft 2020-12) of what <see cref="ValidationReportJson"/> writes — the payload report,
/// the result of one incident, and the RFC 9457 problem details — shipped in the package as
/// <c>schemas/validation-report.schema.json</c> beside the incident schema.</summary>
public static class ValidationReportSchema
{
    private const string ResourceName = "Incidents.Core.Validation.validation-report.schema.json";

    /// <summary>Gets the schema's <c>$id</c>.</summary>
    public static Uri Id { get; } = new("https://github.com/incidents-core/Incidents.Core/schemas/validation-report.schema.json");

    /// <summary>Returns the schema shipped in the package, as text.</summary>
    /// <returns>The schema, UTF-8 JSON.</returns>
    public static string GetText()
    {
        using Stream stream = typeof(ValidationReportSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
