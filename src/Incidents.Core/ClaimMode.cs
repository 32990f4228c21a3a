using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;

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
[TextValue("a claim-mode code", "\"statement\", \"photos\"", ExtensibleCodes = "a claim-mode code such as \"statement\"")]
public readonly partial record struct ClaimMode
{
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
}
