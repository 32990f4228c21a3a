using System.Numerics;
using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>How a claim was made: a statement, a video, photos, a post on a website or social media, a letter, a call …</summary>
/// <remarks>
/// <para>
/// An extensible enumeration (the Azure SDK pattern): a value is a code, and the static properties are the codes this
/// version knows. A code from a newer producer is accepted, compared and written back unchanged instead of failing.
/// </para>
/// <para>
/// Codes are 1 to 64 ASCII letters, digits and single hyphens, starting and ending with a letter or digit. Letters are
/// folded to lower case on construction, so <c>new ClaimMode("VBIED")</c> equals <c>new ClaimMode("vbied")</c>; comparison is
/// ordinal. The default value equals <see cref="Unknown"/>.
/// </para>
/// <para>The codes map onto GTD's <c>claimmode</c> (1 Letter … 10 Unknown); a claim may use several modes
/// (an official statement released with photos).</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<ClaimMode>))]
[TextValue("a claim-mode code", "\"statement\", \"photos\"", CanonicalText = nameof(Code))]
public readonly partial record struct ClaimMode
{
    private readonly string? _code;

    /// <summary>Creates a value from its code.</summary>
    /// <param name="code">The code, e.g. one of the well-known codes listed on this type.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> breaks the code syntax.</exception>
    public ClaimMode(string code)
    {
        _code = CodeSyntax.Normalize(code, nameof(code));
    }

    /// <summary>Gets the lower-case code, e.g. <c>unknown</c> for the default value.</summary>
    public string Code => _code ?? CodeSyntax.Unknown;

    /// <summary>Gets a value indicating whether <see cref="Code"/> is one of the codes this version of the library defines.</summary>
    public bool IsWellKnown => WellKnown.AsSpan().Contains(this);

    /// <summary>A written or spoken official statement (code <c>statement</c>).</summary>
    public static ClaimMode Statement { get; } = new("statement");

    /// <summary>A video recording (code <c>video</c>).</summary>
    public static ClaimMode Video { get; } = new("video");

    /// <summary>Photographs (code <c>photos</c>).</summary>
    public static ClaimMode Photos { get; } = new("photos");

    /// <summary>A post on a website, blog or social-media channel (code <c>website</c>).</summary>
    public static ClaimMode Website { get; } = new("website");

    /// <summary>A letter (code <c>letter</c>).</summary>
    public static ClaimMode Letter { get; } = new("letter");

    /// <summary>A telephone call made after the incident (code <c>call-after-incident</c>).</summary>
    public static ClaimMode CallAfterIncident { get; } = new("call-after-incident");

    /// <summary>A telephone call made before the incident (a warning) (code <c>call-before-incident</c>).</summary>
    public static ClaimMode CallBeforeIncident { get; } = new("call-before-incident");

    /// <summary>An e-mail (code <c>email</c>).</summary>
    public static ClaimMode Email { get; } = new("email");

    /// <summary>A note left at the scene (code <c>note-at-scene</c>).</summary>
    public static ClaimMode NoteAtScene { get; } = new("note-at-scene");

    /// <summary>A personal claim by someone present, or made in person (code <c>in-person</c>).</summary>
    public static ClaimMode InPerson { get; } = new("in-person");

    /// <summary>Another mode (code <c>other</c>).</summary>
    public static ClaimMode Other { get; } = new("other");

    /// <summary>The mode is not known (code <c>unknown</c>; also the default value).</summary>
    public static ClaimMode Unknown => default;

    /// <summary>Gets every code this version of the library defines, in documentation order.</summary>
    public static EquatableArray<ClaimMode> WellKnown { get; } = [Statement, Video, Photos, Website, Letter, CallAfterIncident, CallBeforeIncident, Email, NoteAtScene, InPerson, Other, Unknown];

    /// <summary>Returns <see cref="Code"/>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, out ClaimMode result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar> => Table.Codes.TryParse(text, out result, out error);

    private bool TryFormatText<TChar>(Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar> => AsciiWriter<TChar>.TryWrite(destination, Code, out written);

    // A nested class, so that the table is built after the well-known values it lists.
    private static class Table
    {
        internal static readonly CodeTable<ClaimMode> Codes = new(
            WellKnown.AsSpan(),
            static value => value.Code,
            static code => new ClaimMode(code),
            "a claim-mode code such as \"statement\"");
    }
}
