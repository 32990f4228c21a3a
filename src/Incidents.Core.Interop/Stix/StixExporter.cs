using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Incidents.Core.Interop.CodeMaps;
using NodaTime;
using NodaTime.Text;

namespace Incidents.Core.Interop.Stix;

/// <summary>Exports an incident as a STIX 2.1 bundle that the OASIS STIX validator passes in <c>--strict</c> mode: the
/// <c>incident</c>; a <c>threat-actor</c> per perpetrator or armed group and an <c>identity</c> per other actor; an
/// <c>attack-pattern</c> per method used; <c>campaign</c>s; a <c>location</c>; a <c>report</c> per source, created by an
/// <c>identity</c> for its publisher; a
/// <c>note</c> for the time, one for the casualty figures and one per claim; and only the relationships STIX 2.1
/// suggests (<c>uses</c>, <c>targets</c>) or allows between any objects (<c>related-to</c>, with the model's relation in
/// its description). With a <see cref="LossReport"/> of what STIX cannot hold.</summary>
/// <remarks>
/// <para><b>Ids.</b> Deterministic, and written as version-4 UUIDs (RFC 9562's layout: version nibble 4, variant
/// <c>10</c>): the first 16 bytes of SHA-256 over <see cref="IdNamespace"/> and a name, with 122 bits kept — the scheme
/// other deterministic STIX producers use, since STIX asks for version 4. A collision needs about 2⁶¹ objects. The name of
/// an object that belongs to one incident is the incident's id and the object's key (its index or role), so re-export is
/// byte-identical. Objects that several incidents share — actors, campaigns and the publishers of sources — are
/// content-addressed instead: their
/// name is their own JSON content, and their <c>created</c> and <c>modified</c> the fixed
/// <see cref="SharedObjectTimestamp"/>. The same actor or campaign written by any incident's bundle is therefore the
/// same object, byte for byte, and bundles merge without two versions of one id; an actor described differently in two
/// incidents is two objects. A report stays the incident's own (its <c>object_refs</c> name the incident); the outlet
/// behind it, its <c>created_by_ref</c>, is shared.</para>
/// <para><b>Times.</b> <c>created</c> is the record's creation and <c>modified</c> its last modification (UTC, exactly
/// three fractional digits), so <c>modified</c> moves only when the record is revised.</para>
/// <para><b>Relationships.</b> A perpetrator <c>uses</c> the methods a phase names for it (or, with one perpetrator and
/// no such phase, every method used); refuted methods are not used. A threat actor <c>targets</c> the identities that
/// are targets, victims or defenders. Everything else that links two objects is <c>related-to</c>: the incident to each
/// party in another role (the role and the attribution's certainty in the description, the certainty also as
/// <c>confidence</c>), to its location and to its campaigns. Related incidents, which are not in the bundle, are
/// <c>external_references</c> of the incident.</para>
/// <para>Admiralty credibility becomes STIX <c>confidence</c> by the published scale: 1 → 90, 2 → 70, 3 → 50, 4 → 30,
/// 5 → 10, 6 (cannot be judged) → no confidence.</para>
/// </remarks>
public static class StixExporter
{
    /// <summary>The namespace of the deterministic ids (a fixed, random UUID of this library).</summary>
    public static Guid IdNamespace { get; } = new("6f2c1e7a-3d5b-4c89-9a41-2b7e8d0c5f13");

    /// <summary>The <c>created</c> and <c>modified</c> of the objects several incidents share (actors, campaigns): a
    /// fixed instant, 2021-06-10T00:00:00Z (the day STIX 2.1 became an OASIS Standard), so that the same entity is the
    /// same bytes in every bundle.</summary>
    public static Instant SharedObjectTimestamp { get; } = Instant.FromUtc(2021, 6, 10, 0, 0);

    private static readonly InstantPattern s_timestamp = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss.fff'Z'");
    private static readonly JsonWriterOptions s_writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, IndentSize = 2, NewLine = "\n" };
    private static readonly JsonWriterOptions s_compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The language tags the OASIS STIX validator accepts in 'lang' (its LANG_CODES, BSD-3-Clause, OASIS Open); it
    // reports any other tag as an error, valid BCP 47 or not.
    private static readonly HashSet<string> s_validatorLanguageTags = new(StringComparer.Ordinal)
    {
        "af", "af-ZA", "ar", "ar-AE", "ar-BH", "ar-DZ", "ar-EG", "ar-IQ", "ar-JO", "ar-KW",
        "ar-LB", "ar-LY", "ar-MA", "ar-OM", "ar-QA", "ar-SA", "ar-SY", "ar-TN", "ar-YE", "az",
        "az-AZ", "az-Cyrl-AZ", "be", "be-BY", "bg", "bg-BG", "bs-BA", "ca", "ca-ES", "cs",
        "cs-CZ", "cy", "cy-GB", "da", "da-DK", "de", "de-AT", "de-CH", "de-DE", "de-LI",
        "de-LU", "dv", "dv-MV", "el", "el-GR", "en", "en-AU", "en-BZ", "en-CA", "en-CB",
        "en-GB", "en-IE", "en-JM", "en-NZ", "en-PH", "en-TT", "en-US", "en-ZA", "en-ZW", "eo",
        "es", "es-AR", "es-BO", "es-CL", "es-CO", "es-CR", "es-DO", "es-EC", "es-ES", "es-GT",
        "es-HN", "es-MX", "es-NI", "es-PA", "es-PE", "es-PR", "es-PY", "es-SV", "es-UY", "es-VE",
        "et", "et-EE", "eu", "eu-ES", "fa", "fa-IR", "fi", "fi-FI", "fo", "fo-FO",
        "fr", "fr-BE", "fr-CA", "fr-CH", "fr-FR", "fr-LU", "fr-MC", "gl", "gl-ES", "gu",
        "gu-IN", "he", "he-IL", "hi", "hi-IN", "hr", "hr-BA", "hr-HR", "hu", "hu-HU",
        "hy", "hy-AM", "id", "id-ID", "is", "is-IS", "it", "it-CH", "it-IT", "ja",
        "ja-JP", "ka", "ka-GE", "kk", "kk-KZ", "kn", "kn-IN", "ko", "ko-KR", "kok",
        "kok-IN", "ky", "ky-KG", "lt", "lt-LT", "lv", "lv-LV", "mi", "mi-NZ", "mk",
        "mk-MK", "mn", "mn-MN", "mr", "mr-IN", "ms", "ms-BN", "ms-MY", "mt", "mt-MT",
        "nb", "nb-NO", "nl", "nl-BE", "nl-NL", "nn-NO", "ns", "ns-ZA", "pa", "pa-IN",
        "pl", "pl-PL", "ps", "ps-AR", "pt", "pt-BR", "pt-PT", "qu", "qu-BO", "qu-EC",
        "qu-PE", "ro", "ro-RO", "ru", "ru-RU", "sa", "sa-IN", "se", "se-FI", "se-NO",
        "se-SE", "sk", "sk-SK", "sl", "sl-SI", "sq", "sq-AL", "sr-BA", "sr-Cyrl-BA", "sr-SP",
        "sr-Cyrl-SP", "sv", "sv-FI", "sv-SE", "sw", "sw-KE", "syr", "syr-SY", "ta", "ta-IN",
        "te", "te-IN", "th", "th-TH", "tl", "tl-PH", "tn", "tn-ZA", "tr", "tr-TR",
        "tt", "tt-RU", "ts", "uk", "uk-UA", "ur", "ur-PK", "uz", "uz-UZ", "uz-Cyrl-UZ",
        "vi", "vi-VN", "xh", "xh-ZA", "zh", "zh-CN", "zh-HK", "zh-MO", "zh-SG", "zh-TW",
        "zu", "zu-ZA",
    };

    /// <summary>Maps an Admiralty credibility to STIX <c>confidence</c>.</summary>
    /// <param name="credibility">The credibility.</param>
    /// <returns>90, 70, 50, 30, 10, or <see langword="null"/> for "cannot be judged".</returns>
    public static int? Confidence(InformationCredibility credibility) => credibility switch
    {
        InformationCredibility.Confirmed => 90,
        InformationCredibility.ProbablyTrue => 70,
        InformationCredibility.PossiblyTrue => 50,
        InformationCredibility.Doubtful => 30,
        InformationCredibility.Improbable => 10,
        _ => null,
    };

    /// <summary>Exports an incident.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The bundle as indented JSON text, and what it loses.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is <see langword="null"/>.</exception>
    public static Mapping<string> Export(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var losses = new List<Loss>();
        var buffer = new ArrayBufferWriter<byte>(8192);
        using (var w = new Utf8JsonWriter(buffer, s_writer))
        {
            new BundleWriter(incident, w, losses).Write();
        }

        UncarriedFacts.ReportLost(incident, losses, "STIX", UncarriedFacts.Carried.Campaigns | UncarriedFacts.Carried.ClaimDetails | UncarriedFacts.Carried.End);

        return new Mapping<string>(Encoding.UTF8.GetString(buffer.WrittenSpan), new LossReport([.. losses]));
    }

    /// <summary>Makes the id of an object of one incident: <c>{type}--{uuid("{incident id}/{key}")}</c>.</summary>
    internal static string Id(string type, IncidentId incident, string key) => $"{type}--{DeterministicUuid(IdNamespace, $"{incident}/{key}"):D}";

    /// <summary>A deterministic UUID in the version-4 layout: SHA-256 over the namespace's bytes (big-endian) and the
    /// name's UTF-8, its first 16 bytes with the version nibble set to 4 and the variant bits to <c>10</c>.</summary>
    internal static Guid DeterministicUuid(Guid namespaceId, string name)
    {
        Span<byte> ns = stackalloc byte[16];
        namespaceId.TryWriteBytes(ns, bigEndian: true, out _);
        byte[] input = [.. ns, .. Encoding.UTF8.GetBytes(name)];
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x40);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    private sealed class BundleWriter(Incident incident, Utf8JsonWriter w, List<Loss> losses)
    {
        private readonly string _created = s_timestamp.Format(incident.Metadata.Created);
        private readonly string _modified = s_timestamp.Format(incident.Metadata.Modified);
        private readonly string _incidentId = Id("incident", incident.Id, "incident");
        private readonly HashSet<ActorId> _perpetrators = [.. incident.Parties.AsImmutableArray().Where(p => p.Role == PartyRole.Perpetrator).Select(p => p.Actor)];
        private readonly HashSet<string> _written = new(StringComparer.Ordinal);

        internal void Write()
        {
            w.WriteStartObject();
            w.WriteString("type", "bundle");
            w.WriteString("id", Id("bundle", incident.Id, "bundle"));
            w.WriteStartArray("objects");

            Common("incident", _incidentId);
            w.WriteString("name", incident.Title);
            if (incident.Summary is { } summary)
            {
                w.WriteString("description", summary);
            }

            RelatedIncidents();
            w.WriteEndObject();
            Timing();

            var actorIds = new Dictionary<ActorId, string>();
            foreach (Actor actor in incident.Actors)
            {
                actorIds[actor.Id] = ActorObject(actor);
            }

            var patterns = new List<(AttackMethodKind Kind, string Id)>();
            foreach ((int index, AttackMethod method) in UncarriedFacts.MethodsUsed(incident, losses, "STIX"))
            {
                patterns.Add((method.Kind, AttackPattern(method, index)));
            }

            string? locationId = Location();
            var campaignIds = new List<string>();
            foreach (Campaign campaign in incident.Campaigns)
            {
                campaignIds.Add(CampaignObject(campaign));
            }

            var reportIds = new Dictionary<SourceId, string>();
            foreach (Source source in incident.Sources)
            {
                reportIds[source.Id] = Report(source);
            }

            Casualties(reportIds);
            for (int i = 0; i < incident.Claims.Count; i++)
            {
                ClaimNote(incident.Claims[i], i, actorIds, reportIds);
            }

            Parties(actorIds);
            Uses(actorIds, patterns);
            if (locationId is not null)
            {
                Relationship("related-to", _incidentId, locationId, "location", null, "located at");
                losses.Add(new Loss(LossKind.Coarsened, "/location", "incident located-at location → related-to 'located at' (STIX 2.1 suggests located-at only from identities, threat actors and infrastructure)"));
            }

            foreach (string campaign in campaignIds)
            {
                Relationship("related-to", campaign, _incidentId, $"campaign/{campaign}", null, "campaign of the incident");
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        private void Parties(Dictionary<ActorId, string> actorIds)
        {
            for (int i = 0; i < incident.Parties.Count; i++)
            {
                Party party = incident.Parties[i];
                if (!actorIds.TryGetValue(party.Actor, out string? actor))
                {
                    continue;
                }

                bool targeted = party.Role == PartyRole.Target || party.Role == PartyRole.Victim || party.Role == PartyRole.Defender;
                if (targeted && !IsThreatActor(party.Actor))
                {
                    foreach (ActorId perpetrator in _perpetrators.Where(actorIds.ContainsKey))
                    {
                        Relationship("targets", actorIds[perpetrator], actor, $"targets/{perpetrator}/{party.Actor}", null);
                    }

                    if (_perpetrators.Count > 0)
                    {
                        continue;
                    }
                }

                string certainty = party.Attribution is { } a ? $", {a.ToString().ToLowerInvariant()}" : string.Empty;
                Relationship("related-to", _incidentId, actor, $"party/{i}", Confidence(party.Attribution), $"{party.Role}{certainty}");
                losses.Add(new Loss(LossKind.Coarsened, $"/parties/{i}", $"{party.Actor} as {party.Role}{certainty} → related-to with the role in its description (STIX 2.1 suggests no relationship from an incident to an actor)"));
            }
        }

        /// <summary>Writes <c>uses</c> only for the pairs the model states: a phase's actors and methods, or the only
        /// perpetrator and every method used.</summary>
        private void Uses(Dictionary<ActorId, string> actorIds, List<(AttackMethodKind Kind, string Id)> patterns)
        {
            var pairs = new List<(ActorId Actor, AttackMethodKind Kind)>();
            foreach (IncidentPhase phase in incident.Phases)
            {
                foreach (ActorId actor in phase.Actors)
                {
                    if (_perpetrators.Contains(actor))
                    {
                        pairs.AddRange(phase.Methods.AsImmutableArray().Select(kind => (actor, kind)));
                    }
                }
            }

            if (pairs.Count == 0 && _perpetrators.Count == 1)
            {
                ActorId only = _perpetrators.Single();
                pairs.AddRange(patterns.Select(p => (only, p.Kind)));
            }
            else if (pairs.Count == 0 && _perpetrators.Count > 1 && patterns.Count > 0)
            {
                losses.Add(new Loss(LossKind.Dropped, "/methods", $"{_perpetrators.Count} perpetrators and no phase that says who used which method → no 'uses' relationships"));
            }

            foreach ((ActorId actor, AttackMethodKind kind) in pairs.Distinct())
            {
                if (!actorIds.TryGetValue(actor, out string? actorId))
                {
                    continue;
                }

                foreach ((AttackMethodKind patternKind, string pattern) in patterns)
                {
                    if (patternKind == kind)
                    {
                        Relationship("uses", actorId, pattern, $"uses/{actor}/{pattern}", null);
                    }
                }
            }
        }

        private void RelatedIncidents()
        {
            if (incident.Related.IsEmpty)
            {
                return;
            }

            // Not in this bundle: a relationship to them would dangle, so they are references of the incident.
            w.WriteStartArray("external_references");
            for (int i = 0; i < incident.Related.Count; i++)
            {
                RelatedIncident related = incident.Related[i];
                w.WriteStartObject();
                w.WriteString("source_name", "incidents-core");
                w.WriteString("description", $"{Kebab(related.Relation.ToString())}: the incident {related.Incident}");
                w.WriteString("external_id", related.Incident.ToString());
                w.WriteEndObject();
                losses.Add(new Loss(LossKind.Coarsened, $"/related/{i}", $"{related.Relation} {related.Incident} → an external reference of the incident (the other incident is not in the bundle)"));
            }

            w.WriteEndArray();
        }

        private static string Kebab(string pascal) => string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

        private bool IsThreatActor(ActorId id) => _perpetrators.Contains(id) || incident.Actors.AsImmutableArray().FirstOrDefault(a => a.Id == id)?.Kind == ActorKind.NonStateArmedGroup;

        private void Common(string type, string id) => Common(type, id, _created, _modified);

        /// <summary>Starts an object with the properties every STIX domain or relationship object has.</summary>
        private void Common(string type, string id, string created, string modified)
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            w.WriteString("spec_version", "2.1");
            w.WriteString("id", id);
            w.WriteString("created", created);
            w.WriteString("modified", modified);
        }

        /// <summary>Writes an object several incidents share: its id from its own content, its times fixed. The body is
        /// written once to hash it and once into the bundle (the same writer code, so the same bytes).</summary>
        private string Shared(string type, Action<Utf8JsonWriter> body)
        {
            var scratch = new ArrayBufferWriter<byte>(512);
            using (var content = new Utf8JsonWriter(scratch, s_compact))
            {
                content.WriteStartObject();
                content.WriteString("type", type);
                body(content);
                content.WriteEndObject();
            }

            string id = $"{type}--{DeterministicUuid(IdNamespace, "shared/" + Encoding.UTF8.GetString(scratch.WrittenSpan)):D}";
            if (!_written.Add(id))
            {
                return id; // the same content twice in one incident: one object
            }

            string at = s_timestamp.Format(SharedObjectTimestamp);
            Common(type, id, at, at);
            body(w);
            w.WriteEndObject();
            return id;
        }

        private static int? Confidence(AttributionCertainty? certainty) => certainty switch
        {
            AttributionCertainty.Confirmed => 90,
            AttributionCertainty.Claimed => 70,
            AttributionCertainty.Suspected => 30,
            _ => null,
        };

        private void Timing()
        {
            Timing t = incident.Timing;
            string when = t.TimeOfDay is { } time && t.Zone is { } zone
                ? $"{t.Date} {time} {zone.Id}"
                : t.Date.ToString();
            string instant = t.TryGetStartInstant(out Instant start) ? $" (≈ {s_timestamp.Format(start)})" : string.Empty;
            losses.Add(new Loss(LossKind.KeptAsExtension, "/timing", $"the STIX 2.1 incident has no time properties: {when}{instant}{(t.Duration is { } d ? $", duration {d}" : string.Empty)} kept in the note on the incident"));
            Common("note", Id("note", incident.Id, "timing"));
            w.WriteString("abstract", "When");
            w.WriteString("content", $"Date: {t.Date}{(t.NotAfter is { } notAfter ? $" (some day to {notAfter})" : string.Empty)}{(t.EndDate is { } end ? $" to {end}" : string.Empty)}"
                + (t.TimeOfDay is { } tod ? $"; local time {tod}" : string.Empty)
                + (t.EndTimeOfDay is { } endTime ? $"; ended at {endTime}" : string.Empty)
                + (t.Zone is { } z ? $" ({z.Id})" : string.Empty)
                + instant
                + (t.Duration is { } dur ? $"; duration {dur}" : string.Empty)
                + (t.Wording is { } wording ? $"; as reported: \"{wording}\"" : string.Empty));
            ObjectRefs(_incidentId);
            w.WriteEndObject();
        }

        /// <summary>The index of a record in its list, for the JSON Pointer of a loss (ids are not pointers).</summary>
        private static int IndexOf<T>(EquatableArray<T> items, T item)
            where T : class => items.AsImmutableArray().IndexOf(item, 0, ReferenceEqualityComparer.Instance);

        private string ActorObject(Actor actor)
        {
            bool threat = IsThreatActor(actor.Id);
            if (!threat && !actor.Aliases.IsEmpty)
            {
                losses.Add(new Loss(LossKind.Dropped, $"/actors/{IndexOf(incident.Actors, actor)}/aliases", "a STIX identity has no aliases"));
            }

            return Shared(threat ? "threat-actor" : "identity", o =>
            {
                o.WriteString("name", actor.Name);
                if (actor.Description is { } description)
                {
                    o.WriteString("description", description);
                }

                if (threat && !actor.Aliases.IsEmpty)
                {
                    o.WriteStartArray("aliases");
                    foreach (string alias in actor.Aliases)
                    {
                        o.WriteStringValue(alias);
                    }

                    o.WriteEndArray();
                }
                else if (!threat)
                {
                    o.WriteString("identity_class", actor.Kind == ActorKind.Individual ? "individual" : actor.Kind == ActorKind.Civilians || actor.Kind == ActorKind.Detainees ? "class" : "organization");
                }
            });
        }

        private string AttackPattern(AttackMethod method, int index)
        {
            string id = Id("attack-pattern", incident.Id, $"method/{index}/{method.Kind}");
            Common("attack-pattern", id);
            w.WriteString("name", method.Kind.Code);
            string cameo = EventCodeMaps.ToCameo(method.Kind).Value;
            w.WriteString("description", (method.Description ?? method.Kind.Code) + (method.Target is { } target ? $" (target: {target})" : string.Empty) + $"; CAMEO {cameo}");
            w.WriteEndObject();
            if (method.Count is > 1)
            {
                losses.Add(new Loss(LossKind.Dropped, $"/methods/{index}/count", $"{method.Count} × {method.Kind} → one attack-pattern (STIX has no count)"));
            }

            return id;
        }

        private string? Location()
        {
            Location l = incident.Location;

            // XK (Kosovo) is user-assigned, not in ISO 3166-1, which STIX's country property asks for: its region instead.
            bool iso = l.Country is { } c0 && c0 != new CountryCode("XK");
            string? region = l.Country is not null && !iso && l.Coordinates is null ? "southern-europe" : null;
            if (l.Country is { } userAssigned && !iso)
            {
                losses.Add(new Loss(LossKind.Coarsened, "/location/country", $"{userAssigned} (user-assigned, not ISO 3166-1) → {(region is null ? "no country; the coordinates place it" : $"region {region}")}"));
            }

            if (!iso && region is null && l.Coordinates is null)
            {
                losses.Add(new Loss(LossKind.Dropped, "/location", "a STIX location needs a country, a region or coordinates; the location has none"));
                return null;
            }

            string id = Id("location", incident.Id, "location");
            Common("location", id);
            if ((l.Facility ?? l.Place) is { } name)
            {
                w.WriteString("name", name);
            }

            if (l.Description is { } description)
            {
                w.WriteString("description", description);
            }

            if (l.Coordinates is { } c)
            {
                w.WriteNumber("latitude", c.Latitude);
                w.WriteNumber("longitude", c.Longitude);
            }

            if (region is not null)
            {
                w.WriteString("region", region);
            }

            if (iso)
            {
                w.WriteString("country", l.Country!.Value.ToString());
            }

            if (l.Admin1 is { } admin1)
            {
                w.WriteString("administrative_area", admin1);
            }

            if (l.Place is { } city)
            {
                w.WriteString("city", city);
            }

            w.WriteEndObject();
            losses.Add(new Loss(LossKind.Dropped, "/location/precision", $"precision '{l.Precision}' has no STIX property"));
            return id;
        }

        private string CampaignObject(Campaign campaign) => Shared("campaign", o =>
        {
            o.WriteString("name", campaign.Name);
            if (campaign.Description is { } description)
            {
                o.WriteString("description", description);
            }

            if (!campaign.Aliases.IsEmpty)
            {
                o.WriteStartArray("aliases");
                foreach (string alias in campaign.Aliases)
                {
                    o.WriteStringValue(alias);
                }

                o.WriteEndArray();
            }

            if (campaign.FirstSeen is { } first)
            {
                o.WriteString("first_seen", $"{new PartialDate(first.Earliest.Year, first.Earliest.Month, first.Earliest.Day)}T00:00:00Z");
            }

            if (campaign.LastSeen is { } last)
            {
                o.WriteString("last_seen", $"{new PartialDate(last.Latest.Year, last.Latest.Month, last.Latest.Day)}T23:59:59Z");
            }

            if (campaign.Objective is { } objective)
            {
                o.WriteString("objective", objective);
            }

            if (campaign.Id is { } shared)
            {
                // The caller's identity of the campaign: two campaigns of one name stay apart.
                o.WriteStartArray("external_references");
                o.WriteStartObject();
                o.WriteString("source_name", "incidents-core");
                o.WriteString("external_id", shared.ToString());
                o.WriteEndObject();
                o.WriteEndArray();
            }
        });

        private string Report(Source source)
        {
            string id = Id("report", incident.Id, $"source/{source.Id}");
            string publisher = Publisher(source);
            Common("report", id);
            w.WriteString("created_by_ref", publisher);
            w.WriteString("name", source.Title ?? source.Name);
            w.WriteStartArray("report_types");
            w.WriteStringValue("threat-report");
            w.WriteEndArray();
            Instant published = source.PublishedOn is { } p ? p.Earliest.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() : incident.Metadata.Created;
            w.WriteString("published", s_timestamp.Format(published));
            if (source.PublishedOn is not { Precision: DatePrecision.Day })
            {
                losses.Add(new Loss(LossKind.Coarsened, $"/sources/{IndexOf(incident.Sources, source)}/publishedOn", source.PublishedOn is { } d
                    ? $"publication date {d} → {s_timestamp.Format(published)} (STIX needs an instant)"
                    : $"no publication date → the record's creation {s_timestamp.Format(published)} (STIX requires one)"));
            }

            if (source.Rating is { } rating && StixExporter.Confidence(rating.Credibility) is { } confidence)
            {
                w.WriteNumber("confidence", confidence);
            }

            ObjectRefs(_incidentId);
            if (source.Url is { } url)
            {
                // A 'url' without 'hashes' of what it points to breaks the validator's best practice, and the model
                // knows no hash: the address goes into the reference's description.
                w.WriteStartArray("external_references");
                w.WriteStartObject();
                w.WriteString("source_name", source.Name);
                w.WriteString("description", url.AbsoluteUri);
                w.WriteEndObject();
                w.WriteEndArray();
                losses.Add(new Loss(LossKind.Coarsened, $"/sources/{IndexOf(incident.Sources, source)}/url", $"{url.AbsoluteUri} → the external reference's description (a STIX 'url' should come with hashes of the page, which the model does not have)"));
            }

            w.WriteEndObject();
            return id;
        }

        /// <summary>The source's publisher, an identity shared by every bundle that cites it (content-addressed like
        /// an actor): the outlet, monitoring group or dataset by name and kind.</summary>
        private string Publisher(Source source) => Shared("identity", o =>
        {
            o.WriteString("name", source.Name);
            o.WriteString("description", source.Kind == SourceKind.Unknown ? "a source of reports" : $"a source of reports ({source.Kind})");
            o.WriteString("identity_class", source.Kind == SourceKind.Unknown || source.Kind == SourceKind.SocialMedia ? "unknown" : "organization");
        });

        private void Casualties(Dictionary<SourceId, string> reports)
        {
            if (incident.Casualties.IsEmpty)
            {
                return;
            }

            var lines = new List<string>();
            var refs = new List<string> { _incidentId };
            foreach (CasualtyFigure f in incident.Casualties)
            {
                string who = f.Party is { } party ? incident.Actors.AsImmutableArray().FirstOrDefault(a => a.Id == party)?.Name ?? party.ToString() : "total";
                string sources = string.Join(", ", f.Attributions.AsImmutableArray().Select(a => incident.Sources.AsImmutableArray().FirstOrDefault(s => s.Id == a.Source)?.Name ?? a.Source.ToString()));
                string timeline = FigureTimeline.Describe(f) is { } t ? $" [{t}]" : string.Empty;
                lines.Add($"{f.Kind}: {who}: {(f.Range is { } r ? r.ToString() : "unknown")}{(f.Wording is { } wording ? $" (\"{wording}\")" : string.Empty)}{(sources.Length > 0 ? $", according to {sources}" : string.Empty)}{timeline}");
                refs.AddRange(f.Attributions.AsImmutableArray().Select(a => reports.GetValueOrDefault(a.Source)).OfType<string>());
                losses.Add(new Loss(LossKind.KeptAsExtension, "/casualties", $"casualty range {(f.Range is { } range ? range.ToString() : "unknown")} ({who}, {f.Kind}{(sources.Length > 0 ? $", {sources}" : string.Empty)}{timeline}) → no STIX home, kept in a note"));
            }

            Common("note", Id("note", incident.Id, "casualties"));
            w.WriteString("abstract", "Casualties");
            w.WriteString("content", string.Join("\n", lines));
            ObjectRefs([.. refs.Distinct()]);
            w.WriteEndObject();
        }

        private void ClaimNote(Claim claim, int index, Dictionary<ActorId, string> actors, Dictionary<SourceId, string> reports)
        {
            string Name(ActorId id) => incident.Actors.AsImmutableArray().FirstOrDefault(a => a.Id == id)?.Name ?? id.ToString();
            string claimant = claim.Claimant is { } c ? Name(c) : "unknown";
            string outlet = claim.Outlet is { } o ? $" through {Name(o)}" : string.Empty;
            Common("note", Id("note", incident.Id, $"claim/{index}"));
            string details = (claim.Speaker is { } speaker ? $"; spoken by {Name(speaker)}" : string.Empty)
                + (claim.Named.IsEmpty ? string.Empty : $"; names {string.Join(", ", claim.Named.AsImmutableArray().Select(Name))}")
                + (claim.Subject is { } subject ? $"; about \"{subject}\"" : string.Empty);
            w.WriteString("abstract", $"{claim.Kind} claim by {claimant}{outlet}{(claim.Date is { } d ? $" on {d}" : string.Empty)}{details}");

            // The kind, the modes and the verification always; then the quote and the note.
            string modes = claim.Modes.IsEmpty ? "mode not reported" : $"by {string.Join(", ", claim.Modes)}";
            string content = $"{claim.Kind}, {modes}; {claim.Verification.ToString().ToLowerInvariant()}"
                + (claim.Quote is { } quote ? $"\nQuote: \"{quote}\"" : string.Empty)
                + (claim.Note is { } note ? $"\nNote: {note}" : string.Empty);
            w.WriteString("content", content);
            if (claim.Rating is { } rating && StixExporter.Confidence(rating.Credibility) is { } confidence)
            {
                w.WriteNumber("confidence", confidence);
            }

            if (claim.Language is { } language)
            {
                string? tag = s_validatorLanguageTags.Contains(language) ? language
                    : language.Split('-')[0] is { } primary && s_validatorLanguageTags.Contains(primary) ? primary : null;
                if (tag is not null)
                {
                    w.WriteString("lang", tag);
                }

                if (tag != language)
                {
                    losses.Add(new Loss(tag is null ? LossKind.Dropped : LossKind.Coarsened, $"/claims/{index}/language", $"{language} → {(tag is null ? "no 'lang'" : $"'lang' {tag}")} (the OASIS validator accepts only a fixed list of tags)"));
                }
            }

            var refs = new List<string> { _incidentId };
            if (claim.Claimant is { } who && actors.TryGetValue(who, out string? actorRef))
            {
                refs.Add(actorRef);
            }

            refs.AddRange(claim.Sources.AsImmutableArray().Select(s => reports.GetValueOrDefault(s)).OfType<string>());
            ObjectRefs([.. refs.Distinct()]);
            w.WriteEndObject();
            losses.Add(new Loss(LossKind.KeptAsExtension, $"/claims/{index}", $"{claim.Kind} claim by {claimant}{outlet} → a STIX note (STIX has no claim): kind, modes and verification kept as text"));
        }

        private void Relationship(string type, string source, string target, string key, int? confidence, string? description = null)
        {
            Common("relationship", Id("relationship", incident.Id, $"{type}/{key}"));
            w.WriteString("relationship_type", type);
            if (description is not null)
            {
                w.WriteString("description", description);
            }

            w.WriteString("source_ref", source);
            w.WriteString("target_ref", target);
            if (confidence is { } c)
            {
                w.WriteNumber("confidence", c);
            }

            w.WriteEndObject();
        }

        private void ObjectRefs(params string[] refs)
        {
            w.WriteStartArray("object_refs");
            foreach (string r in refs)
            {
                w.WriteStringValue(r);
            }

            w.WriteEndArray();
        }
    }
}
