using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.Text;
using nietras.SeparatedValues;

namespace Incidents.Core.Interop.Ucdp;

/// <summary>Imports UCDP GED CSV files (any release; columns by name), one row at a time: each row becomes an
/// <see cref="Incident"/> or a rejection, with the issues met and a <see cref="LossReport"/>. Never throws for bad
/// rows. Checks the header against the release before reading any row.</summary>
/// <remarks>
/// <para>Mapping: <c>id</c> → <c>ucdp-ged-{id}</c>; <c>date_start</c>/<c>date_end</c> with <c>date_prec</c> 1 → the
/// event's first and last day (<see cref="Timing.Date"/>, <see cref="Timing.EndDate"/>), with 2–5 → a window (some
/// day from <c>date_start</c> to <c>date_end</c>: <see cref="Timing.NotAfter"/>);
/// <c>where_prec</c> 1–7 → <see cref="LocationPrecision"/> <c>Settlement</c> … <c>InternationalWatersOrAirspace</c>;
/// <c>where_coordinates</c> → place, <c>where_description</c> → description, <c>adm_1</c>/<c>adm_2</c>,
/// <c>latitude</c>/<c>longitude</c>, <c>country_id</c> → ISO code (<see cref="GleditschWard"/>; the number also kept as
/// <c>ged:country_id</c>); <c>side_a</c> and
/// <c>side_b</c> → actors and parties (perpetrator and victim for one-sided violence, <c>belligerent</c> otherwise);
/// <c>deaths_a</c>, <c>deaths_b</c>, <c>deaths_civilians</c>, <c>deaths_unknown</c> → killed figures per side, 0 as
/// <see cref="CasualtyRange.Exactly"/>(0) and -1 as unknown;
/// <c>low</c>/<c>best</c>/<c>high</c> → the total; the <c>source_*</c> columns → sources, <c>source_original</c> → the
/// source every figure is attributed to. Every other column (<c>type_of_violence</c>, <c>event_clarity</c>, the
/// conflict and dyad ids, <c>geom_wkt</c> …) is kept as an extension property <c>ged:{column}</c>, and so are
/// <c>low</c>, <c>best</c> and <c>high</c> as written when the total had to be repaired: nothing is lost.</para>
/// <para>Normalisation (lenient policy): a total whose bounds are out of order (<c>low &gt; best</c> or
/// <c>best &gt; high</c>, which real rows have) is widened to its minimum and maximum with the best estimate inside, and
/// flagged; <c>-1</c> is read as unknown in every count. The strict policy rejects a row that needs a repair. A row
/// with more or fewer fields than the header is rejected. Values keep their white space.</para>
/// </remarks>
public static class UcdpGedImporter
{
    /// <summary>The name prefix of the extension properties the importer keeps (<c>ged:type_of_violence</c> …): declare
    /// it to the payload validator (<see cref="Validation.PayloadValidationOptions.DeclaredExtensionPrefixes"/>) and the
    /// importer's output passes in strict mode.</summary>
    public const string ExtensionPrefix = "ged:";

    private static readonly HashSet<string> s_mapped = new(StringComparer.Ordinal)
    {
        "id", "date_start", "date_end", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude",
        "longitude", "country", "country_id", "side_a", "side_b", "side_a_new_id", "side_b_new_id", "deaths_a",
        "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high", "source_article", "source_office",
        "source_date", "source_headline", "source_original",
    };

    /// <summary>Compares a header with a release (or with the closest known release).</summary>
    /// <param name="header">The file's header row.</param>
    /// <param name="release">The release; <see langword="null"/> for the closest.</param>
    /// <returns>Every difference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is <see langword="null"/>.</exception>
    public static GedHeaderReport CheckHeader(IReadOnlyList<string> header, GedRelease? release = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        return new GedHeaderReport(release ?? GedRelease.Closest(header), header);
    }

    /// <summary>Opens a GED CSV file: reads and checks its header (and skips an HXL tag row).</summary>
    /// <param name="reader">The text; the importer disposes it with the returned session.</param>
    /// <param name="importedAt">When the import happens: the incidents' <c>created</c> and <c>modified</c>.</param>
    /// <param name="options">How to import; <see langword="null"/> for <see cref="GedImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the header.</param>
    /// <returns>The session: its <see cref="GedImportSession.Header"/>, and the rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The file has no header row and <see cref="GedImportOptions.Release"/> is
    /// not set.</exception>
    /// <exception cref="InvalidDataException">The file is empty (it has no header row), or its header has more columns
    /// than <see cref="GedImportOptions.MaxColumns"/> or more characters than
    /// <see cref="GedImportOptions.MaxRowLength"/>.</exception>
    public static async Task<GedImportSession> OpenAsync(TextReader reader, Instant importedAt, GedImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= GedImportOptions.Default;
        if (!options.HasHeaderRow && options.Release is null)
        {
            throw new ArgumentException("A file without a header row needs the release named (GedImportOptions.Release).", nameof(options));
        }

        // Sep (RFC 4180 quotes, unescaped; every row read as data, so that the header and rows of any length are ours to
        // judge; values keep their white space).
        SepReader csv = await Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true })
            .FromAsync(new RowLimitedReader(reader, options.MaxRowLength), cancellationToken).ConfigureAwait(false);
        string[] header;
        if (options.HasHeaderRow)
        {
            if (!await csv.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            {
                csv.Dispose();
                throw new InvalidDataException("The file is empty: it has no header row.");
            }

            int count = csv.Current.ColCount;
            if (count > options.MaxColumns)
            {
                csv.Dispose();
                throw new InvalidDataException($"The header has {count} columns, more than the limit (GedImportOptions.MaxColumns) of {options.MaxColumns}; GED releases have 42 to 49.");
            }

            header = GedImportSession.Fields(csv);
        }
        else
        {
            header = [.. options.Release!.Columns];
        }

        return new GedImportSession(csv, CheckHeader(header, options.Release), importedAt, options);
    }

    /// <summary>One GED file being imported.</summary>
    public sealed class GedImportSession : IDisposable
    {
        private static readonly SourceId s_datasetId = new("ucdp-ged");
        private static readonly SourceId s_originalId = new("original");
        private static readonly EquatableArray<SourceAttribution> s_byDataset = [new SourceAttribution(s_datasetId, SourceStance.Independent)];
        private static readonly EquatableArray<SourceAttribution> s_byOriginal = [new SourceAttribution(s_originalId, SourceStance.Unknown), new SourceAttribution(s_datasetId, SourceStance.Independent)];
        private static readonly Actor s_civilians = new() { Id = new ActorId("civilians"), Name = "Civilians", Kind = ActorKind.Civilians };
        private static readonly Actor s_unknownSide = new() { Id = new ActorId("unknown-side"), Name = "Side unknown", Kind = ActorKind.Unknown, Description = "deaths UCDP could not attribute to a side (deaths_unknown)" };
        private static readonly SourceId[] s_articleIds = [.. Enumerable.Range(1, 16).Select(i => new SourceId($"article-{i}"))];

        private readonly SepReader _csv;
        private readonly GedImportOptions _options;

        // Per column the mapper reads (RowMapper.Column): its index in the header, or -1.
        private readonly int[] _columns;

        // "ged:{column}" per header column, made once per file rather than once per row.
        private readonly string[] _extensionNames;

        // Per header column: the last value kept as an extension, and its property.
        private readonly (string Text, ExtensionProperty Property)[] _lastExtensions;

        // Per header column: kept as an extension whatever the row holds (every unmapped column, and the few mapped
        // ones kept beside their typed field).
        private readonly bool[] _alwaysKept;

        // What every row of the file shares (records are immutable, so one instance serves every incident).
        private readonly Source _dataset;
        private readonly RecordMetadata _metadata;

        // The actor of each side in the row before (GED files are sorted, so sides repeat row after row).
        private readonly Actor?[] _lastSide = new Actor?[2];

        // The loss messages made so far, by the hash of their set of kept columns (a few sets recur through a file).
        private readonly Dictionary<int, List<(bool[] Kept, string Message)>> _keptMessages = [];
        private int _keptMessageCount;

        /// <summary>The loss message naming the kept columns: the same for many rows of a file, so each set's message is
        /// made once (up to 256 sets; beyond, made for each row).</summary>
        internal string KeptColumnsMessage(ReadOnlySpan<bool> kept)
        {
            var hash = default(HashCode);
            hash.AddBytes(MemoryMarshal.AsBytes(kept));
            int key = hash.ToHashCode();
            if (_keptMessages.TryGetValue(key, out var sets))
            {
                foreach ((bool[] set, string made) in sets)
                {
                    if (kept.SequenceEqual(set))
                    {
                        return made;
                    }
                }
            }

            var columns = new List<string>(kept.Length);
            for (int i = 0; i < kept.Length; i++)
            {
                if (kept[i])
                {
                    columns.Add(Header.Header[i]);
                }
            }

            string message = $"kept as extension properties ged:*: {string.Join(", ", columns)}";
            if (_keptMessageCount < 256)
            {
                _keptMessageCount++;
                if (sets is null)
                {
                    _keptMessages[key] = sets = [];
                }

                sets.Add((kept.ToArray(), message));
            }

            return message;
        }

        internal GedImportSession(SepReader csv, GedHeaderReport header, Instant importedAt, GedImportOptions options)
        {
            _csv = csv;
            Header = header;
            _options = options;
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            _lastExtensions = new (string, ExtensionProperty)[header.Header.Count];
            _extensionNames = [.. header.Header.AsImmutableArray().Select(column => ExtensionPrefix + column)];
            _alwaysKept = [.. header.Header.AsImmutableArray().Select(column => !s_mapped.Contains(column) || column is "country" or "country_id" or "source_headline" or "source_article")];
            _dataset = new Source { Id = s_datasetId, Name = $"UCDP Georeferenced Event Dataset ({header.Release.Name})", Kind = SourceKind.Dataset };
            _metadata = new RecordMetadata { Created = importedAt, Modified = importedAt };
            for (int i = 0; i < header.Header.Count; i++)
            {
                index.TryAdd(header.Header[i], i);
            }

            foreach (GedColumnRename rename in header.Renamed)
            {
                index.TryAdd(rename.NewName, index[rename.OldName]);
            }

            _columns = RowMapper.ColumnIndices(index);
        }

        /// <summary>Gets how the header compares with the release.</summary>
        public GedHeaderReport Header { get; }

        /// <summary>Reads the rows.</summary>
        /// <param name="cancellationToken">Cancels the import.</param>
        /// <returns>One result per data row, in file order.</returns>
        /// <exception cref="InvalidOperationException">The header lacks a required column
        /// (<see cref="GedHeaderReport.MissingRequired"/>).</exception>
        /// <exception cref="InvalidDataException">While the rows are read: a row is longer than
        /// <see cref="GedImportOptions.MaxRowLength"/> (the rows before it have been returned).</exception>
        public IAsyncEnumerable<GedImportRow> ReadRowsAsync(CancellationToken cancellationToken = default)
        {
            if (!Header.CanImport)
            {
                throw new InvalidOperationException($"The file cannot be imported: it lacks the required column(s) {string.Join(", ", Header.MissingRequired)}.");
            }

            return Rows(cancellationToken);
        }

        /// <inheritdoc/>
        public void Dispose() => _csv.Dispose();

        private async IAsyncEnumerable<GedImportRow> Rows([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            long row = 0;
            bool first = true;
            var mapper = new RowMapper(this);
            while (await _csv.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                string[] record = Fields(_csv);
                if (first && IsHxlRow(record))
                {
                    first = false;
                    continue;
                }

                first = false;
                yield return record.Length == Header.Header.Count
                    ? mapper.Map(++row, record)
                    : RowMapper.WrongLength(++row, record, Header.Header.Count);
            }
        }

        /// <summary>The fields of the reader's current row.</summary>
        internal static string[] Fields(SepReader reader)
        {
            SepReader.Row row = reader.Current;
            var fields = new string[row.ColCount];
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            return fields;
        }

        private static bool IsHxlRow(string[] record)
        {
            string[] filled = [.. record.Where(v => v.Length > 0)];
            return filled.Length > 0 && filled.All(v => v.StartsWith('#'));
        }

        /// <summary>The columns the mapper reads: looked up once per file (<see cref="s_columnNames"/>), not per value.</summary>
        private enum Column
        {
            Id,
            DateStart,
            DateEnd,
            DatePrec,
            WherePrec,
            WhereCoordinates,
            WhereDescription,
            Adm1,
            Adm2,
            Latitude,
            Longitude,
            Country,
            CountryId,
            SideA,
            SideB,
            SideANewId,
            SideBNewId,
            DeathsA,
            DeathsB,
            DeathsCivilians,
            DeathsUnknown,
            Low,
            Best,
            High,
            SourceOffice,
            SourceDate,
            SourceHeadline,
            SourceOriginal,
            TypeOfViolence,
            NumberOfSources,
            DyadName,
            ConflictName,
        }

        private static readonly string[] s_columnNames =
        [
            "id",
            "date_start",
            "date_end",
            "date_prec",
            "where_prec",
            "where_coordinates",
            "where_description",
            "adm_1",
            "adm_2",
            "latitude",
            "longitude",
            "country",
            "country_id",
            "side_a",
            "side_b",
            "side_a_new_id",
            "side_b_new_id",
            "deaths_a",
            "deaths_b",
            "deaths_civilians",
            "deaths_unknown",
            "low",
            "best",
            "high",
            "source_office",
            "source_date",
            "source_headline",
            "source_original",
            "type_of_violence",
            "number_of_sources",
            "dyad_name",
            "conflict_name",
        ];

        /// <summary>Maps one row; collects issues and losses on the way.</summary>
        private sealed class RowMapper(GedImportSession session)
        {
            // Scratch lists, reused from row to row (the incident gets arrays of its own).
            private readonly List<GedImportIssue> _issues = [];
            private readonly List<Loss> _losses = [];
            private readonly List<Actor> _actors = [];
            private readonly List<Party> _parties = [];
            private readonly List<Source> _sources = [];
            private readonly List<CasualtyFigure> _figures = [];
            // Per header column: kept beside its typed field in this row (a repaired total's bounds, deaths_b of
            // one-sided violence).
            private bool[] _alsoKept = [];
            private bool _anyAlsoKept;
            private bool _reject;
            private long _row;
            private string[] _record = [];

            /// <summary>Rejects a row with fewer or more fields than the header: cut short (a truncated file) or run
            /// together; none of its values can be trusted to be in its column.</summary>
            internal static GedImportRow WrongLength(long row, string[] record, int expected)
            {
                string message = record.Length < expected
                    ? $"The row has {record.Length} fields and the header {expected}: it is cut short (a truncated file?), so its last value may be cut too; the row is rejected."
                    : $"The row has {record.Length} fields and the header {expected}: the extra fields belong to no column; the row is rejected.";
                GedImportIssue issue = new(row, "*", record.Length > 0 ? record[0] : null, GedImportAction.Rejected, message);
                return new GedImportRow(row, null, [issue], LossReport.None);
            }

            internal GedImportRow Map(long row, string[] record)
            {
                _row = row;
                _record = record;
                _issues.Clear();
                _losses.Clear();
                _actors.Clear();
                _parties.Clear();
                _sources.Clear();
                _figures.Clear();
                if (_anyAlsoKept)
                {
                    Array.Clear(_alsoKept);
                    _anyAlsoKept = false;
                }

                _reject = false;
                Incident? incident = null;
                try
                {
                    incident = Build();
                }
                catch (ArgumentException e)
                {
                    Reject("id", Field(Column.Id), $"The _row breaks a rule of the model: {e.Message}");
                }

                if (_reject)
                {
                    incident = null;
                }

                return new GedImportRow(_row, incident, [.. _issues], new LossReport([.. _losses]));
            }

            private Incident? Build()
            {
                // Identity.
                string? id = Field(Column.Id)?.Trim();
                if (id is null || !IncidentId.TryParse(id, out _))
                {
                    Reject("id", id, "The event has no usable id.");
                    return null;
                }

                Timing? timing = Timing();
                Location? location = Location();
                if (timing is null || location is null)
                {
                    return null;
                }

                // Actors and parties.
                int violence = (int)(Integer(Column.TypeOfViolence) ?? 0);
                List<Actor> actors = _actors;
                List<Party> parties = _parties;
                ActorId? sideA = Side(Column.SideA, Column.SideANewId, violence == 3 ? PartyRole.Perpetrator : PartyRole.Belligerent, actors, parties);
                ActorId? sideB = Side(Column.SideB, Column.SideBNewId, violence == 3 ? PartyRole.Victim : PartyRole.Belligerent, actors, parties);

                // Sources: the articles, and the original source every figure is attributed to.
                var sources = Sources();
                EquatableArray<SourceAttribution> attributions = s_byDataset;
                if (Field(Column.SourceOriginal) is { } originalName)
                {
                    sources.Add(new Source { Id = s_originalId, Name = originalName, Kind = SourceKind.Unknown });
                    attributions = s_byOriginal;
                }

                sources.Add(session._dataset);

                // Figures.
                List<CasualtyFigure> figures = _figures;
                ActorId? civilians = violence == 3 && Field(Column.SideB) == "Civilians" ? sideB : null;
                Deaths(Column.DeathsA, sideA, figures, attributions);
                if (civilians is null)
                {
                    // In one-sided violence against civilians GED counts side B's deaths in deaths_civilians.
                    Deaths(Column.DeathsB, sideB, figures, attributions);
                }

                if (violence == 3 && civilians is not null)
                {
                    // One-sided violence against civilians: GED counts side B's deaths in deaths_civilians; deaths_b is kept as it is.
                    AlsoKeep(Column.DeathsB);
                }

                if (Integer(Column.DeathsCivilians) is >= 0 && civilians is null)
                {
                    civilians = s_civilians.Id;
                    actors.Add(s_civilians);
                }

                Deaths(Column.DeathsCivilians, civilians, figures, attributions);
                if (Integer(Column.DeathsUnknown) is >= 0)
                {
                    actors.Add(s_unknownSide);
                    Deaths(Column.DeathsUnknown, s_unknownSide.Id, figures, attributions);
                }

                if (Total() is { } total)
                {
                    figures.Add(new CasualtyFigure { Kind = CasualtyKind.Killed, Range = total, Description = "total deaths (low, best, high)", Attributions = attributions });
                }

                if (_reject)
                {
                    return null;
                }

                ReadOnlySpan<char> day = Field(Column.DateStart);
                string title = $"{Field(Column.DyadName) ?? Field(Column.ConflictName) ?? "UCDP GED event"}: {Field(Column.WhereCoordinates) ?? Field(Column.Country) ?? "unknown place"}, {day[..Math.Min(10, day.Length)]}";
                return new Incident
                {
                    Id = new IncidentId($"ucdp-ged-{id}"),
                    Title = title,
                    Timing = timing,
                    Location = location,
                    Actors = Distinct(actors),
                    Parties = [.. parties],
                    Casualties = [.. figures],
                    Sources = [.. sources],
                    Metadata = session._metadata,
                    Extensions = Extensions(),
                };
            }

            /// <summary>The actors, each once (both sides may be the same actor); a _row has at most four.</summary>
            private static EquatableArray<Actor> Distinct(List<Actor> actors)
            {
                for (int i = actors.Count - 1; i > 0; i--)
                {
                    for (int j = 0; j < i; j++)
                    {
                        if (actors[j].Id == actors[i].Id)
                        {
                            actors.RemoveAt(i);
                            break;
                        }
                    }
                }

                return [.. actors];
            }

            private Timing? Timing()
            {
                LocalDate? start = Date(Column.DateStart);
                LocalDate? end = Date(Column.DateEnd);
                long? precision = Integer(Column.DatePrec);
                if (start is not { } s)
                {
                    Reject("date_start", Field(Column.DateStart), "The event has no usable start date.");
                    return null;
                }

                LocalDate e = end ?? s;
                if (e < s)
                {
                    Normalize("date_end", Field(Column.DateEnd), $"The end date lies before the start date; read as {Iso(s)}.");
                    e = s;
                }

                if (precision is not (>= 1 and <= 5))
                {
                    if (!Normalize("date_prec", Field(Column.DatePrec), $"Not a GED date precision (1–5); read as {(s == e ? "the exact day" : $"a window from {Iso(s)} to {Iso(e)}")}."))
                    {
                        return null;
                    }

                    precision = s == e ? 1 : 2;
                }

                // date_prec 1: the dates are known; from start to end is how long the event lasted. 2–5: the event
                // happened on some day from date_start to date_end, a window (Timing.NotAfter).
                var date = PartialDate.FromLocalDate(s);
                PartialDate? last = s == e ? null : PartialDate.FromLocalDate(e);
                return precision == 1
                    ? new Timing { Date = date, EndDate = last }
                    : new Timing { Date = date, NotAfter = last };
            }

            private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

            private Location? Location()
            {
                long? where = Integer(Column.WherePrec);
                LocationPrecision precision;
                if (where is >= 1 and <= 7)
                {
                    precision = (LocationPrecision)(where.Value + 1);
                }
                else
                {
                    if (!Normalize("where_prec", Field(Column.WherePrec), "Not a GED location precision (1–7); read as an area."))
                    {
                        return null;
                    }

                    precision = LocationPrecision.Area;
                }

                CountryCode? country = null;
                if (Integer(Column.CountryId) is { } gw)
                {
                    if (session._options.Countries?.TryGetValue((int)gw, out CountryCode custom) == true)
                    {
                        country = custom;
                    }
                    else if (GleditschWard.TryGetCountry((int)gw, out CountryCode known))
                    {
                        country = known;
                    }
                    else
                    {
                        _losses.Add(new Loss(LossKind.Dropped, "country_id", $"Gleditsch–Ward number {gw} ({Field(Column.Country)}) has no ISO code in the table; the country is kept only by name as an extension"));
                    }
                }

                GeoCoordinate? coordinates = null;
                if (Field(Column.Latitude) is { } lat && Field(Column.Longitude) is { } lon)
                {
                    // "lat,lon" without a string: GED's coordinates have a few dozen characters.
                    int length = lat.Length + 1 + lon.Length;
                    Span<char> pair = length <= 128 ? stackalloc char[length] : new char[length];
                    lat.CopyTo(pair);
                    pair[lat.Length] = ',';
                    lon.CopyTo(pair[(lat.Length + 1)..]);
                    if (GeoCoordinate.TryParse(pair, out GeoCoordinate point))
                    {
                        coordinates = point;
                    }
                    else
                    {
                        Ignore("latitude", $"{lat},{lon}", "Not a coordinate pair in range.");
                    }
                }

                return new Location
                {
                    Precision = precision,
                    Country = country,
                    Admin1 = Field(Column.Adm1),
                    Admin2 = Field(Column.Adm2),
                    Place = Field(Column.WhereCoordinates),
                    Description = Field(Column.WhereDescription),
                    Coordinates = coordinates,
                };
            }

            private ActorId? Side(Column nameColumn, Column idColumn, PartyRole role, List<Actor> actors, List<Party> parties)
            {
                if (Field(nameColumn) is not { } name)
                {
                    return null;
                }

                long? number = Integer(idColumn);
                int side = nameColumn == Column.SideA ? 0 : 1;
                Actor? actor = session._lastSide[side];
                if (actor is null || actor.Name != name || !SameKey(actor.Id, number, nameColumn))
                {
                    string key = number is { } n ? n.ToString(CultureInfo.InvariantCulture) : Name(nameColumn);
                    ActorKind kind = name == "Civilians" ? ActorKind.Civilians
                        : name.StartsWith("Government of", StringComparison.Ordinal) ? ActorKind.StateForce
                        : ActorKind.NonStateArmedGroup;
                    actor = session._lastSide[side] = new Actor { Id = new ActorId($"ucdp-actor-{key}"), Name = name, Kind = kind };
                }

                actors.Add(actor);
                parties.Add(new Party { Actor = actor.Id, Role = role });
                return actor.Id;
            }

            /// <summary>Whether an actor id is <c>ucdp-actor-{key}</c> for this _row's key, without making the id.</summary>
            private static bool SameKey(ActorId id, long? number, Column nameColumn)
            {
                ReadOnlySpan<char> key = id.Value.AsSpan("ucdp-actor-".Length);
                Span<char> digits = stackalloc char[20];
                return number is { } n
                    ? n.TryFormat(digits, out int written, default, CultureInfo.InvariantCulture) && key.SequenceEqual(digits[..written])
                    : key.SequenceEqual(Name(nameColumn));
            }

            private void Deaths(Column column, ActorId? party, List<CasualtyFigure> figures, EquatableArray<SourceAttribution> attributions)
            {
                if (Integer(column) is not { } deaths || party is null)
                {
                    return;
                }

                if (deaths == -1)
                {
                    _issues.Add(new GedImportIssue(_row, Name(column), Field(column), GedImportAction.ReadAsUnknown, "-1 means the count is unknown: no figure."));
                    return;
                }

                if (deaths < 0)
                {
                    Ignore(Name(column), Field(column), "A negative count; left out.");
                    return;
                }

                figures.Add(new CasualtyFigure { Party = party, Kind = CasualtyKind.Killed, Range = CasualtyRange.Exactly((int)deaths), Description = Name(column), Attributions = attributions });
            }

            private CasualtyRange? Total()
            {
                long? low = Unknown(Column.Low), best = Unknown(Column.Best), high = Unknown(Column.High);
                if (low is null && best is null && high is null)
                {
                    return null;
                }

                if (best is null)
                {
                    _issues.Add(new GedImportIssue(_row, "best", Field(Column.Best), GedImportAction.ReadAsUnknown, "The best estimate is empty or unknown; the total keeps only its bounds."));
                }

                if ((low ?? 0) < 0 || (best ?? 0) < 0 || (high ?? 0) < 0)
                {
                    Ignore("best", Field(Column.Best), "A negative estimate; the total is left out.");
                    return null;
                }

                if ((low is { } l1 && best is { } b1 && l1 > b1) || (best is { } b2 && high is { } h2 && b2 > h2) || (low is { } l3 && high is { } h3 && l3 > h3))
                {
                    long[] known = [.. new[] { low, best, high }.Where(v => v is not null).Select(v => v!.Value)];
                    long min = known.Min(), max = known.Max();
                    if (!Normalize("low", $"{low},{best},{high}", $"The estimates are out of order (low {low}, best {best}, high {high}); widened to {min}–{max} with the best estimate inside."))
                    {
                        return null;
                    }

                    // The values as GED gives them, beside the repaired range.
                    AlsoKeep(Column.Low);
                    AlsoKeep(Column.Best);
                    AlsoKeep(Column.High);

                    return new CasualtyRange((int)min, best is { } b ? (int)b : null, (int)max);
                }

                return new CasualtyRange(low is { } lo ? (int)lo : null, best is { } be ? (int)be : null, high is { } hi ? (int)hi : null);
            }

            /// <summary>A whole number where -1 means unknown (reported), as GED writes it.</summary>
            private long? Unknown(Column column)
            {
                long? value = Integer(column);
                if (value == -1)
                {
                    _issues.Add(new GedImportIssue(_row, Name(column), Field(column), GedImportAction.ReadAsUnknown, "-1 means unknown."));
                    return null;
                }

                return value;
            }

            private List<Source> Sources()
            {
                List<Source> sources = _sources;
                string[] offices = Split(Field(Column.SourceOffice));
                string[] dates = Split(Field(Column.SourceDate));
                string[] headlines = Split(Field(Column.SourceHeadline));
                if (Integer(Column.NumberOfSources) is -1)
                {
                    _issues.Add(new GedImportIssue(_row, "number_of_sources", Field(Column.NumberOfSources), GedImportAction.ReadAsUnknown, "-1 means the number of sources is unknown."));
                }

                for (int i = 0; i < offices.Length; i++)
                {
                    PartialDate? published = i < dates.Length && PartialDate.TryParse(dates[i], out PartialDate d) ? d : null;
                    sources.Add(new Source
                    {
                        Id = i < s_articleIds.Length ? s_articleIds[i] : new SourceId($"article-{i + 1}"),
                        Name = offices[i],
                        Kind = SourceKind.Unknown,
                        Title = headlines.Length == offices.Length && headlines[i].Length > 0 ? headlines[i] : null,
                        PublishedOn = published,
                    });
                }

                if (headlines.Length != offices.Length && headlines.Length > 0)
                {
                    _losses.Add(new Loss(LossKind.KeptAsExtension, "source_headline", $"{headlines.Length} headlines for {offices.Length} offices cannot be paired; kept as the extension ged:source_headline"));
                }

                return sources;
            }

            private static string[] Split(string? list) =>
                list is null ? [] : list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

            private EquatableArray<ExtensionProperty> Extensions()
            {
                // Which columns are kept, then the array at its final size (no list to grow and copy).
                int count = Math.Min(session.Header.Header.Count, _record.Length);
                Span<bool> keep = count <= 256 ? stackalloc bool[count] : new bool[count];
                int kept = 0;
                for (int i = 0; i < count; i++)
                {
                    keep[i] = Kept(i, _record[i]);
                    kept += keep[i] ? 1 : 0;
                }

                var properties = new ExtensionProperty[kept];
                int next = 0;
                for (int i = 0; i < count; i++)
                {
                    if (keep[i])
                    {
                        // GED files are sorted, so a column often holds the value of the row above: its property is reused.
                        string value = _record[i];
                        ref (string Text, ExtensionProperty Property) last = ref session._lastExtensions[i];
                        if (last.Text != value)
                        {
                            last = (value, TryParseWhole(value.AsSpan().Trim(), out long number)
                                ? ExtensionProperty.FromInteger(session._extensionNames[i], number)
                                : ExtensionProperty.FromString(session._extensionNames[i], value));
                        }

                        properties[next++] = last.Property;
                    }
                }

                _losses.Add(new Loss(LossKind.KeptAsExtension, "columns", session.KeptColumnsMessage(keep)));
                return ImmutableCollectionsMarshal.AsImmutableArray(properties);
            }

            /// <summary>Kept beside the typed fields: every unmapped column, the country's name and G&amp;W number, the
            /// article list, headlines that cannot be paired with their offices, the values of a repaired total;
            /// blank, NA and -1 (unknown) are not written back.</summary>
            private bool Kept(int index, string value)
            {
                if (!session._alwaysKept[index] && !(_anyAlsoKept && _alsoKept[index]))
                {
                    return false;
                }

                ReadOnlySpan<char> trimmed = value.AsSpan().Trim();
                return trimmed.Length > 0 && value != "NA" && !(trimmed is "-1" && index == session._columns[(int)Column.NumberOfSources]);
            }

            internal static int[] ColumnIndices(Dictionary<string, int> index) =>
                [.. s_columnNames.Select(name => index.TryGetValue(name, out int i) ? i : -1)];

            private void AlsoKeep(Column column)
            {
                int index = session._columns[(int)column];
                if (index >= 0)
                {
                    if (_alsoKept.Length == 0)
                    {
                        _alsoKept = new bool[session._alwaysKept.Length];
                    }

                    _alsoKept[index] = true;
                    _anyAlsoKept = true;
                }
            }

            private static string Name(Column column) => s_columnNames[(int)column];

            private string? Field(Column column)
            {
                int i = session._columns[(int)column];
                if (i < 0 || i >= _record.Length)
                {
                    return null;
                }

                // The value as written (names and headlines keep their white space); blank or NA is no value.
                string value = _record[i];
                return value.AsSpan().Trim().Length == 0 || value == "NA" ? null : value;
            }

            /// <summary>A whole number as <see cref="long.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out long)"/>
            /// reads it with a leading sign allowed; up to 18 ASCII digits (every GED count and id) without the
            /// culture-aware parser.</summary>
            private static bool TryParseWhole(ReadOnlySpan<char> text, out long number)
            {
                ReadOnlySpan<char> digits = text is ['-' or '+', .. var rest] ? rest : text;
                if (digits.Length is 0 or > 18)
                {
                    return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
                }

                long value = 0;
                foreach (char c in digits)
                {
                    uint digit = unchecked((uint)(c - '0'));
                    if (digit > 9)
                    {
                        number = 0;
                        return false;
                    }

                    value = (value * 10) + digit;
                }

                number = text[0] == '-' ? -value : value;
                return true;
            }

            private long? Integer(Column column)
            {
                string? text = Field(column)?.Trim();
                if (text is null)
                {
                    return null;
                }

                if (TryParseWhole(text, out long whole) && whole is >= int.MinValue and <= int.MaxValue)
                {
                    return whole;
                }

                // GED writes some integers as "645.0".
                if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)
                    && value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue)
                {
                    return (long)value;
                }

                Ignore(Name(column), text, "Not a whole number.");
                return null;
            }

            private LocalDate? Date(Column column)
            {
                string? text = Field(column)?.Trim();
                if (text is null)
                {
                    return null;
                }

                // "2016-06-14", or GED 23.1's "2016-06-14 00:00:00.000".
                ReadOnlySpan<char> day = text.Length > 10 && text.AsSpan(10) is " 00:00:00.000" or " 00:00:00" ? text.AsSpan(0, 10) : text;
                if (IsoDate(day) is { } date)
                {
                    return date;
                }

                Ignore(Name(column), text, "Not a date (YYYY-MM-DD).");
                return null;
            }

            /// <summary>A day as <c>YYYY-MM-DD</c> (four-digit year, ISO calendar), the only form GED writes.</summary>
            private static LocalDate? IsoDate(ReadOnlySpan<char> text)
            {
                if (text.Length != 10 || text[4] != '-' || text[7] != '-'
                    || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int year)
                    || !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
                    || !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day))
                {
                    return null;
                }

                return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
                    ? new LocalDate(year, month, day)
                    : null;
            }

            private void Ignore(string column, string? value, string message) =>
                _issues.Add(new GedImportIssue(_row, column, value, GedImportAction.Ignored, message));

            /// <summary>Records a repair (lenient) or a rejection (strict).</summary>
            /// <returns><see langword="true"/> when the repair may be made.</returns>
            private bool Normalize(string column, string? value, string message)
            {
                if (session._options.Policy == GedImportPolicy.Strict)
                {
                    Reject(column, value, message + " (strict: the _row is rejected)");
                    return false;
                }

                _issues.Add(new GedImportIssue(_row, column, value, GedImportAction.Normalized, message));
                _losses.Add(new Loss(LossKind.Normalized, column, message));
                return true;
            }

            private void Reject(string column, string? value, string message)
            {
                _reject = true;
                _issues.Add(new GedImportIssue(_row, column, value, GedImportAction.Rejected, message));
            }
        }
    }
}
