using CsCheck;
using NodaTime;

namespace Incidents.Core.Tests.Support;

/// <summary>CsCheck generators for whole incidents: every record and optional member, hostile-ish text (quotes,
/// control characters, Arabic, emoji, HTML), unknown taxonomy codes and extension properties of any JSON shape.</summary>
public static class IncidentGenerators
{
    private static readonly string[] s_fragments =
    [
        "al-Sina'a", "الحسكة", "\"quoted\"", "line\nbreak", "tab\t", "😀", "<b>&amp;</b>", "back\\slash", "İstanbul", "ß", "\u0001", "\u2028", " ", "Ghweiran", "39", "/",
    ];

    private static Gen<T> Pick<T>(params T[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    public static readonly Gen<string> Text =
        Pick(s_fragments).Array[0, 4].Select(parts => "x" + string.Concat(parts));

    public static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Const((string?)null)), (2, Text.Select(t => (string?)t)));

    private static readonly Gen<string> s_id =
        Gen.Select(Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"].Array[1, 12], Gen.Char["abz09._:-"].Array[0, 4], (a, b) => new string(a) + new string(b) + "z");

    public static readonly Gen<ActorId> ActorId = Pick("is", "sdf", "iraqi-army", "amaq", "p1", "p2").Select(s => new Core.ActorId(s));

    public static readonly Gen<SourceId> SourceId = Pick("sohr", "seed-report", "s1", "s2").Select(s => new Core.SourceId(s));

    private static Gen<T> Code<T>(EquatableArray<T> wellKnown, Func<string, T> create) =>
        Gen.Frequency((4, Pick(wellKnown.ToArray())), (1, Pick("vehicle-ramming", "x-1", "new-code-2030").Select(create)));

    public static readonly Gen<ExtensionProperty> Extension =
        Gen.Select(
            Pick("x-note", "ucdpEventClarity", "weird name", "ключ", "a/b~c"),
            Pick("1", "-0", "1e400", "\"text\"", "null", "true", "[1,{\"a\":[]}]", "{\"nested\":{\"deep\":[\"é\",2.50]}}", "\"\\u00e9\\n\""),
            (name, json) => new ExtensionProperty(name, json));

    public static readonly Gen<EquatableArray<ExtensionProperty>> Extensions =
        Gen.Frequency((3, Gen.Const(default(EquatableArray<ExtensionProperty>))), (1, Extension.Array[1, 3].Select(Unique)));

    private static EquatableArray<ExtensionProperty> Unique(ExtensionProperty[] items) => [.. items.DistinctBy(e => e.Name)];

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Const((T?)null)), (2, gen.Select(v => (T?)v)));

    public static readonly Gen<Timing> Timing =
        Gen.Select(Generators.PartialDate, Maybe(Generators.PartialDate), Maybe(Generators.ApproximateTime), Maybe(Generators.ApproximateTime),
            Pick<DateTimeZone?>(null, DateTimeZoneProviders.Tzdb["Asia/Baghdad"], DateTimeZoneProviders.Tzdb["Asia/Calcutta"], DateTimeZone.Utc),
            Maybe(Generators.DurationEstimate), OptionalText, Extensions,
            (date, end, time, endTime, zone, duration, wording, ext) => new Core.Timing
            {
                Date = date,
                EndDate = end,
                TimeOfDay = time,
                EndTimeOfDay = endTime,
                Zone = zone,
                Duration = duration,
                Wording = wording,
                Extensions = ext,
            });

    public static readonly Gen<Location> Location =
        Gen.Select(Gen.Enum<LocationPrecision>(), Pick<CountryCode?>(null, new CountryCode("SY"), new CountryCode("IQ"), new CountryCode("XK")),
            OptionalText, OptionalText, Text.Array[0, 2],
            Maybe(Gen.Select(Gen.Double[-90, 90], Gen.Double[-180, 180], (lat, lon) => new GeoCoordinate(lat, lon))), Extensions,
            (precision, country, place, description, names, coordinates, ext) => new Core.Location
            {
                Precision = precision,
                Country = country,
                Place = place,
                Description = description,
                AlternativeNames = [.. names],
                Coordinates = coordinates,
                Admin1 = place is null ? null : "adm1",
                Extensions = ext,
            });

    public static readonly Gen<AttackMethod> Method =
        Gen.Select(Code(AttackMethodKind.WellKnown, s => new AttackMethodKind(s)), Maybe(Gen.Int[1, int.MaxValue]), Maybe(Gen.Bool), OptionalText, Extensions,
            (kind, count, suicide, target, ext) => new AttackMethod { Kind = kind, Count = count, IsSuicide = suicide, Target = target, Extensions = ext });

    public static readonly Gen<CasualtyFigure> Figure =
        Gen.Select(Maybe(ActorId), Code(CasualtyKind.WellKnown, s => new CasualtyKind(s)), Maybe(Generators.CasualtyRange), OptionalText,
            Gen.Select(SourceId, Gen.Enum<SourceStance>(), Extensions, (s, stance, ext) => new SourceAttribution(s, stance) { Extensions = ext }).Array[0, 2],
            Extensions,
            (party, kind, range, wording, attributions, ext) => new CasualtyFigure
            {
                Party = party,
                Kind = kind,
                Range = range,
                Wording = wording,
                Attributions = [.. attributions],
                Extensions = ext,
            });

    public static readonly Gen<Claim> Claim =
        Gen.Select(Gen.Enum<ClaimKind>(), Maybe(ActorId), Code(ClaimMode.WellKnown, s => new ClaimMode(s)).Array[0, 2], Maybe(Generators.PartialDate), OptionalText,
            Gen.Enum<ClaimVerification>(), Gen.Select(Gen.Int[1, 6], Gen.Int[1, 6], (r, c) => (AdmiraltyRating?)new AdmiraltyRating((SourceReliability)r, (InformationCredibility)c)),
            Extensions,
            (kind, claimant, modes, date, quote, verification, rating, ext) => new Core.Claim
            {
                Kind = kind,
                Claimant = claimant,
                Modes = [.. modes],
                Date = date,
                Quote = quote,
                Language = quote is null ? null : "ar",
                Verification = verification,
                Rating = rating,
                Sources = [new Core.SourceId("sohr")],
                Extensions = ext,
            });

    public static readonly Gen<Incident> Incident =
        Gen.Select(s_id, Text, OptionalText, Timing, Location, Method.Array[0, 4], Figure.Array[0, 5], Claim.Array[0, 3])
            .Select(Gen.Int[0, 3], Extensions, Gen.Int[1, 5], Gen.Long[0, 4_000_000_000L], Gen.Int[0, 3])
            .Select(t =>
            {
                ((string id, string title, string? summary, Timing timing, Location location, AttackMethod[] methods, CasualtyFigure[] figures, Claim[] claims),
                    int minor, EquatableArray<ExtensionProperty> ext, int revision, long seconds, int phases) = t;
                Instant created = Instant.FromUnixTimeSeconds(seconds);
                return new Core.Incident
                {
                    Id = new IncidentId(id),
                    Title = title,
                    Summary = summary,
                    Timing = timing,
                    Location = location,
                    Methods = [.. methods],
                    Phases = [.. Enumerable.Range(0, phases).Select(i => new IncidentPhase { Name = $"phase {i}", Methods = [AttackMethodKind.Raid], Actors = [new Core.ActorId("is")] })],
                    Actors = [new Actor { Id = new Core.ActorId("is"), Name = "Islamic State", Kind = ActorKind.NonStateArmedGroup, Aliases = ["IS"] }],
                    Parties = [new Party { Actor = new Core.ActorId("is"), Role = PartyRole.Perpetrator, Attribution = AttributionCertainty.Claimed }],
                    Casualties = [.. figures],
                    Claims = [.. claims],
                    Sources = [new Source { Id = new Core.SourceId("sohr"), Name = "SOHR", Kind = SourceKind.MonitoringGroup, Url = new Uri("https://www.syriahr.com/en/?p=1&q=a%20b") }],
                    Campaigns = phases == 2 ? [new Campaign { Name = "Breaking the Walls", Aliases = ["هدم الأسوار"] }] : [],
                    Related = phases == 1 ? [new RelatedIncident(new IncidentId("other-1"), IncidentRelation.Coordinated)] : [],
                    Metadata = new RecordMetadata
                    {
                        SchemaVersion = new SchemaVersion(1, minor),
                        Revision = revision,
                        Created = created,
                        Modified = created + Duration.FromNanoseconds(seconds % 1_000_000_007),
                    },
                    Extensions = ext,
                };
            });
}
