using System.Numerics;
using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>The role an actor plays in an incident: perpetrator, target, defender, victim, claimant, reporting source.</summary>
/// <remarks>
/// <para>
/// An extensible enumeration (the Azure SDK pattern): a value is a code, and the static properties are the codes this
/// version knows. A code from a newer producer is accepted, compared and written back unchanged instead of failing.
/// </para>
/// <para>
/// Codes are 1 to 64 ASCII letters, digits and single hyphens, starting and ending with a letter or digit. Letters are
/// folded to lower case on construction, so <c>new PartyRole("VBIED")</c> equals <c>new PartyRole("vbied")</c>; comparison is
/// ordinal. The default value equals <see cref="Unknown"/>.
/// </para>
/// <para>One actor may hold several roles (a group can be both perpetrator and claimant); see <see cref="Party"/>.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<PartyRole>))]
[TextValue("a party-role code", "\"perpetrator\", \"reporting-source\"", CanonicalText = nameof(Code))]
public readonly partial record struct PartyRole
{
    private readonly string? _code;

    /// <summary>Creates a value from its code.</summary>
    /// <param name="code">The code, e.g. one of the well-known codes listed on this type.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> breaks the code syntax.</exception>
    public PartyRole(string code)
    {
        _code = CodeSyntax.Normalize(code, nameof(code));
    }

    /// <summary>Gets the lower-case code, e.g. <c>unknown</c> for the default value.</summary>
    public string Code => _code ?? CodeSyntax.Unknown;

    /// <summary>Gets a value indicating whether <see cref="Code"/> is one of the codes this version of the library defines.</summary>
    public bool IsWellKnown => WellKnown.AsSpan().Contains(this);

    /// <summary>Carried out the attack (code <c>perpetrator</c>).</summary>
    public static PartyRole Perpetrator { get; } = new("perpetrator");

    /// <summary>Was the intended object of the attack (code <c>target</c>).</summary>
    public static PartyRole Target { get; } = new("target");

    /// <summary>Defended the place or people attacked, or responded to the attack (code <c>defender</c>).</summary>
    public static PartyRole Defender { get; } = new("defender");

    /// <summary>Suffered harm without being the intended target (code <c>victim</c>).</summary>
    public static PartyRole Victim { get; } = new("victim");

    /// <summary>Claimed responsibility for the attack, or claimed a fact about it (code <c>claimant</c>).</summary>
    public static PartyRole Claimant { get; } = new("claimant");

    /// <summary>Reported on the attack without taking part in it (code <c>reporting-source</c>).</summary>
    public static PartyRole ReportingSource { get; } = new("reporting-source");

    /// <summary>The role is not known (code <c>unknown</c>; also the default value).</summary>
    public static PartyRole Unknown => default;

    /// <summary>Gets every code this version of the library defines, in documentation order.</summary>
    public static EquatableArray<PartyRole> WellKnown { get; } = [Perpetrator, Target, Defender, Victim, Claimant, ReportingSource, Unknown];

    /// <summary>Returns <see cref="Code"/>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, out PartyRole result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar> => Table.Codes.TryParse(text, out result, out error);

    private bool TryFormatText<TChar>(Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar> => AsciiWriter<TChar>.TryWrite(destination, Code, out written);

    // A nested class, so that the table is built after the well-known values it lists.
    private static class Table
    {
        internal static readonly CodeTable<PartyRole> Codes = new(
            WellKnown.AsSpan(),
            static value => value.Code,
            static code => new PartyRole(code),
            "a party-role code such as \"perpetrator\"");
    }
}
