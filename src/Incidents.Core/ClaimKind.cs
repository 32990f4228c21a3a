using System.Text.Json.Serialization;
using Incidents.Core.Json;
namespace Incidents.Core;

/// <summary>What a claim asserts.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<ClaimKind>))]
public enum ClaimKind
{
    /// <summary>The claimant says it carried out the attack (GTD <c>claimed</c> = 1).</summary>
    Responsibility = 1,

    /// <summary>The claimant denies involvement.</summary>
    Denial = 2,

    /// <summary>The claimant states a fact about the incident ("we caught 89 of the escapees").</summary>
    StatementOfFact = 3,

    /// <summary>A channel that would be expected to speak did not mention the incident (the weekly al-Naba issue).</summary>
    Omission = 4,
}
