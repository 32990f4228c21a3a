using System.Globalization;
using System.Text;
using System.Text.Json;
using Incidents.Core.Interop.Acled;
using Incidents.Core.Interop.Gtd;
using Incidents.Core.Interop.Plover;
using Incidents.Core.Interop.Stix;
using Incidents.Core.Interop.Ucdp;
using Incidents.Core.Json;
using Incidents.Core.Validation;
using NodaTime;

namespace Incidents.Core.Fuzz;

/// <summary>The fuzz targets. Each takes the fuzzer's bytes and returns, or throws the exception its API documents
/// (caught here); anything else escaping — another exception, or a <see cref="FuzzFindingException"/> for an invariant
/// that did not hold — is a finding. Shared by the AFL++ harness (<c>Program</c>) and the corpus replay tests.</summary>
public static class FuzzTargets
{
    /// <summary>A target: one input.</summary>
    /// <param name="data">The fuzzer's bytes.</param>
    public delegate void Target(ReadOnlySpan<byte> data);

    // Made on first use, not by the type's initialiser: under the fuzzer, instrumented library code may run only once
    // SharpFuzz has mapped AFL's coverage memory (Fuzzer.OutOfProcess.Run), after the harness has looked up its target.
    private static readonly Lazy<IncidentPayloadValidator> s_validator = new(() => new(Clock()));
    private static readonly Lazy<IncidentPayloadValidator> s_parallelValidator = new(() => new(Clock(), new PayloadValidationOptions { MaxDegreeOfParallelism = 2 }));

    /// <summary>Gets every target by name (the name is also its corpus folder).</summary>
    public static IReadOnlyDictionary<string, Target> All { get; } = new Dictionary<string, Target>(StringComparer.Ordinal)
    {
        ["json"] = Json,
        ["documents"] = Documents,
        ["validator"] = Validator,
        ["text"] = Text,
        ["ged"] = Ged,
        ["export"] = Export,
    };

    /// <summary>One incident document: read it; when it reads, write → read gives the same incident and the same
    /// bytes again.</summary>
    public static void Json(ReadOnlySpan<byte> data)
    {
        Incident incident;
        try
        {
            incident = IncidentJson.Deserialize(data);
        }
        catch (JsonException)
        {
            return;
        }

        byte[] written = IncidentJson.SerializeToUtf8Bytes(incident);
        Incident again = IncidentJson.Deserialize(written);
        Require(again == incident, "write → read gave a different incident");
        Require(IncidentJson.SerializeToUtf8Bytes(again).AsSpan().SequenceEqual(written), "write → read → write gave different bytes");
    }

    /// <summary>The same bytes as an NDJSON file and as a JSON array: both readers end or throw a JSON error; every
    /// incident they yield writes and reads back equal.</summary>
    public static void Documents(ReadOnlySpan<byte> data)
    {
        byte[] bytes = data.ToArray();
        ReadAll(IncidentJson.ReadNdjsonAsync(new MemoryStream(bytes)));
        ReadAll(IncidentJson.ReadArrayAsync(new MemoryStream(bytes)));

        static void ReadAll(IAsyncEnumerable<Incident> incidents)
        {
            try
            {
                foreach (Incident incident in incidents.ToBlockingEnumerable())
                {
                    Require(IncidentJson.Deserialize(IncidentJson.SerializeToUtf8Bytes(incident)) == incident, "a streamed incident did not read back equal");
                }
            }
            catch (JsonException)
            {
            }
        }
    }

    /// <summary>The payload validator never throws; every issue has a code, a JSON Pointer and a message; two threads
    /// give the report one thread gives.</summary>
    public static void Validator(ReadOnlySpan<byte> data)
    {
        PayloadValidationReport report = s_validator.Value.Validate(data);
        foreach (ValidationIssue issue in report.Issues)
        {
            Require(issue.Code.StartsWith("INC-", StringComparison.Ordinal), $"an issue without a code: '{issue.Code}'");
            Require(issue.Path.Length == 0 || issue.Path[0] == '/', $"an issue path that is no JSON Pointer: '{issue.Path}'");
            Require(issue.Message.Length > 0, "an issue without a message");
            Require(issue.Line is null or >= 1 && issue.Column is null or >= 1, $"a line or column below 1: {issue.Line}:{issue.Column}");
        }

        Require(!report.IsValid || report.Issues.All(i => i.Severity < report.FailAt), "a valid report with an issue at its failing severity");
        Require(s_parallelValidator.Value.Validate(data) == report, "two threads gave another report than one");
    }

    /// <summary>The text grammars: the first byte picks the type, the rest is its text. UTF-8 and UTF-16 parsing agree;
    /// what parses formats to text that parses to the same value, and formats the same again.</summary>
    public static void Text(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return;
        }

        ReadOnlySpan<byte> utf8 = data[1..];
        switch (data[0] % 20)
        {
            case 0: Text<PartialDate>(utf8); break;
            case 1: Text<ApproximateTime>(utf8); break;
            case 2: Text<CasualtyRange>(utf8); break;
            case 3: Text<GeoCoordinate>(utf8); break;
            case 4: Text<AdmiraltyRating>(utf8); break;
            case 5: Text<AttackMethodKind>(utf8); break;
            case 6: Text<DurationEstimate>(utf8); break;
            case 7: Text<CountryCode>(utf8); break;
            case 8: Text<IncidentId>(utf8); break;
            case 9: Text<ActorId>(utf8); break;
            case 10: Text<SourceId>(utf8); break;
            case 11: Text<CampaignId>(utf8); break;
            case 12: Text<FigureId>(utf8); break;
            case 13: Text<PhaseId>(utf8); break;
            case 14: Text<ActorKind>(utf8); break;
            case 15: Text<CasualtyKind>(utf8); break;
            case 16: Text<ClaimMode>(utf8); break;
            case 17: Text<PartyRole>(utf8); break;
            case 18: Text<SourceKind>(utf8); break;
            default: Text<SchemaVersion>(utf8); break;
        }
    }

    private static void Text<T>(ReadOnlySpan<byte> utf8)
        where T : ISpanParsable<T>, IUtf8SpanParsable<T>, ISpanFormattable, IEquatable<T>
    {
        bool fromUtf8 = T.TryParse(utf8, CultureInfo.InvariantCulture, out T? value8);
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            string text = Encoding.UTF8.GetString(utf8);
            bool fromUtf16 = T.TryParse(text, CultureInfo.InvariantCulture, out T? value16);
            Require(fromUtf8 == fromUtf16 && (!fromUtf8 || value8!.Equals(value16)), $"{typeof(T).Name}: UTF-8 and UTF-16 parsing disagree on '{text}'");
            if (!fromUtf16)
            {
                try
                {
                    _ = T.Parse(text, CultureInfo.InvariantCulture);
                    Require(false, $"{typeof(T).Name}: Parse accepted '{text}', which TryParse refused");
                }
                catch (FormatException)
                {
                }
            }
        }

        if (fromUtf8)
        {
            string formatted = value8!.ToString(null, CultureInfo.InvariantCulture);
            Require(T.TryParse(formatted, CultureInfo.InvariantCulture, out T? again), $"{typeof(T).Name}: its own text '{formatted}' does not parse");
            Require(again!.Equals(value8), $"{typeof(T).Name}: '{formatted}' parses to another value");
            Require(again.ToString(null, CultureInfo.InvariantCulture) == formatted, $"{typeof(T).Name}: '{formatted}' is not its canonical text");
        }
    }

    /// <summary>A GED CSV file: opening it throws only the documented exceptions; every row is an incident or a
    /// rejection; every incident writes and reads back equal.</summary>
    public static void Ged(ReadOnlySpan<byte> data)
    {
        string text = Encoding.UTF8.GetString(data);
        UcdpGedImporter.GedImportSession session;
        try
        {
            session = UcdpGedImporter.OpenAsync(new StringReader(text), Instant.FromUtc(2026, 11, 30, 0, 0)).GetAwaiter().GetResult();
        }
        catch (InvalidDataException)
        {
            return;
        }

        using (session)
        {
            if (!session.Header.CanImport)
            {
                return;
            }

            try
            {
                foreach (GedImportRow row in session.ReadRowsAsync().ToBlockingEnumerable())
                {
                    Require(row.IsRejected == row.Incident is null, "a row neither imported nor rejected");
                    if (row.Incident is { } incident)
                    {
                        Require(IncidentJson.Deserialize(IncidentJson.SerializeToUtf8Bytes(incident)) == incident, "an imported incident did not read back equal");
                    }
                }
            }
            catch (InvalidDataException)
            {
                // A row longer than GedImportOptions.MaxRowLength.
            }
        }
    }

    /// <summary>Incidents from fuzzed JSON, through every exporter: none throws; the STIX bundle is JSON.</summary>
    public static void Export(ReadOnlySpan<byte> data)
    {
        Incident incident;
        try
        {
            incident = IncidentJson.Deserialize(data);
        }
        catch (JsonException)
        {
            return;
        }

        string bundle = StixExporter.Export(incident).Value;
        using (JsonDocument.Parse(bundle))
        {
        }

        _ = GtdExporter.Export(incident);
        _ = AcledExporter.Export(incident);
        _ = PloverExporter.Export(incident);
    }

    private static FixedClock Clock() => new(Instant.FromUtc(2026, 11, 30, 0, 0));

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new FuzzFindingException(what);
        }
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}

/// <summary>An invariant that did not hold for a fuzzed input.</summary>
/// <param name="message">Which invariant.</param>
public sealed class FuzzFindingException(string message) : Exception(message);
