using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>
/// A claim about an incident — of responsibility, a denial, a statement of fact, or a telling silence — with who made
/// it, through which outlet, how, when, in what words, and how far it can be trusted.
/// </summary>
/// <remarks>
/// <para>
/// GTD records only whether a group claimed and how (<c>claimmode</c>); here the outlet (Amaq News Agency), the date,
/// the quote and the verification are kept too. Competing claims are simply several claims: two responsibility claims
/// by different claimants. Cross-field rules (a claim dated before the incident, a responsibility claim without a
/// claimant) are checked by the validators.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WireFormatJsonConverter<Claim>))]
[WireRecord("a claim")]
public sealed record Claim
{
    /// <summary>Gets what the claim asserts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: the value is not defined.</exception>
    public required ClaimKind Kind { get; init => field = Guard.Defined(value, nameof(Kind)); }

    /// <summary>Gets who made the claim, by actor identifier; <see langword="null"/> when unknown.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public ActorId? Claimant { get; init => field = value is { } id ? Guard.NotDefault(id, nameof(Claimant)) : null; }

    /// <summary>Gets the outlet or channel the claim came through (Amaq News Agency), by actor identifier.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public ActorId? Outlet { get; init => field = value is { } id ? Guard.NotDefault(id, nameof(Outlet)) : null; }

    /// <summary>Gets who spoke for the claimant (a leader claiming the attack in a video), by actor identifier.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public ActorId? Speaker { get; init => field = value is { } id ? Guard.NotDefault(id, nameof(Speaker)) : null; }

    /// <summary>Gets the actors the claim names as having carried out the attack (a named bomber; the local group
    /// a claimant says acted for it) — or, in a denial, as not having done so — by actor identifier: the claimant is
    /// not always the perpetrator.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the uninitialised default.</exception>
    public EquatableArray<ActorId> Named { get; init => field = Guard.NoDefaultItems(value, nameof(Named)); }

    /// <summary>Gets what the claim is about, when it is not the whole incident ("the second blast").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Subject { get; init => field = Guard.NullOrNotBlank(value, nameof(Subject)); }

    /// <summary>Gets how the claim was made (a statement with photos); empty when not reported.</summary>
    public EquatableArray<ClaimMode> Modes { get; init; }

    /// <summary>Gets when the claim was made.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public PartialDate? Date { get; init => field = value is { } date ? Guard.NotDefault(date, nameof(Date)) : null; }

    /// <summary>Gets the claim's own words, verbatim.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Quote { get; init => field = Guard.NullOrNotBlank(value, nameof(Quote)); }

    /// <summary>Gets the language of <see cref="Quote"/> as a BCP 47 tag (<c>en</c>, <c>ar</c>), when known.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is not a plausible BCP 47 tag (1 to 35 ASCII letters,
    /// digits and hyphens, starting with a letter).</exception>
    public string? Language
    {
        get;
        init
        {
            if (value is not null && !IsLanguageTag(value))
            {
                throw new ArgumentException($"'{CodeSyntax.Truncate(value)}' is not a BCP 47 language tag.", nameof(Language));
            }

            field = value;
        }
    }

    /// <summary>Gets how far the claim has been checked; <see cref="ClaimVerification.Unverified"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: the value is not defined.</exception>
    public ClaimVerification Verification { get; init => field = Guard.Defined(value, nameof(Verification)); }

    /// <summary>Gets the claim's rating on the Admiralty scale, when rated.</summary>
    public AdmiraltyRating? Rating { get; init; }

    /// <summary>Gets the sources that report the claim, by identifier in <see cref="Incident.Sources"/>.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the uninitialised default.</exception>
    public EquatableArray<SourceId> Sources { get; init => field = Guard.NoDefaultItems(value, nameof(Sources)); }

    /// <summary>Gets a note on the claim ("the attack was not mentioned in the issue eventually released").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Note { get; init => field = Guard.NullOrNotBlank(value, nameof(Note)); }

    private static bool IsLanguageTag(string value) =>
        value.Length <= Json.WirePatterns.MaxLanguageTagLength && Json.WirePatterns.IsMatch(Json.WirePatterns.LanguageTag, value);

    /// <summary>Gets or initializes the properties the model has no place for, kept so that nothing is lost: those a
    /// newer minor version of the wire format added, or an imported dataset's columns (see
    /// <see cref="ExtensionProperty"/>). The JSON writer emits them after the record's own properties.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the default, two elements share a name, or a
    /// name is one of the record's own JSON property names.</exception>
    public EquatableArray<ExtensionProperty> Extensions { get; init => field = Guard.Extensions(value, WireNames.Claim, nameof(Extensions)); }
}
