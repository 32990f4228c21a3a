using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Incidents.Core.Interop.CodeMaps;
using NodaTime;
using NodaTime.Text;

namespace Incidents.Core.Interop.Stix;

/// <summary>Exports an incident as a STIX 2.1 bundle: the <c>incident</c>; a <c>threat-actor</c> or <c>identity</c>
/// per actor; an <c>attack-pattern</c> per method; <c>campaign</c>s; a <c>location</c>; a <c>report</c> per source;
/// a <c>note</c> per claim and one for the casualty figures; and the <c>relationship</c>s between them
/// (<c>attributed-to</c>, <c>uses</c>, <c>targets</c>, <c>located-at</c>, <c>related-to</c>). With a
/// <see cref="LossReport"/> of what STIX cannot hold.</summary>
/// <remarks>
/// <para>Deterministic: ids are UUIDv5 from the incident's id and each object's key, <c>created</c> is the record's
/// creation and <c>modified</c> its last modification (UTC, exactly three fractional digits), and objects are written
/// in a fixed order — so an unchanged incident exports byte-identical bundles, and <c>modified</c> moves only when the
/// record is revised.</para>
/// <para>Admiralty credibility becomes STIX <c>confidence</c> by the published scale: 1 → 90, 2 → 70, 3 → 50, 4 → 30,
/// 5 → 10, 6 (cannot be judged) → no confidence.</para>
/// </remarks>
public static class StixExporter
{
    /// <summary>The namespace of the UUIDv5 ids (a fixed, random UUID of this library).</summary>
    public static Guid IdNamespace { get; } = new("6f2c1e7a-3d5b-4c89-9a41-2b7e8d0c5f13");

    private static readonly InstantPattern s_timestamp = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss.fff'Z'");
    private static readonly JsonWriterOptions s_writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, IndentSize = 2, NewLine = "\n" };

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

        UncarriedFacts.ReportLost(incident, losses, "STIX", UncarriedFacts.Carried.Campaigns | UncarriedFacts.Carried.ClaimDetails);

        return new Mapping<string>(Encoding.UTF8.GetString(buffer.WrittenSpan), new LossReport([.. losses]));
    }

    /// <summary>Makes the id of one object: <c>{type}--{UUIDv5(namespace, "{incident id}/{key}")}</c>.</summary>
    internal static string Id(string type, IncidentId incident, string key) => $"{type}--{UuidV5(IdNamespace, $"{incident}/{key}"):D}";

    /// <summary>The identifier of an object shared by incidents (a campaign with a <see cref="CampaignId"/>): the same
    /// in every incident's bundle, so that bundles merge.</summary>
    internal static string SharedId(string type, string key) => $"{type}--{UuidV5(IdNamespace, $"shared/{key}"):D}";

    /// <summary>A name-based UUID, version 5 (SHA-1), as RFC 9562 defines it.</summary>
    internal static Guid UuidV5(Guid namespaceId, string name)
    {
        Span<byte> ns = stackalloc byte[16];
        namespaceId.TryWriteBytes(ns, bigEndian: true, out _);
        byte[] input = [.. ns, .. Encoding.UTF8.GetBytes(name)];
#pragma warning disable CA5350 // UUIDv5 is defined on SHA-1 (RFC 9562); this is naming, not security.
        byte[] hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    private sealed class BundleWriter(Incident incident, Utf8JsonWriter w, List<Loss> losses)
    {
        private readonly string _created = s_timestamp.Format(incident.Metadata.Created);
        private readonly string _modified = s_timestamp.Format(incident.Metadata.Modified);
        private readonly string _incidentId = Id("incident", incident.Id, "incident");

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

            w.WriteEndObject();
            Timing();

            var actorIds = new Dictionary<ActorId, string>();
            foreach (Actor actor in incident.Actors)
            {
                actorIds[actor.Id] = ActorObject(actor);
            }

            var patternIds = new List<string>();
            foreach ((int index, AttackMethod method) in UncarriedFacts.MethodsUsed(incident, losses, "STIX"))
            {
                patternIds.Add(AttackPattern(method, index));
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

            // Relationships.
            foreach (Party party in incident.Parties)
            {
                if (!actorIds.TryGetValue(party.Actor, out string? actor))
                {
                    continue;
                }

                if (party.Role == PartyRole.Perpetrator)
                {
                    Relationship("attributed-to", _incidentId, actor, $"party/{party.Actor}/{party.Role}", Confidence(party.Attribution));
                    foreach (string pattern in patternIds)
                    {
                        Relationship("uses", actor, pattern, $"uses/{party.Actor}/{pattern}", null);
                    }
                }
                else if (party.Role == PartyRole.Target || party.Role == PartyRole.Victim || party.Role == PartyRole.Defender)
                {
                    foreach (Party perpetrator in incident.Parties.AsImmutableArray().Where(p => p.Role == PartyRole.Perpetrator && actorIds.ContainsKey(p.Actor) && IsThreatActor(p.Actor)))
                    {
                        Relationship("targets", actorIds[perpetrator.Actor], actor, $"targets/{perpetrator.Actor}/{party.Actor}", null);
                    }
                }
                else
                {
                    Relationship("related-to", _incidentId, actor, $"party/{party.Actor}/{party.Role}", null);
                    losses.Add(new Loss(LossKind.Coarsened, $"/parties/{party.Actor}", $"role '{party.Role}' → STIX related-to (no STIX relationship for it)"));
                }
            }

            if (locationId is not null)
            {
                Relationship("located-at", _incidentId, locationId, "located-at", null);
            }

            foreach (string campaign in campaignIds)
            {
                Relationship("related-to", campaign, _incidentId, $"campaign/{campaign}", null);
            }

            foreach (RelatedIncident related in incident.Related)
            {
                Relationship("related-to", _incidentId, Id("incident", related.Incident, "incident"), $"related/{related.Incident}", null, $"{related.Relation}: {related.Incident}");
                losses.Add(new Loss(LossKind.Coarsened, "/related", $"{related.Relation} {related.Incident} → related-to (the relation's kind is in the relationship's description)"));
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        private bool IsThreatActor(ActorId id) => incident.Actors.AsImmutableArray().FirstOrDefault(a => a.Id == id) is { } a && ThreatActorKind(a);

        private static bool ThreatActorKind(Actor a) => a.Kind == ActorKind.NonStateArmedGroup || a.Kind == ActorKind.Detainees;

        private void Common(string type, string id)
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            w.WriteString("spec_version", "2.1");
            w.WriteString("id", id);
            w.WriteString("created", _created);
            w.WriteString("modified", _modified);
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
            w.WriteString("content", $"Date: {t.Date}{(t.EndDate is { } end ? $" to {end}" : string.Empty)}"
                + (t.TimeOfDay is { } tod ? $"; local time {tod}" : string.Empty)
                + (t.Zone is { } z ? $" ({z.Id})" : string.Empty)
                + instant
                + (t.Duration is { } dur ? $"; duration {dur}" : string.Empty)
                + (t.Wording is { } wording ? $"; as reported: \"{wording}\"" : string.Empty));
            ObjectRefs(_incidentId);
            w.WriteEndObject();
        }

        private string ActorObject(Actor actor)
        {
            bool threat = ThreatActorKind(actor);
            string type = threat ? "threat-actor" : "identity";
            string id = Id(type, incident.Id, $"actor/{actor.Id}");
            Common(type, id);
            w.WriteString("name", actor.Name);
            if (actor.Description is { } description)
            {
                w.WriteString("description", description);
            }

            if (threat && !actor.Aliases.IsEmpty)
            {
                w.WriteStartArray("aliases");
                foreach (string alias in actor.Aliases)
                {
                    w.WriteStringValue(alias);
                }

                w.WriteEndArray();
            }
            else if (!threat)
            {
                w.WriteString("identity_class", actor.Kind == ActorKind.Individual ? "individual" : actor.Kind == ActorKind.Civilians ? "class" : "organization");
                if (!actor.Aliases.IsEmpty)
                {
                    losses.Add(new Loss(LossKind.Dropped, $"/actors/{actor.Id}/aliases", "a STIX identity has no aliases"));
                }
            }

            w.WriteEndObject();
            return id;
        }

        private string AttackPattern(AttackMethod method, int index)
        {
            string id = Id("attack-pattern", incident.Id, $"method/{index}/{method.Kind}");
            Common("attack-pattern", id);
            w.WriteString("name", method.Kind.Code);
            string capec = EventCodeMaps.ToCameo(method.Kind).Value;
            w.WriteString("description", (method.Description ?? method.Kind.Code) + (method.Target is { } target ? $" (target: {target})" : string.Empty) + $"; CAMEO {capec}");
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
            if (l.Country is null && l.Coordinates is null)
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

            if (l.Country is { } country)
            {
                w.WriteString("country", country.ToString());
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

        private string CampaignObject(Campaign campaign)
        {
            string id = campaign.Id is { } shared ? SharedId("campaign", $"campaign/{shared}") : Id("campaign", incident.Id, $"campaign/{campaign.Name}");
            Common("campaign", id);
            w.WriteString("name", campaign.Name);
            if (campaign.FirstSeen is { } first)
            {
                w.WriteString("first_seen", $"{new PartialDate(first.Earliest.Year, first.Earliest.Month, first.Earliest.Day)}T00:00:00Z");
            }

            if (campaign.LastSeen is { } last)
            {
                w.WriteString("last_seen", $"{new PartialDate(last.Latest.Year, last.Latest.Month, last.Latest.Day)}T23:59:59Z");
            }
            if (campaign.Description is { } description)
            {
                w.WriteString("description", description);
            }

            if (!campaign.Aliases.IsEmpty)
            {
                w.WriteStartArray("aliases");
                foreach (string alias in campaign.Aliases)
                {
                    w.WriteStringValue(alias);
                }

                w.WriteEndArray();
            }

            if (campaign.Objective is { } objective)
            {
                w.WriteString("objective", objective);
            }

            w.WriteEndObject();
            return id;
        }

        private string Report(Source source)
        {
            string id = Id("report", incident.Id, $"source/{source.Id}");
            Common("report", id);
            w.WriteString("name", source.Title ?? source.Name);
            w.WriteStartArray("report_types");
            w.WriteStringValue("threat-report");
            w.WriteEndArray();
            Instant published = source.PublishedOn is { } p ? p.Earliest.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() : incident.Metadata.Created;
            w.WriteString("published", s_timestamp.Format(published));
            if (source.PublishedOn is not { Precision: DatePrecision.Day })
            {
                losses.Add(new Loss(LossKind.Coarsened, $"/sources/{source.Id}/publishedOn", source.PublishedOn is { } d
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
                w.WriteStartArray("external_references");
                w.WriteStartObject();
                w.WriteString("source_name", source.Name);
                w.WriteString("url", url.AbsoluteUri);
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WriteEndObject();
            return id;
        }

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
            string claimant = claim.Claimant is { } c ? incident.Actors.AsImmutableArray().FirstOrDefault(a => a.Id == c)?.Name ?? c.ToString() : "unknown";
            string outlet = claim.Outlet is { } o ? $" through {incident.Actors.AsImmutableArray().FirstOrDefault(a => a.Id == o)?.Name ?? o.ToString()}" : string.Empty;
            Common("note", Id("note", incident.Id, $"claim/{index}"));
            string Name(ActorId id) => incident.Actors.AsImmutableArray().FirstOrDefault(a => a.Id == id)?.Name ?? id.ToString();
            string details = (claim.Speaker is { } speaker ? $"; spoken by {Name(speaker)}" : string.Empty)
                + (claim.Named.IsEmpty ? string.Empty : $"; names {string.Join(", ", claim.Named.AsImmutableArray().Select(Name))}")
                + (claim.Subject is { } subject ? $"; about \"{subject}\"" : string.Empty);
            w.WriteString("abstract", $"{claim.Kind} claim by {claimant}{outlet}{(claim.Date is { } d ? $" on {d}" : string.Empty)}{details}");
            w.WriteString("content", claim.Quote ?? claim.Note ?? $"{claim.Kind} ({string.Join(", ", claim.Modes)})");
            if (claim.Rating is { } rating && StixExporter.Confidence(rating.Credibility) is { } confidence)
            {
                w.WriteNumber("confidence", confidence);
            }

            if (claim.Language is { } language)
            {
                w.WriteString("lang", language);
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
