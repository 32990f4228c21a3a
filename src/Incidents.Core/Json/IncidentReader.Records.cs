using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using NodaTime;

namespace Incidents.Core.Json;

/// <summary>One reader per record of the wire format. Each reads to the end of its object even after a problem
/// (in collecting mode), so that one bad value does not hide the next.</summary>
internal sealed partial class IncidentReader
{
    private static readonly ElementReader<Incident> s_incident = static (IncidentReader self, ref Utf8JsonReader r, [MaybeNullWhen(false)] out Incident v) => self.ReadIncident(ref r, out v);
    private static readonly ElementReader<AttackMethod> s_method = static (IncidentReader self, ref Utf8JsonReader r, [MaybeNullWhen(false)] out AttackMethod v) => self.ReadAttackMethod(ref r, out v);
    private static readonly ElementReader<IncidentPhase> s_phase = static (IncidentReader self, ref Utf8JsonReader r, [MaybeNullWhen(false)] out IncidentPhase v) => self.ReadPhase(ref r, out v);
    private static readonly ElementReader<Actor> s_actor = static (IncidentReader self, ref Utf8JsonReader r, [MaybeNullWhen(false)] out Actor v) => self.ReadActor(ref r, out v);
    private static readonly ElementReader<Party> s_party = static (IncidentReader self, ref Utf8JsonReader r, [MaybeNullWhen(false)] out Party v) => self.ReadParty(ref r, out v);
    private static readonly ElementReader<CasualtyFigure> s_figure = static (IncidentReader self, ref Utf8JsonReader r, [MaybeNullWhen(false)] out CasualtyFigure v) => self.ReadCasualtyFigure(ref r, out v);
    private static readonly ElementReader<SourceAttribution> s_attribution = static (IncidentReader self, ref Utf8JsonReader r, [MaybeNullWhen(false)] out SourceAttribution v) => self.ReadAttribution(ref r, out v);
    private static readonly ElementReader<Claim> s_claim = static (IncidentReader self, ref Utf8JsonReader r, [MaybeNullWhen(false)] out Claim v) => self.ReadClaim(ref r, out v);
    private static readonly ElementReader<Source> s_source = static (IncidentReader self, ref Utf8JsonReader r, [MaybeNullWhen(false)] out Source v) => self.ReadSource(ref r, out v);
    private static readonly ElementReader<Campaign> s_campaign = static (IncidentReader self, ref Utf8JsonReader r, [MaybeNullWhen(false)] out Campaign v) => self.ReadCampaign(ref r, out v);
    private static readonly ElementReader<RelatedIncident> s_related = static (IncidentReader self, ref Utf8JsonReader r, [MaybeNullWhen(false)] out RelatedIncident v) => self.ReadRelated(ref r, out v);
    private static readonly ElementReader<string> s_text = static (IncidentReader self, ref Utf8JsonReader r, [MaybeNullWhen(false)] out string v) => self.Text(ref r, out v);
    private static readonly ElementReader<AttackMethodKind> s_methodKind = static (IncidentReader self, ref Utf8JsonReader r, out AttackMethodKind v) => self.Value(ref r, out v);
    private static readonly ElementReader<ActorId> s_actorId = static (IncidentReader self, ref Utf8JsonReader r, out ActorId v) => self.Id(ref r, out v);
    private static readonly ElementReader<SourceId> s_sourceId = static (IncidentReader self, ref Utf8JsonReader r, out SourceId v) => self.Id(ref r, out v);
    private static readonly ElementReader<ClaimMode> s_claimMode = static (IncidentReader self, ref Utf8JsonReader r, out ClaimMode v) => self.Value(ref r, out v);

    internal static ElementReader<Incident> IncidentElement => s_incident;

    internal static ElementReader<Timing> TimingElement { get; } = static (IncidentReader self, ref Utf8JsonReader r, [MaybeNullWhen(false)] out Timing v) => self.ReadTiming(ref r, out v);

    internal static ElementReader<Location> LocationElement { get; } = static (IncidentReader self, ref Utf8JsonReader r, [MaybeNullWhen(false)] out Location v) => self.ReadLocation(ref r, out v);

    internal static ElementReader<RecordMetadata> MetadataElement { get; } = static (IncidentReader self, ref Utf8JsonReader r, [MaybeNullWhen(false)] out RecordMetadata v) => self.ReadMetadata(ref r, SchemaVersion.Current, out v);

    internal static ElementReader<AttackMethod> AttackMethodElement => s_method;

    internal static ElementReader<IncidentPhase> PhaseElement => s_phase;

    internal static ElementReader<Actor> ActorElement => s_actor;

    internal static ElementReader<Party> PartyElement => s_party;

    internal static ElementReader<CasualtyFigure> CasualtyFigureElement => s_figure;

    internal static ElementReader<SourceAttribution> AttributionElement => s_attribution;

    internal static ElementReader<Claim> ClaimElement => s_claim;

    internal static ElementReader<Source> SourceElement => s_source;

    internal static ElementReader<Campaign> CampaignElement => s_campaign;

    internal static ElementReader<RelatedIncident> RelatedElement => s_related;

    /// <summary>Reads one incident document, starting at its first token (which must already be read).</summary>
    internal bool ReadIncident(ref Utf8JsonReader r, [NotNullWhen(true)] out Incident? value)
    {
        value = null;
        PropertyTable names = WireNames.Incident;
        if (!StartObject(ref r, "an incident object", out ObjectScope scope))
        {
            return false;
        }

        if (!CheckVersionFirst(ref r))
        {
            return false;
        }

        SchemaVersion version = default;
        IncidentId id = default;
        string? title = null, summary = null;
        Timing? timing = null;
        Location? location = null;
        EquatableArray<AttackMethod> methods = default;
        EquatableArray<IncidentPhase> phases = default;
        EquatableArray<Actor> actors = default;
        EquatableArray<Party> parties = default;
        EquatableArray<CasualtyFigure> casualties = default;
        EquatableArray<Claim> claims = default;
        EquatableArray<Source> sources = default;
        EquatableArray<Campaign> campaigns = default;
        EquatableArray<RelatedIncident> related = default;
        RecordMetadata? metadata = null;
        int depth = r.CurrentDepth;
        int index;
        while ((index = NextProperty(ref r, names, ref scope)) >= 0)
        {
            if (index == 0 && !Version(ref r, out version))
            {
                // (Collecting mode) a document of another major version is not this format: nothing more to say.
                SkipRestOfObject(ref r, depth, ref scope);
                return false;
            }

            scope.Ok &= index switch
            {
                0 => true,
                1 => Id(ref r, out id),
                2 => Text(ref r, out title),
                3 => OptionalText(ref r, out summary),
                4 => ReadTiming(ref r, out timing),
                5 => ReadLocation(ref r, out location),
                6 => Array(ref r, s_method, out methods),
                7 => Array(ref r, s_phase, out phases),
                8 => Array(ref r, s_actor, out actors) && UniqueIds(ref r, "actors", actors, static a => a.Id, "id"),
                9 => Array(ref r, s_party, out parties),
                10 => Array(ref r, s_figure, out casualties),
                11 => Array(ref r, s_claim, out claims),
                12 => Array(ref r, s_source, out sources) && UniqueIds(ref r, "sources", sources, static x => x.Id, "id"),
                13 => Array(ref r, s_campaign, out campaigns),
                14 => Array(ref r, s_related, out related),
                _ => ReadMetadata(ref r, version, out metadata),
            };
        }

        if (!Required(ref r, names, ref scope, "An incident"))
        {
            return false;
        }

        try
        {
            value = new Incident
            {
                Id = id,
                Title = title!,
                Summary = summary,
                Timing = timing!,
                Location = location!,
                Methods = methods,
                Phases = phases,
                Actors = actors,
                Parties = parties,
                Casualties = casualties,
                Claims = claims,
                Sources = sources,
                Campaigns = campaigns,
                Related = related,
                Metadata = metadata!.SchemaVersion == version ? metadata : metadata with { SchemaVersion = version },
                Extensions = scope.ExtensionArray,
            };
            return true;
        }
        catch (ArgumentException e)
        {
            return Invariant(ref r, e);
        }
    }

    /// <summary>Reads <c>schemaVersion</c> and rejects a major version other than the library's.</summary>
    private bool Version(ref Utf8JsonReader r, out SchemaVersion version)
    {
        version = default;
        if (r.TokenType == JsonTokenType.String && !r.HasValueSequence && TryGetMajor(r.ValueSpan, out int major) && major != SchemaVersion.Current.Major)
        {
            // "0.9", "2.0": a version, of another major (0 is no version the model can hold, but it is not 1.x either).
            return Fail(ref r, JsonProblemKind.UnsupportedVersion, Unsupported(System.Text.Encoding.ASCII.GetString(r.ValueSpan)));
        }

        return Value(ref r, out version)
            && (version.Major == SchemaVersion.Current.Major || Fail(ref r, JsonProblemKind.UnsupportedVersion, Unsupported(version.ToString())));
    }

    private static string Unsupported(string version) =>
        $"Schema version {version} is not supported: this library reads format {SchemaVersion.Current.Major}.x (written by it: {SchemaVersion.Current}); a new major version changes the meaning of existing properties.";

    /// <summary>Returns the major version of a <c>major.minor</c> text of digits.</summary>
    private static bool TryGetMajor(ReadOnlySpan<byte> text, out int major)
    {
        major = 0;
        int dot = text.IndexOf((byte)'.');
        return dot is > 0 and <= 9 && dot < text.Length - 1 && text.IndexOfAnyExceptInRange((byte)'0', (byte)'9') == dot
            && text[(dot + 1)..].IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0 && int.TryParse(text[..dot], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out major);
    }

    /// <summary>When <c>schemaVersion</c> is not the first property (canonical documents put it first), looks
    /// ahead for it so that a document of an unsupported major version fails on its version, not on whatever
    /// changed first.</summary>
    private bool CheckVersionFirst(ref Utf8JsonReader r)
    {
        Utf8JsonReader ahead = r;
        if (!ahead.Read() || ahead.TokenType != JsonTokenType.PropertyName || ahead.ValueTextEquals("schemaVersion"u8))
        {
            return true;
        }

        try
        {
            int depth = ahead.CurrentDepth;
            do
            {
                if (ahead.TokenType == JsonTokenType.PropertyName && ahead.CurrentDepth == depth && ahead.ValueTextEquals("schemaVersion"u8))
                {
                    ahead.Read();
                    if (ahead.TokenType == JsonTokenType.String && !ahead.HasValueSequence && TryGetMajor(ahead.ValueSpan, out int major)
                        && major != SchemaVersion.Current.Major)
                    {
                        _location.Push("schemaVersion");
                        Fail(ref ahead, JsonProblemKind.UnsupportedVersion, Unsupported(System.Text.Encoding.ASCII.GetString(ahead.ValueSpan)));
                        _location.Pop();

                        // (Collecting mode) the rest of a document of another major version is not this format: skip it.
                        r.Skip();
                        return false;
                    }

                    return true;
                }

                ahead.Skip();
            }
            while (ahead.Read() && ahead.TokenType != JsonTokenType.EndObject);
        }
        catch (JsonException)
        {
            // A syntax error further on: the normal pass reports it at its place.
        }

        return true;
    }

    private bool ReadMetadata(ref Utf8JsonReader r, SchemaVersion version, [NotNullWhen(true)] out RecordMetadata? value)
    {
        value = null;
        PropertyTable names = WireNames.RecordMetadata;
        if (!StartObject(ref r, "a metadata object", out ObjectScope scope))
        {
            return false;
        }

        int revision = 1;
        Instant created = default, modified = default;
        string? note = null;
        int index;
        while ((index = NextProperty(ref r, names, ref scope)) >= 0)
        {
            scope.Ok &= index switch
            {
                0 => r.TokenType == JsonTokenType.Null || Count(ref r, 1, out revision),
                1 => Instant(ref r, out created),
                2 => Instant(ref r, out modified),
                _ => OptionalText(ref r, out note),
            };
        }

        if (!Required(ref r, names, ref scope, "The metadata"))
        {
            return false;
        }

        try
        {
            value = new RecordMetadata
            {
                SchemaVersion = version,
                Revision = revision,
                Created = created,
                Modified = modified,
                RevisionNote = note,
                Extensions = scope.ExtensionArray,
            };
            return true;
        }
        catch (ArgumentException e)
        {
            return Invariant(ref r, e);
        }
    }

    private bool ReadTiming(ref Utf8JsonReader r, [NotNullWhen(true)] out Timing? value)
    {
        value = null;
        PropertyTable names = WireNames.Timing;
        if (!StartObject(ref r, "a timing object", out ObjectScope scope))
        {
            return false;
        }

        PartialDate date = default;
        PartialDate? endDate = null;
        ApproximateTime? time = null, endTime = null;
        DateTimeZone? zone = null;
        DurationEstimate? duration = null;
        string? wording = null;
        int index;
        while ((index = NextProperty(ref r, names, ref scope)) >= 0)
        {
            scope.Ok &= index switch
            {
                0 => Value(ref r, out date),
                1 => OptionalValue(ref r, out endDate),
                2 => OptionalValue(ref r, out time),
                3 => OptionalValue(ref r, out endTime),
                4 => Zone(ref r, out zone),
                5 => OptionalValue(ref r, out duration),
                _ => OptionalText(ref r, out wording),
            };
        }

        if (!Required(ref r, names, ref scope, "A timing"))
        {
            return false;
        }

        try
        {
            value = new Timing
            {
                Date = date,
                EndDate = endDate,
                TimeOfDay = time,
                EndTimeOfDay = endTime,
                Zone = zone,
                Duration = duration,
                Wording = wording,
                Extensions = scope.ExtensionArray,
            };
            return true;
        }
        catch (ArgumentException e)
        {
            return Invariant(ref r, e);
        }
    }

    private bool ReadLocation(ref Utf8JsonReader r, [NotNullWhen(true)] out Location? value)
    {
        value = null;
        PropertyTable names = WireNames.Location;
        if (!StartObject(ref r, "a location object", out ObjectScope scope))
        {
            return false;
        }

        LocationPrecision precision = default;
        CountryCode? country = null;
        string? admin1 = null, admin2 = null, place = null, facility = null, description = null;
        EquatableArray<string> alternativeNames = default;
        GeoCoordinate? coordinates = null;
        int index;
        while ((index = NextProperty(ref r, names, ref scope)) >= 0)
        {
            scope.Ok &= index switch
            {
                0 => Enum(ref r, out precision),
                1 => OptionalValue(ref r, out country),
                2 => OptionalText(ref r, out admin1),
                3 => OptionalText(ref r, out admin2),
                4 => OptionalText(ref r, out place),
                5 => OptionalText(ref r, out facility),
                6 => Array(ref r, s_text, out alternativeNames),
                7 => OptionalText(ref r, out description),
                _ => OptionalValue(ref r, out coordinates),
            };
        }

        if (!Required(ref r, names, ref scope, "A location"))
        {
            return false;
        }

        try
        {
            value = new Location
            {
                Precision = precision,
                Country = country,
                Admin1 = admin1,
                Admin2 = admin2,
                Place = place,
                Facility = facility,
                AlternativeNames = alternativeNames,
                Description = description,
                Coordinates = coordinates,
                Extensions = scope.ExtensionArray,
            };
            return true;
        }
        catch (ArgumentException e)
        {
            return Invariant(ref r, e);
        }
    }

    private bool ReadAttackMethod(ref Utf8JsonReader r, [NotNullWhen(true)] out AttackMethod? value)
    {
        value = null;
        PropertyTable names = WireNames.AttackMethod;
        if (!StartObject(ref r, "an attack method object", out ObjectScope scope))
        {
            return false;
        }

        AttackMethodKind kind = default;
        int count = 0;
        bool? suicide = null;
        string? target = null, description = null;
        int index;
        while ((index = NextProperty(ref r, names, ref scope)) >= 0)
        {
            scope.Ok &= index switch
            {
                0 => Value(ref r, out kind),
                1 => r.TokenType == JsonTokenType.Null || Count(ref r, 1, out count),
                2 => r.TokenType == JsonTokenType.Null || (Boolean(ref r, out bool flag) && (suicide = flag) is not null),
                3 => OptionalText(ref r, out target),
                _ => OptionalText(ref r, out description),
            };
        }

        if (!Required(ref r, names, ref scope, "An attack method"))
        {
            return false;
        }

        try
        {
            value = new AttackMethod
            {
                Kind = kind,
                Count = count == 0 ? null : count,
                IsSuicide = suicide,
                Target = target,
                Description = description,
                Extensions = scope.ExtensionArray,
            };
            return true;
        }
        catch (ArgumentException e)
        {
            return Invariant(ref r, e);
        }
    }

    private bool ReadPhase(ref Utf8JsonReader r, [NotNullWhen(true)] out IncidentPhase? value)
    {
        value = null;
        PropertyTable names = WireNames.IncidentPhase;
        if (!StartObject(ref r, "a phase object", out ObjectScope scope))
        {
            return false;
        }

        string? name = null, description = null;
        EquatableArray<AttackMethodKind> methods = default;
        EquatableArray<ActorId> actors = default;
        int index;
        while ((index = NextProperty(ref r, names, ref scope)) >= 0)
        {
            scope.Ok &= index switch
            {
                0 => Text(ref r, out name),
                1 => OptionalText(ref r, out description),
                2 => Array(ref r, s_methodKind, out methods),
                _ => Array(ref r, s_actorId, out actors),
            };
        }

        if (!Required(ref r, names, ref scope, "A phase"))
        {
            return false;
        }

        try
        {
            value = new IncidentPhase { Name = name!, Description = description, Methods = methods, Actors = actors, Extensions = scope.ExtensionArray };
            return true;
        }
        catch (ArgumentException e)
        {
            return Invariant(ref r, e);
        }
    }

    private bool ReadActor(ref Utf8JsonReader r, [NotNullWhen(true)] out Actor? value)
    {
        value = null;
        PropertyTable names = WireNames.Actor;
        if (!StartObject(ref r, "an actor object", out ObjectScope scope))
        {
            return false;
        }

        ActorId id = default;
        string? name = null, description = null;
        ActorKind kind = default;
        EquatableArray<string> aliases = default;
        ActorId? affiliatedWith = null;
        int index;
        while ((index = NextProperty(ref r, names, ref scope)) >= 0)
        {
            scope.Ok &= index switch
            {
                0 => Id(ref r, out id),
                1 => Text(ref r, out name),
                2 => r.TokenType == JsonTokenType.Null || Value(ref r, out kind),
                3 => Array(ref r, s_text, out aliases),
                4 => OptionalId(ref r, out affiliatedWith),
                _ => OptionalText(ref r, out description),
            };
        }

        if (!Required(ref r, names, ref scope, "An actor"))
        {
            return false;
        }

        try
        {
            value = new Actor { Id = id, Name = name!, Kind = kind, Aliases = aliases, AffiliatedWith = affiliatedWith, Description = description, Extensions = scope.ExtensionArray };
            return true;
        }
        catch (ArgumentException e)
        {
            return Invariant(ref r, e);
        }
    }

    private bool ReadParty(ref Utf8JsonReader r, [NotNullWhen(true)] out Party? value)
    {
        value = null;
        PropertyTable names = WireNames.Party;
        if (!StartObject(ref r, "a party object", out ObjectScope scope))
        {
            return false;
        }

        ActorId actor = default;
        PartyRole role = default;
        AttributionCertainty? attribution = null;
        string? description = null;
        int index;
        while ((index = NextProperty(ref r, names, ref scope)) >= 0)
        {
            scope.Ok &= index switch
            {
                0 => Id(ref r, out actor),
                1 => Value(ref r, out role),
                2 => OptionalEnum(ref r, out attribution),
                _ => OptionalText(ref r, out description),
            };
        }

        if (!Required(ref r, names, ref scope, "A party"))
        {
            return false;
        }

        try
        {
            value = new Party { Actor = actor, Role = role, Attribution = attribution, Description = description, Extensions = scope.ExtensionArray };
            return true;
        }
        catch (ArgumentException e)
        {
            return Invariant(ref r, e);
        }
    }

    private bool ReadCasualtyFigure(ref Utf8JsonReader r, [NotNullWhen(true)] out CasualtyFigure? value)
    {
        value = null;
        PropertyTable names = WireNames.CasualtyFigure;
        if (!StartObject(ref r, "a casualty figure object", out ObjectScope scope))
        {
            return false;
        }

        ActorId? party = null;
        CasualtyKind kind = default;
        CasualtyRange? range = null;
        string? wording = null, description = null;
        EquatableArray<SourceAttribution> attributions = default;
        int index;
        while ((index = NextProperty(ref r, names, ref scope)) >= 0)
        {
            scope.Ok &= index switch
            {
                0 => OptionalId(ref r, out party),
                1 => Value(ref r, out kind),
                2 => r.TokenType == JsonTokenType.Null || (Range(ref r, out CasualtyRange parsed) && (range = parsed) is not null),
                3 => OptionalText(ref r, out wording),
                4 => OptionalText(ref r, out description),
                _ => Array(ref r, s_attribution, out attributions),
            };
        }

        if (!Required(ref r, names, ref scope, "A casualty figure"))
        {
            return false;
        }

        try
        {
            value = new CasualtyFigure { Party = party, Kind = kind, Range = range, Wording = wording, Description = description, Attributions = attributions, Extensions = scope.ExtensionArray };
            return true;
        }
        catch (ArgumentException e)
        {
            return Invariant(ref r, e);
        }
    }

    /// <summary>Reads a casualty range: the canonical object <c>{"low":35,"best":35,"high":35}</c> (each bound
    /// optional, at least one present), or a short form: a whole number (exactly that many) or the range's text
    /// form (<c>"at least 11"</c>, <c>"10-15"</c>, <c>"dozens"</c>).</summary>
    internal bool Range(ref Utf8JsonReader r, out CasualtyRange value)
    {
        value = default;
        switch (r.TokenType)
        {
            case JsonTokenType.Number:
                if (!Count(ref r, 0, out int exact))
                {
                    return false;
                }

                value = CasualtyRange.Exactly(exact);
                NoteRangeShortForm(ref r, value);
                return true;
            case JsonTokenType.String:
                if (!RangeText(ref r, out value))
                {
                    return false;
                }

                NoteRangeShortForm(ref r, value);
                return true;
            case JsonTokenType.StartObject:
                break;
            default:
                return WrongType(ref r, "a casualty range: an object {\"low\",\"best\",\"high\"}, a whole number or a text such as 'at least 11'");
        }

        PropertyTable names = WireNames.CasualtyRange;
        bool ok = true;
        ulong seen = 0;
        int low = 0, best = 0, high = 0, hint = 0;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            int index = names.Match(ref r, hint++);
            string? name = index >= 0 ? names.Names[index] : null;
            if (index == PropertyTable.InvalidName)
            {
                Fail(ref r, JsonProblemKind.InvalidEncoding, "A property name holds an escape that is not a Unicode scalar value (an unpaired surrogate such as \\ud800).");
                name = null;
            }

            if (name is null && (index == PropertyTable.InvalidName || !TryGetPropertyName(ref r, out name)))
            {
                ok = false;
                r.Read();
                r.Skip();
                continue;
            }

            _location.Push(name);
            r.Read();
            if (index < 0)
            {
                ok = FailAndSkip(ref r, JsonProblemKind.InvalidValue, $"A casualty range has only 'low', 'best' and 'high'; '{Printable(name)}' is not one of them (a range is a closed value: new facts about a figure belong on the figure).");
            }
            else if ((seen & (1UL << index)) != 0)
            {
                ok = FailAndSkip(ref r, JsonProblemKind.DuplicateProperty, $"The property '{name}' appears more than once in this object.");
            }
            else if (r.TokenType != JsonTokenType.Null)
            {
                seen |= 1UL << index;
                int count = 0;
                ok &= Count(ref r, 0, out count);
                _ = index == 0 ? low = count : index == 1 ? best = count : high = count;
            }

            _location.Pop();
        }

        if (!ok)
        {
            return false;
        }

        try
        {
            value = new CasualtyRange((seen & 1) != 0 ? low : null, (seen & 2) != 0 ? best : null, (seen & 4) != 0 ? high : null);
            return true;
        }
        catch (ArgumentException e)
        {
            return Fail(ref r, JsonProblemKind.Invariant, e.Message[..Math.Max(0, e.ParamName is null ? e.Message.Length : e.Message.LastIndexOf(" (Parameter", StringComparison.Ordinal))]);
        }
    }

    private bool RangeText(ref Utf8JsonReader r, out CasualtyRange value)
    {
        value = default;
        if (!TryGetString(ref r, out string? text))
        {
            return false;
        }

        if (!CasualtyRange.TryParse(text, Options.Quantifiers, out value, out Parsing.ParseError error))
        {
            // "10-5" is a range with its bounds out of order: the model's invariant, as for {"low":10,"high":5}.
            return Fail(ref r, error.Kind == Parsing.ParseErrorKind.BoundsOutOfOrder ? JsonProblemKind.Invariant : JsonProblemKind.InvalidValue,
                $"'{Printable(text)}' is not a casualty range: {error}");
        }

        // The text grammar is for people ("about 40", "more than 10"); the wire takes its numeric forms and the
        // table's vague words only, as the schema's pattern says.
        return WirePatterns.IsMatch(WirePatterns.RangeText(Options.Quantifiers), text)
            || Fail(ref r, JsonProblemKind.InvalidValue, $"'{Printable(text)}' is not a casualty range as the format writes one in text ('35', '~3,500', 'at least 11', 'at most 5', '10-15', '10-15 (best 12)' or a vague word such as 'dozens'); write {RangeObject(value)}.");
    }

    private void NoteRangeShortForm(ref Utf8JsonReader r, CasualtyRange value) =>
        Note(ref r, JsonProblemKind.NonCanonical, $"A casualty range in a short form is accepted; the canonical form is {RangeObject(value)}.");

    private static string RangeObject(CasualtyRange value)
    {
        var parts = new List<string>(3);
        if (value.Low is { } low)
        {
            parts.Add($"\"low\":{low}");
        }

        if (value.Best is { } best)
        {
            parts.Add($"\"best\":{best}");
        }

        if (value.High is { } high)
        {
            parts.Add($"\"high\":{high}");
        }

        return "{" + string.Join(',', parts) + "}";
    }

    private bool ReadAttribution(ref Utf8JsonReader r, [NotNullWhen(true)] out SourceAttribution? value)
    {
        value = null;
        PropertyTable names = WireNames.SourceAttribution;
        if (!StartObject(ref r, "an attribution object", out ObjectScope scope))
        {
            return false;
        }

        SourceId source = default;
        SourceStance stance = default;
        int index;
        while ((index = NextProperty(ref r, names, ref scope)) >= 0)
        {
            scope.Ok &= index switch
            {
                0 => Id(ref r, out source),
                _ => r.TokenType == JsonTokenType.Null || Enum(ref r, out stance),
            };
        }

        if (!Required(ref r, names, ref scope, "An attribution"))
        {
            return false;
        }

        try
        {
            value = new SourceAttribution(source, stance) { Extensions = scope.ExtensionArray };
            return true;
        }
        catch (ArgumentException e)
        {
            return Invariant(ref r, e);
        }
    }

    private bool ReadClaim(ref Utf8JsonReader r, [NotNullWhen(true)] out Claim? value)
    {
        value = null;
        PropertyTable names = WireNames.Claim;
        if (!StartObject(ref r, "a claim object", out ObjectScope scope))
        {
            return false;
        }

        ClaimKind kind = default;
        ActorId? claimant = null, outlet = null;
        EquatableArray<ClaimMode> modes = default;
        PartialDate? date = null;
        string? quote = null, language = null, note = null;
        ClaimVerification verification = default;
        AdmiraltyRating? rating = null;
        EquatableArray<SourceId> sources = default;
        int index;
        while ((index = NextProperty(ref r, names, ref scope)) >= 0)
        {
            scope.Ok &= index switch
            {
                0 => Enum(ref r, out kind),
                1 => OptionalId(ref r, out claimant),
                2 => OptionalId(ref r, out outlet),
                3 => Array(ref r, s_claimMode, out modes),
                4 => OptionalValue(ref r, out date),
                5 => OptionalText(ref r, out quote),
                6 => OptionalText(ref r, out language),
                7 => r.TokenType == JsonTokenType.Null || Enum(ref r, out verification),
                8 => OptionalValue(ref r, out rating),
                9 => Array(ref r, s_sourceId, out sources),
                _ => OptionalText(ref r, out note),
            };
        }

        if (!Required(ref r, names, ref scope, "A claim"))
        {
            return false;
        }

        try
        {
            value = new Claim
            {
                Kind = kind,
                Claimant = claimant,
                Outlet = outlet,
                Modes = modes,
                Date = date,
                Quote = quote,
                Language = language,
                Verification = verification,
                Rating = rating,
                Sources = sources,
                Note = note,
                Extensions = scope.ExtensionArray,
            };
            return true;
        }
        catch (ArgumentException e)
        {
            return Invariant(ref r, e);
        }
    }

    private bool ReadSource(ref Utf8JsonReader r, [NotNullWhen(true)] out Source? value)
    {
        value = null;
        PropertyTable names = WireNames.Source;
        if (!StartObject(ref r, "a source object", out ObjectScope scope))
        {
            return false;
        }

        SourceId id = default;
        string? name = null, title = null;
        SourceKind kind = default;
        Uri? url = null;
        PartialDate? publishedOn = null;
        AdmiraltyRating? rating = null;
        ActorId? originator = null;
        int index;
        while ((index = NextProperty(ref r, names, ref scope)) >= 0)
        {
            scope.Ok &= index switch
            {
                0 => Id(ref r, out id),
                1 => Text(ref r, out name),
                2 => r.TokenType == JsonTokenType.Null || Value(ref r, out kind),
                3 => OptionalText(ref r, out title),
                4 => Url(ref r, out url),
                5 => OptionalValue(ref r, out publishedOn),
                6 => OptionalValue(ref r, out rating),
                _ => OptionalId(ref r, out originator),
            };
        }

        if (!Required(ref r, names, ref scope, "A source"))
        {
            return false;
        }

        try
        {
            value = new Source
            {
                Id = id,
                Name = name!,
                Kind = kind,
                Title = title,
                Url = url,
                PublishedOn = publishedOn,
                Rating = rating,
                Originator = originator,
                Extensions = scope.ExtensionArray,
            };
            return true;
        }
        catch (ArgumentException e)
        {
            return Invariant(ref r, e);
        }
    }

    private bool ReadCampaign(ref Utf8JsonReader r, [NotNullWhen(true)] out Campaign? value)
    {
        value = null;
        PropertyTable names = WireNames.Campaign;
        if (!StartObject(ref r, "a campaign object", out ObjectScope scope))
        {
            return false;
        }

        string? name = null, description = null, objective = null;
        EquatableArray<string> aliases = default;
        int index;
        while ((index = NextProperty(ref r, names, ref scope)) >= 0)
        {
            scope.Ok &= index switch
            {
                0 => Text(ref r, out name),
                1 => Array(ref r, s_text, out aliases),
                2 => OptionalText(ref r, out description),
                _ => OptionalText(ref r, out objective),
            };
        }

        if (!Required(ref r, names, ref scope, "A campaign"))
        {
            return false;
        }

        try
        {
            value = new Campaign { Name = name!, Aliases = aliases, Description = description, Objective = objective, Extensions = scope.ExtensionArray };
            return true;
        }
        catch (ArgumentException e)
        {
            return Invariant(ref r, e);
        }
    }

    private bool ReadRelated(ref Utf8JsonReader r, [NotNullWhen(true)] out RelatedIncident? value)
    {
        value = null;
        PropertyTable names = WireNames.RelatedIncident;
        if (!StartObject(ref r, "a related-incident object", out ObjectScope scope))
        {
            return false;
        }

        IncidentId incident = default;
        IncidentRelation relation = default;
        int index;
        while ((index = NextProperty(ref r, names, ref scope)) >= 0)
        {
            scope.Ok &= index switch
            {
                0 => Id(ref r, out incident),
                _ => r.TokenType == JsonTokenType.Null || Enum(ref r, out relation),
            };
        }

        if (!Required(ref r, names, ref scope, "A related incident"))
        {
            return false;
        }

        try
        {
            value = new RelatedIncident(incident, relation) { Extensions = scope.ExtensionArray };
            return true;
        }
        catch (ArgumentException e)
        {
            return Invariant(ref r, e);
        }
    }
}
