namespace Incidents.Core.Validation;

/// <summary>How a payload holds its incidents.</summary>
public enum PayloadFormat
{
    /// <summary>Decide from the content: <c>[</c> first is an array; a first line that is a whole JSON value is
    /// NDJSON; anything else is one document.</summary>
    Auto = 0,

    /// <summary>One incident document (which may span many lines).</summary>
    Document = 1,

    /// <summary>A JSON array of incident documents.</summary>
    Array = 2,

    /// <summary>NDJSON: one incident per line.</summary>
    Ndjson = 3,
}
