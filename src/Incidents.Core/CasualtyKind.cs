using System.Numerics;
using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>What a casualty figure counts: people killed, wounded, escaped, recaptured, held, taking part …</summary>
/// <remarks>
/// <para>
/// An extensible enumeration (the Azure SDK pattern): a value is a code, and the static properties are the codes this
/// version knows. A code from a newer producer is accepted, compared and written back unchanged instead of failing.
/// </para>
/// <para>
/// Codes are 1 to 64 ASCII letters, digits and single hyphens, starting and ending with a letter or digit. Letters are
/// folded to lower case on construction, so <c>new CasualtyKind("VBIED")</c> equals <c>new CasualtyKind("vbied")</c>; comparison is
/// ordinal. The default value equals <see cref="Unknown"/>.
/// </para>
/// <para>A facility's population is a figure too (<see cref="Held"/>: about 3,500 prisoners), so that the outcomes of an
/// attack on a detention facility (escaped, recaptured, released) can be set against it.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(TextValueJsonConverter<CasualtyKind>))]
[TextValue("a casualty-kind code", "\"killed\", \"recaptured\"", CanonicalText = nameof(Code))]
public readonly partial record struct CasualtyKind
{
    private readonly string? _code;

    /// <summary>Creates a value from its code.</summary>
    /// <param name="code">The code, e.g. one of the well-known codes listed on this type.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> breaks the code syntax.</exception>
    public CasualtyKind(string code)
    {
        _code = CodeSyntax.Normalize(code, nameof(code));
    }

    /// <summary>Gets the lower-case code, e.g. <c>unknown</c> for the default value.</summary>
    public string Code => _code ?? CodeSyntax.Unknown;

    /// <summary>Gets a value indicating whether <see cref="Code"/> is one of the codes this version of the library defines.</summary>
    public bool IsWellKnown => WellKnown.AsSpan().Contains(this);

    /// <summary>People killed (code <c>killed</c>).</summary>
    public static CasualtyKind Killed { get; } = new("killed");

    /// <summary>People wounded or injured, not killed (code <c>wounded</c>).</summary>
    public static CasualtyKind Wounded { get; } = new("wounded");

    /// <summary>People missing after the incident (code <c>missing</c>).</summary>
    public static CasualtyKind Missing { get; } = new("missing");

    /// <summary>People captured, arrested or detained during or after the incident (code <c>captured</c>).</summary>
    public static CasualtyKind Captured { get; } = new("captured");

    /// <summary>Detainees who escaped (code <c>escaped</c>).</summary>
    public static CasualtyKind Escaped { get; } = new("escaped");

    /// <summary>Escapees caught again (code <c>recaptured</c>).</summary>
    public static CasualtyKind Recaptured { get; } = new("recaptured");

    /// <summary>People abducted or taken hostage (code <c>kidnapped</c>).</summary>
    public static CasualtyKind Kidnapped { get; } = new("kidnapped");

    /// <summary>Hostages or detainees released (code <c>released</c>).</summary>
    public static CasualtyKind Released { get; } = new("released");

    /// <summary>People of a party who took part in the incident: attackers, defenders (GTD's <c>nperps</c>) (code <c>participants</c>).</summary>
    public static CasualtyKind Participants { get; } = new("participants");

    /// <summary>People held at a place (the population of a prison or camp) (code <c>held</c>).</summary>
    public static CasualtyKind Held { get; } = new("held");

    /// <summary>Casualties of an unstated kind (a report of casualties without saying killed or wounded) (code <c>unknown</c>; also the default value).</summary>
    public static CasualtyKind Unknown => default;

    /// <summary>Gets every code this version of the library defines, in documentation order.</summary>
    public static EquatableArray<CasualtyKind> WellKnown { get; } = [Killed, Wounded, Missing, Captured, Escaped, Recaptured, Kidnapped, Released, Participants, Held, Unknown];

    /// <summary>Returns <see cref="Code"/>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    private static bool TryParseText<TChar>(ReadOnlySpan<TChar> text, out CasualtyKind result, out ParseError error)
        where TChar : unmanaged, IBinaryInteger<TChar> => Table.Codes.TryParse(text, out result, out error);

    private bool TryFormatText<TChar>(Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar> => AsciiWriter<TChar>.TryWrite(destination, Code, out written);

    // A nested class, so that the table is built after the well-known values it lists.
    private static class Table
    {
        internal static readonly CodeTable<CasualtyKind> Codes = new(
            WellKnown.AsSpan(),
            static value => value.Code,
            static code => new CasualtyKind(code),
            "a casualty-kind code such as \"killed\"");
    }
}
