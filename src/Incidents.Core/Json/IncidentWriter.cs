using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Incidents.Core.Parsing;
using NodaTime;

namespace Incidents.Core.Json;

/// <summary>Writes the model in the canonical wire form, by hand, with no intermediate strings: properties in the
/// documented order, absent values and empty lists left out, value types in their canonical text, extension
/// properties last.</summary>
internal static class IncidentWriter
{
    private const int MaxTextValueLength = 512;

    internal static void WriteIncident(Utf8JsonWriter w, Incident x)
    {
        JsonEncodedText[] n = WireNames.Incident.Encoded;
        w.WriteStartObject();
        WriteValue(w, n[0], x.Metadata.SchemaVersion);
        WriteValue(w, n[1], x.Id);
        w.WriteString(n[2], x.Title);
        WriteText(w, n[3], x.Summary);
        w.WritePropertyName(n[4]);
        WriteTiming(w, x.Timing);
        w.WritePropertyName(n[5]);
        WriteLocation(w, x.Location);
        WriteArray(w, n[6], x.Methods, WriteAttackMethod);
        WriteArray(w, n[7], x.Phases, WritePhase);
        WriteArray(w, n[8], x.Actors, WriteActor);
        WriteArray(w, n[9], x.Parties, WriteParty);
        WriteArray(w, n[10], x.Casualties, WriteCasualtyFigure);
        WriteArray(w, n[11], x.Claims, WriteClaim);
        WriteArray(w, n[12], x.Sources, WriteSource);
        WriteArray(w, n[13], x.Campaigns, WriteCampaign);
        WriteArray(w, n[14], x.Related, WriteRelated);
        w.WritePropertyName(n[15]);
        WriteMetadata(w, x.Metadata);
        WriteExtensions(w, x.Extensions);
        w.WriteEndObject();
    }

    internal static void WriteMetadata(Utf8JsonWriter w, RecordMetadata x)
    {
        JsonEncodedText[] n = WireNames.RecordMetadata.Encoded;
        w.WriteStartObject();
        w.WriteNumber(n[0], x.Revision);
        WriteInstant(w, n[1], x.Created);
        WriteInstant(w, n[2], x.Modified);
        WriteText(w, n[3], x.RevisionNote);
        WriteExtensions(w, x.Extensions);
        w.WriteEndObject();
    }

    internal static void WriteTiming(Utf8JsonWriter w, Timing x)
    {
        JsonEncodedText[] n = WireNames.Timing.Encoded;
        w.WriteStartObject();
        WriteValue(w, n[0], x.Date);
        WriteValue(w, n[1], x.EndDate);
        WriteValue(w, n[2], x.TimeOfDay);
        WriteValue(w, n[3], x.EndTimeOfDay);
        WriteText(w, n[4], x.Zone?.Id);
        WriteValue(w, n[5], x.Duration);
        WriteText(w, n[6], x.Wording);
        WriteExtensions(w, x.Extensions);
        w.WriteEndObject();
    }

    internal static void WriteLocation(Utf8JsonWriter w, Location x)
    {
        JsonEncodedText[] n = WireNames.Location.Encoded;
        w.WriteStartObject();
        w.WriteString(n[0], EnumCodes<LocationPrecision>.Instance.Encode(x.Precision));
        WriteValue(w, n[1], x.Country);
        WriteText(w, n[2], x.Admin1);
        WriteText(w, n[3], x.Admin2);
        WriteText(w, n[4], x.Place);
        WriteText(w, n[5], x.Facility);
        WriteStrings(w, n[6], x.AlternativeNames);
        WriteText(w, n[7], x.Description);
        WriteValue(w, n[8], x.Coordinates);
        WriteExtensions(w, x.Extensions);
        w.WriteEndObject();
    }

    internal static void WriteAttackMethod(Utf8JsonWriter w, AttackMethod x)
    {
        JsonEncodedText[] n = WireNames.AttackMethod.Encoded;
        w.WriteStartObject();
        WriteValue(w, n[0], x.Kind);
        if (x.Count is { } count)
        {
            w.WriteNumber(n[1], count);
        }

        if (x.IsSuicide is { } suicide)
        {
            w.WriteBoolean(n[2], suicide);
        }

        WriteText(w, n[3], x.Target);
        WriteText(w, n[4], x.Description);
        WriteExtensions(w, x.Extensions);
        w.WriteEndObject();
    }

    internal static void WritePhase(Utf8JsonWriter w, IncidentPhase x)
    {
        JsonEncodedText[] n = WireNames.IncidentPhase.Encoded;
        w.WriteStartObject();
        w.WriteString(n[0], x.Name);
        WriteText(w, n[1], x.Description);
        WriteValues(w, n[2], x.Methods);
        WriteValues(w, n[3], x.Actors);
        WriteExtensions(w, x.Extensions);
        w.WriteEndObject();
    }

    internal static void WriteActor(Utf8JsonWriter w, Actor x)
    {
        JsonEncodedText[] n = WireNames.Actor.Encoded;
        w.WriteStartObject();
        WriteValue(w, n[0], x.Id);
        w.WriteString(n[1], x.Name);
        WriteValue(w, n[2], x.Kind);
        WriteStrings(w, n[3], x.Aliases);
        WriteValue(w, n[4], x.AffiliatedWith);
        WriteText(w, n[5], x.Description);
        WriteExtensions(w, x.Extensions);
        w.WriteEndObject();
    }

    internal static void WriteParty(Utf8JsonWriter w, Party x)
    {
        JsonEncodedText[] n = WireNames.Party.Encoded;
        w.WriteStartObject();
        WriteValue(w, n[0], x.Actor);
        WriteValue(w, n[1], x.Role);
        if (x.Attribution is { } attribution)
        {
            w.WriteString(n[2], EnumCodes<AttributionCertainty>.Instance.Encode(attribution));
        }

        WriteText(w, n[3], x.Description);
        WriteExtensions(w, x.Extensions);
        w.WriteEndObject();
    }

    internal static void WriteCasualtyFigure(Utf8JsonWriter w, CasualtyFigure x)
    {
        JsonEncodedText[] n = WireNames.CasualtyFigure.Encoded;
        w.WriteStartObject();
        WriteValue(w, n[0], x.Party);
        WriteValue(w, n[1], x.Kind);
        if (x.Range is { } range)
        {
            w.WritePropertyName(n[2]);
            WriteRange(w, range);
        }

        WriteText(w, n[3], x.Wording);
        WriteText(w, n[4], x.Description);
        WriteArray(w, n[5], x.Attributions, WriteAttribution);
        WriteExtensions(w, x.Extensions);
        w.WriteEndObject();
    }

    internal static void WriteRange(Utf8JsonWriter w, CasualtyRange x)
    {
        JsonEncodedText[] n = WireNames.CasualtyRange.Encoded;
        w.WriteStartObject();
        if (x.Low is { } low)
        {
            w.WriteNumber(n[0], low);
        }

        if (x.Best is { } best)
        {
            w.WriteNumber(n[1], best);
        }

        if (x.High is { } high)
        {
            w.WriteNumber(n[2], high);
        }

        w.WriteEndObject();
    }

    internal static void WriteAttribution(Utf8JsonWriter w, SourceAttribution x)
    {
        JsonEncodedText[] n = WireNames.SourceAttribution.Encoded;
        w.WriteStartObject();
        WriteValue(w, n[0], x.Source);
        w.WriteString(n[1], EnumCodes<SourceStance>.Instance.Encode(x.Stance));

        WriteExtensions(w, x.Extensions);
        w.WriteEndObject();
    }

    internal static void WriteClaim(Utf8JsonWriter w, Claim x)
    {
        JsonEncodedText[] n = WireNames.Claim.Encoded;
        w.WriteStartObject();
        w.WriteString(n[0], EnumCodes<ClaimKind>.Instance.Encode(x.Kind));
        WriteValue(w, n[1], x.Claimant);
        WriteValue(w, n[2], x.Outlet);
        WriteValues(w, n[3], x.Modes);
        WriteValue(w, n[4], x.Date);
        WriteText(w, n[5], x.Quote);
        WriteText(w, n[6], x.Language);
        w.WriteString(n[7], EnumCodes<ClaimVerification>.Instance.Encode(x.Verification));

        WriteValue(w, n[8], x.Rating);
        WriteValues(w, n[9], x.Sources);
        WriteText(w, n[10], x.Note);
        WriteExtensions(w, x.Extensions);
        w.WriteEndObject();
    }

    internal static void WriteSource(Utf8JsonWriter w, Source x)
    {
        JsonEncodedText[] n = WireNames.Source.Encoded;
        w.WriteStartObject();
        WriteValue(w, n[0], x.Id);
        w.WriteString(n[1], x.Name);
        WriteValue(w, n[2], x.Kind);
        WriteText(w, n[3], x.Title);
        WriteText(w, n[4], x.Url?.OriginalString);
        WriteValue(w, n[5], x.PublishedOn);
        WriteValue(w, n[6], x.Rating);
        WriteValue(w, n[7], x.Originator);
        WriteExtensions(w, x.Extensions);
        w.WriteEndObject();
    }

    internal static void WriteCampaign(Utf8JsonWriter w, Campaign x)
    {
        JsonEncodedText[] n = WireNames.Campaign.Encoded;
        w.WriteStartObject();
        w.WriteString(n[0], x.Name);
        WriteStrings(w, n[1], x.Aliases);
        WriteText(w, n[2], x.Description);
        WriteText(w, n[3], x.Objective);
        WriteExtensions(w, x.Extensions);
        w.WriteEndObject();
    }

    internal static void WriteRelated(Utf8JsonWriter w, RelatedIncident x)
    {
        JsonEncodedText[] n = WireNames.RelatedIncident.Encoded;
        w.WriteStartObject();
        WriteValue(w, n[0], x.Incident);
        w.WriteString(n[1], EnumCodes<IncidentRelation>.Instance.Encode(x.Relation));
        WriteExtensions(w, x.Extensions);
        w.WriteEndObject();
    }

    /// <summary>Writes a value type's canonical text as a JSON string. Canonical texts are printable ASCII without
    /// quotes or backslashes (ids, codes, dates, times, ratings …), so they need no escaping: the quoted bytes are
    /// written raw, which skips the writer's escaping scan and UTF-8 validation.</summary>
    internal static void WriteValue<T>(Utf8JsonWriter w, JsonEncodedText name, in T value)
        where T : struct, ITextValue<T>, IEquatable<T>
    {
        Span<byte> buffer = stackalloc byte[MaxTextValueLength + 2];
        int written = Format(value, buffer[1..^1]);
        buffer[0] = (byte)'"';
        buffer[written + 1] = (byte)'"';
        Debug.Assert(buffer[1..(written + 1)].IndexOfAny(NeedsEscaping) < 0, "canonical text needs no escaping");
        w.WritePropertyName(name);
        w.WriteRawValue(buffer[..(written + 2)], skipInputValidation: true);
    }

    /// <summary>Writes a value type's canonical text as a JSON string value (an array element: through the writer,
    /// which indents elements; a raw value would not be).</summary>
    internal static void WriteValue<T>(Utf8JsonWriter w, in T value)
        where T : struct, ITextValue<T>, IEquatable<T>
    {
        Span<byte> buffer = stackalloc byte[MaxTextValueLength];
        w.WriteStringValue(buffer[..Format(value, buffer)]);
    }

    /// <summary>Formats a value's canonical text as UTF-8 into <paramref name="destination"/>.</summary>
    /// <returns>The number of bytes written.</returns>
    private static int Format<T>(in T value, Span<byte> destination)
        where T : struct, ITextValue<T>, IEquatable<T> =>
        value.TryFormatCore(destination, out int written)
            ? written
            : throw new InvalidOperationException($"A {typeof(T).Name} did not fit {destination.Length} bytes.");

    private static readonly SearchValues<byte> NeedsEscaping = SearchValues.Create([.. Enumerable.Range(0, 32).Select(static b => (byte)b), (byte)'"', (byte)'\\', 127]);

    private static void WriteValue<T>(Utf8JsonWriter w, JsonEncodedText name, T? value)
        where T : struct, ITextValue<T>, IEquatable<T>
    {
        if (value is { } v)
        {
            WriteValue(w, name, v);
        }
    }

    private static void WriteValues<T>(Utf8JsonWriter w, JsonEncodedText name, EquatableArray<T> values)
        where T : struct, ITextValue<T>, IEquatable<T>
    {
        if (values.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (T value in values.AsSpan())
        {
            WriteValue(w, value);
        }

        w.WriteEndArray();
    }

    private static void WriteText(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, JsonEncodedText name, EquatableArray<string> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (string value in values.AsSpan())
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void WriteInstant(Utf8JsonWriter w, JsonEncodedText name, Instant value)
    {
        Span<byte> buffer = stackalloc byte[48];
        NodaJson.TryFormatInstant(value, buffer[1..], out int written);
        buffer[0] = (byte)'"';
        buffer[written + 1] = (byte)'"';
        w.WritePropertyName(name);
        w.WriteRawValue(buffer[..(written + 2)], skipInputValidation: true);
    }

    private static void WriteArray<T>(Utf8JsonWriter w, JsonEncodedText name, EquatableArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (T item in items.AsSpan())
        {
            write(w, item);
        }

        w.WriteEndArray();
    }

    private static void WriteExtensions(Utf8JsonWriter w, EquatableArray<ExtensionProperty> extensions)
    {
        foreach (ExtensionProperty extension in extensions.AsSpan())
        {
            w.WritePropertyName(extension.Name);
            w.WriteRawValue(extension.Json, skipInputValidation: true);
        }
    }
}
