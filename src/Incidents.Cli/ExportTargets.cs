using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Incidents.Core;
using Incidents.Core.Interop;
using Incidents.Core.Interop.Acled;
using Incidents.Core.Interop.CodeMaps;
using Incidents.Core.Interop.Gtd;
using Incidents.Core.Interop.Plover;
using Incidents.Core.Interop.Stix;
using NodaTime;

namespace Incidents.Cli;

/// <summary>What <c>incidents export</c> writes for one target: a header, one piece per incident as it is read (so a
/// file of any size streams), an end; each incident's losses are returned for the loss report.</summary>
internal abstract class ExportTarget
{
    /// <summary>The targets by their name on the command line, each with a one-line description for <c>--help</c>.</summary>
    public static IReadOnlyDictionary<string, (string Description, Func<ExportTarget> Create)> Names { get; } =
        new Dictionary<string, (string, Func<ExportTarget>)>(StringComparer.Ordinal)
        {
            ["stix"] = ("a STIX 2.1 bundle per incident: indented for one incident, one a line (NDJSON) for several", () => new StixTarget()),
            ["gtd"] = ("CSV with GTD's column names, one row per incident", () => new CsvTarget<GtdRecord>(GtdColumns.All, Gtd)),
            ["acled"] = ("CSV with ACLED's column names, one row per event (ACLED has one per day)", () => new CsvTarget<AcledRecord>(AcledColumns.All, Acled)),
            ["plover"] = ("PLOVER JSON records, one a line (JSONL, as PLOVER recommends)", () => new PloverTarget()),
        };

    /// <summary>Writes what comes before the first incident.</summary>
    public virtual void Begin(TextWriter output)
    {
    }

    /// <summary>Writes one incident; returns what the target could not hold.</summary>
    public abstract LossReport Write(Incident incident, TextWriter output);

    /// <summary>Writes what comes after the last incident.</summary>
    public virtual void End(TextWriter output)
    {
    }

    private static IEnumerable<(GtdRecord, LossReport)> Gtd(Incident incident)
    {
        Mapping<GtdRecord> row = GtdExporter.Export(incident);
        return [(row.Value, row.Losses)];
    }

    private static IEnumerable<(AcledRecord, LossReport)> Acled(Incident incident)
    {
        Mapping<EquatableArray<AcledRecord>> events = AcledExporter.Export(incident);
        return events.Value.AsImmutableArray().Select((e, i) => (e, i == 0 ? events.Losses : LossReport.None));
    }

    /// <summary>STIX: one incident's bundle as the exporter writes it; from the second on, every bundle minified on
    /// a line of its own (the first one is held back until the second shows whether there are several).</summary>
    private sealed class StixTarget : ExportTarget
    {
        private string? _first;
        private int _count;

        public override LossReport Write(Incident incident, TextWriter output)
        {
            Mapping<string> bundle = StixExporter.Export(incident);
            _count++;
            if (_count == 1)
            {
                _first = bundle.Value;
                return bundle.Losses;
            }

            if (_first is not null)
            {
                output.Write(Minify(_first) + "\n");
                _first = null;
            }

            output.Write(Minify(bundle.Value) + "\n");
            return bundle.Losses;
        }

        public override void End(TextWriter output)
        {
            if (_first is not null)
            {
                output.Write(_first + "\n");
            }
        }

        private static string Minify(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(json.Length);
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                document.RootElement.WriteTo(writer);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
    }

    /// <summary>PLOVER: one JSON record a line; PLOVER's names, its entities as objects with <c>entity_text</c>, the
    /// location as <c>event_loc</c> with the alpha-3 <c>country_code</c>, the numbers of dead and injured in a
    /// <c>size</c> object.</summary>
    private sealed class PloverTarget : ExportTarget
    {
        public override LossReport Write(Incident incident, TextWriter output)
        {
            Mapping<PloverRecord> mapping = PloverExporter.Export(incident);
            PloverRecord r = mapping.Value;
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("id", r.Id);
                json.WriteString("date", r.Date);
                Entities(json, "actor", r.Actor);
                Entities(json, "recipient", r.Recipient);
                Strings(json, "event", r.Event);
                Strings(json, "mode", r.Mode);
                Strings(json, "context", r.Context);
                if (r.Dead is not null || r.Injured is not null)
                {
                    json.WriteStartObject("size");
                    if (r.Dead is { } dead)
                    {
                        json.WriteNumber("dead", dead);
                    }

                    if (r.Injured is { } injured)
                    {
                        json.WriteNumber("injured", injured);
                    }

                    json.WriteEndObject();
                }

                json.WriteStartObject("event_loc");
                if (r.CountryCode is { } country)
                {
                    json.WriteString("country_code", country.Alpha3);
                }

                json.WriteNumber("resolution", r.Resolution);
                json.WriteEndObject();
                if (r.Text is { } text)
                {
                    json.WriteString("text", text);
                }

                json.WriteEndObject();
            }

            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n");
            return mapping.Losses;
        }

        private static void Entities(Utf8JsonWriter json, string name, EquatableArray<string> texts)
        {
            json.WriteStartArray(name);
            foreach (string text in texts)
            {
                json.WriteStartObject();
                json.WriteString("entity_text", text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private static void Strings(Utf8JsonWriter json, string name, EquatableArray<string> values)
        {
            json.WriteStartArray(name);
            foreach (string value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }
    }
}

/// <summary>One column of a CSV export: its name in the dataset's codebook and its text for a record
/// (<see langword="null"/> or empty: blank).</summary>
internal readonly record struct CsvColumn<TRecord>(string Name, Func<TRecord, string?> Value);

/// <summary>RFC 4180 CSV: a header row of the columns' names, then a row per record; CRLF line ends; a field is quoted
/// when it holds a comma, a quote, CR or LF (quotes doubled); text as UTF-8 without a byte order mark.</summary>
internal sealed class CsvTarget<TRecord>(CsvColumn<TRecord>[] columns, Func<Incident, IEnumerable<(TRecord Row, LossReport Losses)>> rows) : ExportTarget
{
    /// <summary>The last column: the incident each row comes from (not a column of the dataset; its own ids are its
    /// own to assign).</summary>
    public const string IncidentIdColumn = "incident_id";

    public override void Begin(TextWriter output) =>
        output.Write(string.Join(',', columns.Select(c => c.Name).Append(IncidentIdColumn)) + "\r\n");

    public override LossReport Write(Incident incident, TextWriter output)
    {
        var losses = new List<Loss>();
        var line = new StringBuilder();
        foreach ((TRecord row, LossReport rowLosses) in rows(incident))
        {
            losses.AddRange(rowLosses.Losses);
            line.Clear();
            foreach (CsvColumn<TRecord> column in columns)
            {
                Field(line, column.Value(row));
                line.Append(',');
            }

            Field(line, incident.Id.ToString());
            output.Write(line.Append("\r\n").ToString());
        }

        return new LossReport([.. losses]);
    }

    private static void Field(StringBuilder line, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(value);
            return;
        }

        line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}

/// <summary>Texts of CSV fields, the same in every culture.</summary>
internal static class CsvText
{
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number, or the dataset's code for unknown.</summary>
    public static string Int(int? value, int unknown) => Int(value ?? unknown);

    public static string Flag(bool value) => value ? "1" : "0";

    /// <summary>1, 0, or the dataset's code for unknown.</summary>
    public static string Flag(bool? value, int unknown) => value is { } v ? Flag(v) : Int(unknown);

    /// <summary>The shortest text that reads back as the same double (R).</summary>
    public static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The n-th item (0-based) of a list, or <see langword="null"/> past its end.</summary>
    public static T? At<T>(EquatableArray<T> items, int index)
        where T : struct => index < items.Count ? items[index] : null;
}

/// <summary>The GTD columns a <see cref="GtdRecord"/> fills, in the codebook's order, with its codes for unknown
/// (-9 for yes/no/unknown, -99 for counts that are unknown, blank for casualty counts with no usable figure).</summary>
internal static class GtdColumns
{
    /// <summary>GTD's target types (numbers and names are interoperability facts).</summary>
    private static readonly Dictionary<int, string> TargetTypes = new()
    {
        [1] = "Business", [2] = "Government (General)", [3] = "Police", [4] = "Military", [5] = "Abortion Related",
        [6] = "Airports & Aircraft", [7] = "Government (Diplomatic)", [8] = "Educational Institution",
        [9] = "Food or Water Supply", [10] = "Journalists & Media", [11] = "Maritime", [12] = "NGO", [13] = "Other",
        [14] = "Private Citizens & Property", [15] = "Religious Figures/Institutions", [16] = "Telecommunication",
        [17] = "Terrorists/Non-State Militia", [18] = "Tourists", [19] = "Transportation", [20] = "Unknown",
        [21] = "Utilities", [22] = "Violent Political Party",
    };

    public static CsvColumn<GtdRecord>[] All { get; } =
    [
        new("iyear", r => CsvText.Int(r.IYear)),
        new("imonth", r => CsvText.Int(r.IMonth)),
        new("iday", r => CsvText.Int(r.IDay)),
        new("approxdate", r => r.ApproxDate),
        new("extended", r => CsvText.Flag(r.Extended)),
        new("resolution", r => r.Resolution is { } d ? CsvText.Date(d) : null),
        new("country_txt", r => r.CountryText),
        new("provstate", r => r.ProvState),
        new("city", r => r.City),
        new("latitude", r => CsvText.Number(r.Latitude)),
        new("longitude", r => CsvText.Number(r.Longitude)),
        new("specificity", r => CsvText.Int(r.Specificity)),
        new("summary", r => r.Summary),
        .. Enumerable.Range(0, 3).SelectMany(AttackType),
        new("suicide", r => CsvText.Flag(r.Suicide)),
        .. Enumerable.Range(0, 4).SelectMany(Weapon),
        new("targtype1", r => r.Target1 is { } t ? CsvText.Int(t.Type) : null),
        new("targtype1_txt", r => r.Target1 is { } t ? TargetTypes.GetValueOrDefault(t.Type) : null),
        new("targsubtype1", r => r.Target1 is { Subtype: > 0 } t ? CsvText.Int(t.Subtype) : null),
        new("target1", r => r.Target1?.Text),
        .. Enumerable.Range(0, 3).SelectMany(Group),
        new("claimed", r => CsvText.Int(r.Claimed, -9)),
        .. Enumerable.Range(0, 3).SelectMany(ClaimMode),
        new("compclaim", r => CsvText.Int(r.CompClaim)),
        new("nperps", r => CsvText.Int(r.NPerps, -99)),
        new("nperpcap", r => CsvText.Int(r.NPerpCap, -99)),
        new("nkill", r => CsvText.Int(r.NKill)),
        new("nkillter", r => CsvText.Int(r.NKillTer)),
        new("nwound", r => CsvText.Int(r.NWound)),
        new("nwoundte", r => CsvText.Int(r.NWoundTe)),
        new("ishostkid", r => CsvText.Flag(r.IsHostKid, -9)),
        new("nhostkid", r => r.IsHostKid == true ? CsvText.Int(r.NHostKid, -99) : null),
        new("nreleased", r => r.IsHostKid == true ? CsvText.Int(r.NReleased, -99) : null),
        .. Enumerable.Range(0, 3).Select(i => new CsvColumn<GtdRecord>($"scite{i + 1}", r => i < r.Citations.Count ? r.Citations[i] : null)),
        new("related", r => r.Related),
    ];

    // attacktype1..3: the distinct attack types of the codings, in order.
    private static IEnumerable<CsvColumn<GtdRecord>> AttackType(int i)
    {
        int? Type(GtdRecord r) => r.Attacks.AsImmutableArray().Select(a => a.AttackType).Distinct().Skip(i).Select(t => (int?)t).FirstOrDefault();
        yield return new($"attacktype{i + 1}", r => CsvText.Int(Type(r)));
        yield return new($"attacktype{i + 1}_txt", r => Type(r) is { } t ? GtdMap.AttackTypes.GetValueOrDefault(t) : null);
    }

    // weaptype1..4 / weapsubtype1..4: each coding's weapon, in order (a subtype of 0 is none).
    private static IEnumerable<CsvColumn<GtdRecord>> Weapon(int i)
    {
        yield return new($"weaptype{i + 1}", r => CsvText.Int(CsvText.At(r.Attacks, i)?.WeaponType));
        yield return new($"weaptype{i + 1}_txt", r => CsvText.At(r.Attacks, i) is { } a ? GtdMap.WeaponTypes.GetValueOrDefault(a.WeaponType) : null);
        yield return new($"weapsubtype{i + 1}", r => CsvText.At(r.Attacks, i) is { WeaponSubtype: > 0 } a ? CsvText.Int(a.WeaponSubtype) : null);
        yield return new($"weapsubtype{i + 1}_txt", r => CsvText.At(r.Attacks, i) is { WeaponSubtype: > 0 } a ? GtdMap.WeaponSubtypes.GetValueOrDefault(a.WeaponSubtype).Label : null);
    }

    // gname, gname2, gname3 with guncertain1..3.
    private static IEnumerable<CsvColumn<GtdRecord>> Group(int i)
    {
        yield return new(i == 0 ? "gname" : $"gname{i + 1}", r => CsvText.At(r.Groups, i)?.Name);
        yield return new($"guncertain{i + 1}", r => CsvText.At(r.Groups, i) is { } g ? CsvText.Flag(g.Uncertain) : null);
    }

    // claimmode, claimmode2, claimmode3 with their labels.
    private static IEnumerable<CsvColumn<GtdRecord>> ClaimMode(int i)
    {
        string name = i == 0 ? "claimmode" : $"claimmode{i + 1}";
        yield return new(name, r => CsvText.Int(CsvText.At(r.ClaimModes, i)));
        yield return new(name + "_txt", r => CsvText.At(r.ClaimModes, i) is { } m ? GtdMap.ClaimModes.GetValueOrDefault(m) : null);
    }
}

/// <summary>The ACLED columns an <see cref="AcledRecord"/> fills, with ACLED's names and forms (dates Y-M-D,
/// <c>civilian_targeting</c> "Civilians targeted" or blank, the country by its English name).</summary>
internal static class AcledColumns
{
    public static CsvColumn<AcledRecord>[] All { get; } =
    [
        new("event_date", r => CsvText.Date(r.EventDate)),
        new("year", r => CsvText.Int(r.EventDate.Year)),
        new("time_precision", r => CsvText.Int(r.TimePrecision)),
        new("event_type", r => r.Type.EventType),
        new("sub_event_type", r => r.Type.SubEventType),
        new("actor1", r => r.Actor1),
        new("inter1", r => r.Inter1),
        new("actor2", r => r.Actor2),
        new("inter2", r => r.Inter2),
        new("civilian_targeting", r => r.CivilianTargeting ? "Civilians targeted" : null),
        new("country", r => r.Country is { } c ? c.EnglishName : null),
        new("admin1", r => r.Admin1),
        new("location", r => r.Location),
        new("geo_precision", r => CsvText.Int(r.GeoPrecision)),
        new("source", r => r.Source),
        new("notes", r => r.Notes),
        new("fatalities", r => CsvText.Int(r.Fatalities)),
    ];
}
