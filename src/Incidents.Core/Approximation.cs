using System.Text.Json.Serialization;
using Incidents.Core.Json;
namespace Incidents.Core;

/// <summary>How exact a reported time of day or duration is: "at 3 a.m.", "around 3 a.m.", "almost 24 hours" …</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<Approximation>))]
public enum Approximation
{
    /// <summary>The value is reported as exact.</summary>
    Exact = 0,

    /// <summary>The value is approximate: "around", "about", "some".</summary>
    Approximate = 1,

    /// <summary>The value is a lower bound: "at least", "more than", "after" (for a time: not before it).</summary>
    AtLeast = 2,

    /// <summary>The value is an upper bound: "at most", "up to", "under", "before" (for a time: not after it).</summary>
    AtMost = 3,
}
