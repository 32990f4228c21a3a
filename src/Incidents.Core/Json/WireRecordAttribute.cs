namespace Incidents.Core.Json;

/// <summary>Asks the library's source generator (<c>Incidents.Core.Generators</c>) for a record's wire format: its
/// property-name table (<c>WireNames</c>), its JSON reader (<c>IncidentReader.Read{Type}</c>) and its writer
/// (<c>IncidentWriter.Write{Type}</c>). The record itself is the description: every public <c>init</c> property, in
/// declaration order, is a wire property named in camelCase; <c>required</c> properties are required on the wire; <c>Extensions</c> holds the unknown properties; a property's type
/// decides how it is read and written (text, text value, identifier, code, list, nested record, count ≥ 1 …).</summary>
/// <param name="noun">How messages name the record, with its article: "an attack method".</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class WireRecordAttribute(string noun) : Attribute
{
    /// <summary>Gets how messages name the record.</summary>
    public string Noun { get; } = noun;

    /// <summary>Gets or initializes, for the document's root record only, the property of record type whose
    /// <see cref="SchemaVersion"/> the root writes first as <c>schemaVersion</c> (and reads back into it); a record
    /// property of type <see cref="SchemaVersion"/> is not a wire property of its own record.</summary>
    public string? VersionIn { get; init; }
}
