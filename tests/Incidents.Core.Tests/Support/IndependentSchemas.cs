using Incidents.Core.Json;
using Incidents.Core.Validation;
using Json.Schema;

namespace Incidents.Core.Tests.Support;

/// <summary>The shipped schemas, built once for JsonSchema.Net (which registers a schema by its <c>$id</c> and refuses
/// to register one twice).</summary>
public static class IndependentSchemas
{
    public static JsonSchema Incident { get; } = JsonSchema.FromText(IncidentJsonSchema.GetText());

    public static JsonSchema ValidationReport { get; } = JsonSchema.FromText(ValidationReportSchema.GetText());

    public static EvaluationOptions Flag { get; } = new() { OutputFormat = OutputFormat.Flag };
}
