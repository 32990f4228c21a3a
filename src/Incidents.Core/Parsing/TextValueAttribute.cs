namespace Incidents.Core.Parsing;

/// <summary>Asks the library's source generator (<c>Incidents.Core.Generators</c>) for the parsing and formatting
/// surface of a text value type — the <c>Parse</c>/<c>TryParse</c>/<c>ParseExact</c>/<c>TryFormat</c> overloads, the
/// <see cref="ITextValue{TSelf}"/> and BCL interface members, and their XML docs — written from this attribute's
/// phrases. The type keeps its own grammar (<c>TryParseText&lt;TChar&gt;</c>) and formatter
/// (<c>TryFormatText&lt;TChar&gt;</c>).</summary>
/// <param name="noun">How the docs name a value, with its article: "an ISO 8601 date of year, month or day precision".</param>
/// <param name="examples">Example texts, quoted: <c>"2022", "2022-01"</c>.</param>
[AttributeUsage(AttributeTargets.Struct, Inherited = false)]
internal sealed class TextValueAttribute(string noun, string examples) : Attribute
{
    /// <summary>Gets how the docs name a value.</summary>
    public string Noun { get; } = noun;

    /// <summary>Gets the example texts.</summary>
    public string Examples { get; } = examples;

    /// <summary>Gets or initializes the string property that holds the canonical text (codes and identifiers), so
    /// that the reader's canonical check is a comparison; <see langword="null"/> to compare with the formatted text.</summary>
    public string? CanonicalText { get; init; }

    /// <summary>Gets or initializes the longest identifier, for an identifier type: the generator then writes its
    /// whole body (syntax check, trusted construction, <c>Value</c>, <c>IsDefault</c>, the grammar). 0 for none.</summary>
    public int IdentifierMaxLength { get; init; }

    /// <summary>Gets or initializes the phrase that names a code in parse errors ("an actor-kind code such as
    /// \"state-force\""), for an extensible code: the generator then writes its body (<c>Code</c>,
    /// <c>IsWellKnown</c>, <c>WellKnown</c> — every static property of the type, in declaration order — and the code
    /// table). The type keeps its well-known values and <c>Unknown</c>, with their docs.</summary>
    public string? ExtensibleCodes { get; init; }
}
