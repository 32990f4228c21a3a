namespace Incidents.Cli;

/// <summary>The JSON Schema of <c>incidents validate --output json</c> (embedded: <c>validation-report.schema.json</c>).</summary>
internal static class ReportSchema
{
    /// <summary>Gets the schema's text.</summary>
    public static string Text { get; } = Read();

    private static string Read()
    {
        using Stream stream = typeof(ReportSchema).Assembly.GetManifestResourceStream("validation-report.schema.json")
            ?? throw new InvalidOperationException("The report schema is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
