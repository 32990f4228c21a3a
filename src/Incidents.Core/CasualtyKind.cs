using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Parsing;

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
[TextValue("a casualty-kind code", "\"killed\", \"recaptured\"", ExtensibleCodes = "a casualty-kind code such as \"killed\"")]
public readonly partial record struct CasualtyKind
{
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
}
