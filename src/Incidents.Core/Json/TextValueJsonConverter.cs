using System.Text.Json;
using System.Text.Json.Serialization;
using Incidents.Core.Parsing;

namespace Incidents.Core.Json;

/// <summary>Converts one of the model's value types (<see cref="PartialDate"/>, <see cref="CasualtyKind"/>,
/// <see cref="IncidentId"/> …) to and from its canonical text form as a JSON string, through the type's UTF-8
/// parser and formatter: no intermediate strings in either direction.</summary>
/// <remarks>
/// <para>The value types name this converter in a <see cref="JsonConverterAttribute"/>, so System.Text.Json uses it
/// wherever they appear — in your own types too, and in your own source-generated contexts (which is why it is
/// public). You do not normally create one yourself.</para>
/// <para>Reading accepts every JSON escape and every form the value's standard allows on the wire (FORMAT.md,
/// "Accepted and canonical forms": <c>"PT90M"</c> for a duration, <c>"03:00:00"</c> for a time), and nothing else
/// (<c>"vbied"</c>, not <c>"VBIED"</c>); the error says what to write instead. Writing emits the canonical form. Use the
/// type's <c>Parse</c> methods for lenient reading of text typed by people.</para>
/// </remarks>
/// <typeparam name="T">The value type; one of the model's text value types.</typeparam>
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
public sealed class TextValueJsonConverter<T> : JsonConverter<T>
    where T : struct, IUtf8SpanParsable<T>, IUtf8SpanFormattable
{
    private static readonly TextValueAdapter<T> s_adapter = TextValueAdapter<T>.Create();

    /// <summary>Creates the converter.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the model's text value types.</exception>
    public TextValueJsonConverter()
    {
        _ = s_adapter ?? throw new NotSupportedException($"{typeof(T).Name} is not one of the model's text value types.");
    }

    /// <inheritdoc/>
    public override bool HandleNull => false;

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        IncidentReader incidentReader = IncidentReader.Rent(IncidentJsonOptions.Default);
        try
        {
            return s_adapter.Read(incidentReader, ref reader);
        }
        catch (IncidentReadException e)
        {
            throw e.ToJsonException("value");
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        s_adapter.Write(writer, value);
    }

    /// <inheritdoc/>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> buffer = stackalloc byte[512];
        writer.WritePropertyName(value.TryFormat(buffer, out int written, default, null) ? buffer[..written] : throw new InvalidOperationException("The value did not fit 512 bytes."));
    }
}

/// <summary>Binds <see cref="TextValueJsonConverter{T}"/> to the internal parser interface of each value type
/// without reflection (trimming- and AOT-safe): a closed list of the model's types.</summary>
internal abstract class TextValueAdapter<T>
{
    internal abstract T Read(IncidentReader reader, ref Utf8JsonReader json);

    internal abstract void Write(Utf8JsonWriter writer, T value);

    internal static TextValueAdapter<T> Create()
    {
        object? adapter = typeof(T) switch
        {
            _ when typeof(T) == typeof(IncidentId) => new Of<IncidentId>(),
            _ when typeof(T) == typeof(ActorId) => new Of<ActorId>(),
            _ when typeof(T) == typeof(FigureId) => new Of<FigureId>(),
            _ when typeof(T) == typeof(CampaignId) => new Of<CampaignId>(),
            _ when typeof(T) == typeof(PhaseId) => new Of<PhaseId>(),
            _ when typeof(T) == typeof(SourceId) => new Of<SourceId>(),
            _ when typeof(T) == typeof(AttackMethodKind) => new Of<AttackMethodKind>(),
            _ when typeof(T) == typeof(ActorKind) => new Of<ActorKind>(),
            _ when typeof(T) == typeof(PartyRole) => new Of<PartyRole>(),
            _ when typeof(T) == typeof(CasualtyKind) => new Of<CasualtyKind>(),
            _ when typeof(T) == typeof(ClaimMode) => new Of<ClaimMode>(),
            _ when typeof(T) == typeof(SourceKind) => new Of<SourceKind>(),
            _ when typeof(T) == typeof(PartialDate) => new Of<PartialDate>(),
            _ when typeof(T) == typeof(ApproximateTime) => new Of<ApproximateTime>(),
            _ when typeof(T) == typeof(DurationEstimate) => new Of<DurationEstimate>(),
            _ when typeof(T) == typeof(GeoCoordinate) => new Of<GeoCoordinate>(),
            _ when typeof(T) == typeof(AdmiraltyRating) => new Of<AdmiraltyRating>(),
            _ when typeof(T) == typeof(CountryCode) => new Of<CountryCode>(),
            _ when typeof(T) == typeof(SchemaVersion) => new Of<SchemaVersion>(),
            _ => null,
        };
        return (TextValueAdapter<T>)adapter!;
    }

    private sealed class Of<TValue> : TextValueAdapter<TValue>
        where TValue : struct, ITextValue<TValue>, IEquatable<TValue>
    {
        internal override TValue Read(IncidentReader reader, ref Utf8JsonReader json)
        {
            reader.Value(ref json, out TValue value);
            return value;
        }

        internal override void Write(Utf8JsonWriter writer, TValue value) => IncidentWriter.WriteValue(writer, value);
    }
}
