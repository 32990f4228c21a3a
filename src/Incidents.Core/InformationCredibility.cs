using System.Text.Json.Serialization;
using Incidents.Core.Json;
namespace Incidents.Core;

/// <summary>The second axis of the NATO Admiralty code (STANAG 2511): how credible a piece of information is, 1 to 6.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<InformationCredibility>))]
public enum InformationCredibility
{
    /// <summary>1: confirmed by other independent sources; logical in itself; consistent with other information.</summary>
    Confirmed = 1,

    /// <summary>2: probably true; not confirmed, but logical and consistent.</summary>
    ProbablyTrue = 2,

    /// <summary>3: possibly true; not confirmed, reasonably logical, agrees with some other information.</summary>
    PossiblyTrue = 3,

    /// <summary>4: doubtful; not confirmed, possible but not logical, no other information.</summary>
    Doubtful = 4,

    /// <summary>5: improbable; not confirmed, not logical, contradicted by other information.</summary>
    Improbable = 5,

    /// <summary>6: truth cannot be judged; no basis exists.</summary>
    CannotBeJudged = 6,
}
