using System.Text.Json.Serialization;
using Incidents.Core.Json;
namespace Incidents.Core;

/// <summary>The first axis of the NATO Admiralty code (STANAG 2511): how reliable a source is, A to F.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<SourceReliability>))]
public enum SourceReliability
{
    /// <summary>A: completely reliable; no doubt of authenticity, trustworthiness or competency.</summary>
    CompletelyReliable = 1,

    /// <summary>B: usually reliable; minor doubt, valid information most of the time.</summary>
    UsuallyReliable = 2,

    /// <summary>C: fairly reliable; doubt, but has provided valid information in the past.</summary>
    FairlyReliable = 3,

    /// <summary>D: not usually reliable; significant doubt, but has provided valid information in the past.</summary>
    NotUsuallyReliable = 4,

    /// <summary>E: unreliable; lacks authenticity, trustworthiness and competency.</summary>
    Unreliable = 5,

    /// <summary>F: reliability cannot be judged; no basis exists.</summary>
    CannotBeJudged = 6,
}
