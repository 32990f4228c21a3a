using System.Text.Json.Serialization;
using Incidents.Core.Json;
namespace Incidents.Core;

/// <summary>How far a claim, or a reported fact such as the use of an attack method, has been checked.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ClaimVerification>))]
public enum ClaimVerification
{
    /// <summary>Not verified (the usual state of a fresh claim).</summary>
    Unverified = 0,

    /// <summary>Corroborated by independent sources.</summary>
    Corroborated = 1,

    /// <summary>Contested: other claims or sources contradict it (competing claims of responsibility).</summary>
    Contested = 2,

    /// <summary>Shown to be false.</summary>
    Refuted = 3,
}
