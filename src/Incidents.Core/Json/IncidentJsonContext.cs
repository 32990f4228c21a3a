using System.Text.Json.Serialization;

namespace Incidents.Core.Json;

/// <summary>Source-generated metadata for the model: the type information System.Text.Json needs without
/// reflection (trimming and Native AOT). Every record names <see cref="WireFormatJsonConverter{T}"/>, so the records
/// are read and written by the hand-written reader and writer; see <c>benchmarks/README.md</c> for why.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowDuplicateProperties = false,
    Converters = [typeof(InstantJsonConverter), typeof(DateTimeZoneJsonConverter)])]
[JsonSerializable(typeof(Incident))]
[JsonSerializable(typeof(Incident[]))]
[JsonSerializable(typeof(List<Incident>))]
[JsonSerializable(typeof(IReadOnlyList<Incident>))]
[JsonSerializable(typeof(ExtensionProperty))]
[JsonSerializable(typeof(Timing))]
[JsonSerializable(typeof(Location))]
[JsonSerializable(typeof(AttackMethod))]
[JsonSerializable(typeof(IncidentPhase))]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(Party))]
[JsonSerializable(typeof(CasualtyFigure))]
[JsonSerializable(typeof(SourceAttribution))]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(Campaign))]
[JsonSerializable(typeof(RelatedIncident))]
[JsonSerializable(typeof(RecordMetadata))]
[JsonSerializable(typeof(IncidentId))]
[JsonSerializable(typeof(ActorId))]
[JsonSerializable(typeof(FigureId))]
[JsonSerializable(typeof(CampaignId))]
[JsonSerializable(typeof(PhaseId))]
[JsonSerializable(typeof(FigureStatus))]
[JsonSerializable(typeof(CasualtyScope))]
[JsonSerializable(typeof(DayPart))]
[JsonSerializable(typeof(SourceId))]
[JsonSerializable(typeof(PartialDate))]
[JsonSerializable(typeof(ApproximateTime))]
[JsonSerializable(typeof(DurationEstimate))]
[JsonSerializable(typeof(CasualtyRange))]
[JsonSerializable(typeof(AdmiraltyRating))]
[JsonSerializable(typeof(CountryCode))]
[JsonSerializable(typeof(GeoCoordinate))]
[JsonSerializable(typeof(SchemaVersion))]
[JsonSerializable(typeof(AttackMethodKind))]
[JsonSerializable(typeof(ActorKind))]
[JsonSerializable(typeof(PartyRole))]
[JsonSerializable(typeof(CasualtyKind))]
[JsonSerializable(typeof(ClaimMode))]
[JsonSerializable(typeof(SourceKind))]
[JsonSerializable(typeof(DatePrecision))]
[JsonSerializable(typeof(Approximation))]
[JsonSerializable(typeof(LocationPrecision))]
[JsonSerializable(typeof(AttributionCertainty))]
[JsonSerializable(typeof(SourceStance))]
[JsonSerializable(typeof(ClaimKind))]
[JsonSerializable(typeof(ClaimVerification))]
[JsonSerializable(typeof(IncidentRelation))]
[JsonSerializable(typeof(SourceReliability))]
[JsonSerializable(typeof(InformationCredibility))]
internal sealed partial class IncidentJsonContext : JsonSerializerContext
{
}
