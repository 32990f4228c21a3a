namespace Incidents.Core.Json;

/// <summary>How error messages name each text value type, with an example of its canonical form.</summary>
internal static class TextNames
{
    internal static string Of<T>() => Cache<T>.Name;

    private static class Cache<T>
    {
        internal static readonly string Name = typeof(T).Name switch
        {
            nameof(IncidentId) => "an incident id",
            nameof(ActorId) => "an actor id",
            nameof(FigureId) => "a figure id",
            nameof(CampaignId) => "a campaign id",
            nameof(PhaseId) => "a phase id",
            nameof(SourceId) => "a source id",
            nameof(PartialDate) => "a date of year, month or day precision such as '2022', '2022-01' or '2022-01-20'",
            nameof(ApproximateTime) => "a local time such as '03:00' or '~03:00'",
            nameof(DurationEstimate) => "an ISO 8601 duration such as 'PT24H' or '~PT24H'",
            nameof(GeoCoordinate) => "a coordinate pair 'latitude,longitude' in decimal degrees such as '36.4914,40.7486'",
            nameof(AdmiraltyRating) => "an Admiralty rating such as 'B2' (reliability A–F, credibility 1–6)",
            nameof(CountryCode) => "an ISO 3166-1 alpha-2 country code such as 'SY'",
            nameof(SchemaVersion) => "a schema version 'major.minor' such as '1.0'",
            _ => "a lower-kebab code such as '" + typeof(T).Name switch
            {
                nameof(AttackMethodKind) => "vbied",
                nameof(ActorKind) => "non-state-armed-group",
                nameof(PartyRole) => "perpetrator",
                nameof(CasualtyKind) => "killed",
                nameof(ClaimMode) => "statement",
                nameof(SourceKind) => "news-media",
                _ => "code",
            } + "'",
        };
    }
}
