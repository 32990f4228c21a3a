using System.Text.Json;
using System.Text.Json.Serialization;

namespace Incidents.Core.Json;

/// <summary>Converts one of the model's closed enums (<see cref="LocationPrecision"/>, <see cref="ClaimKind"/> …)
/// to and from its stable lower-kebab code (<c>near-settlement</c>, <c>statement-of-fact</c>); integers are
/// rejected on read and never written.</summary>
/// <remarks>The enums name this converter in a <see cref="JsonConverterAttribute"/>, so System.Text.Json uses it
/// wherever they appear, in your own source-generated contexts too. You do not normally create one yourself.</remarks>
/// <typeparam name="TEnum">The enum.</typeparam>
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
public sealed class KebabCaseEnumJsonConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter.</summary>
    public KebabCaseEnumJsonConverter()
        : base(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    {
    }
}
