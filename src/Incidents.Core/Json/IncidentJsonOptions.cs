using Incidents.Core.Parsing;

namespace Incidents.Core.Json;

/// <summary>How the incident JSON readers and writers behave: reading limits, leniencies (all off by default) and
/// indentation. The wire format itself is not configurable; every writer emits the canonical form.</summary>
/// <remarks>
/// <para>The limits bound the work and memory an untrusted document can cost. A document that exceeds one is
/// rejected with a <see cref="System.Text.Json.JsonException"/> that names the limit; nothing is truncated.</para>
/// <para>Create one with an object initializer and pass it to <see cref="IncidentJson.CreateOptions"/> or to the
/// streaming readers; <see cref="Default"/> holds the documented defaults.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IncidentJsonOptions
{
    /// <summary>Gets the defaults: depth 64, strings of 2 MiB, arrays of 10,000 elements, documents of 16 MiB, no
    /// comments, no trailing commas, no byte order mark, compact output.</summary>
    public static IncidentJsonOptions Default { get; } = new();

    /// <summary>Gets or initializes the deepest nesting of objects and arrays accepted. Default 64; the format itself
    /// needs 5, the rest is room for extension properties.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: less than 8 or more than 1,000.</exception>
    public int MaxDepth { get; init => field = Check(value, 8, 1_000, nameof(MaxDepth)); } = 64;

    /// <summary>Gets or initializes the longest string value accepted, in UTF-8 bytes as written in the document
    /// (escapes included). Default 2,097,152 (2 MiB): above the longest free text the model holds written in the
    /// longest way JSON allows (100,000 characters outside the Basic Multilingual Plane, each as two <c>\uXXXX</c>
    /// escapes: 1,200,000 bytes), so the default never rejects a valid document.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: less than 256.</exception>
    public int MaxStringLength { get; init => field = Check(value, 256, int.MaxValue, nameof(MaxStringLength)); } = 2 << 20;

    /// <summary>Gets or initializes the most elements accepted in one array of the format (methods, casualties …).
    /// Default 10,000. It does not limit the number of incidents in an array or NDJSON document, which are
    /// streamed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: less than 1.</exception>
    public int MaxArrayLength { get; init => field = Check(value, 1, int.MaxValue, nameof(MaxArrayLength)); } = 10_000;

    /// <summary>Gets or initializes the largest single incident document accepted, in bytes: a whole document read
    /// from a stream, one NDJSON line, or one element of a streamed array. Default 16 MiB.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: less than 1,024 or more than 1 GiB.</exception>
    public int MaxDocumentLength { get; init => field = Check(value, 1_024, 1 << 30, nameof(MaxDocumentLength)); } = 16 << 20;

    /// <summary>Gets or initializes whether <c>//</c> and <c>/* */</c> comments are skipped rather than rejected.
    /// Default <see langword="false"/>: JSON has no comments.</summary>
    public bool AllowComments { get; init; }

    /// <summary>Gets or initializes whether a comma before <c>]</c> or <c>}</c> is accepted. Default
    /// <see langword="false"/>.</summary>
    public bool AllowTrailingCommas { get; init; }

    /// <summary>Gets or initializes whether a UTF-8 byte order mark at the start of a document is skipped rather
    /// than rejected. Default <see langword="false"/>: RFC 8259 says not to add one, and the error says so.</summary>
    public bool AllowByteOrderMark { get; init; }

    /// <summary>Gets or initializes whether writers indent their output (two spaces, <c>\n</c> line ends). Default
    /// <see langword="false"/>. NDJSON output is never indented.</summary>
    public bool WriteIndented { get; init; }

    /// <summary>Gets or initializes the vague quantifiers used when a casualty range is written in its short text
    /// form (<c>"range": "dozens"</c>). Default <see cref="VagueQuantifierTable.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">On <c>init</c>: <see langword="null"/>.</exception>
    public VagueQuantifierTable Quantifiers { get; init => field = value ?? throw new ArgumentNullException(nameof(Quantifiers)); } = VagueQuantifierTable.Default;

    private static int Check(int value, int min, int max, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, min, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, max, name);
        return value;
    }
}
