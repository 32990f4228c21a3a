using System.Text;
using System.Text.Json;

namespace Incidents.Core.Json;

/// <summary>The lower-kebab wire codes of a closed enum whose members are numbered 0 or 1 upwards without gaps
/// (e.g. <see cref="LocationPrecision.NearSettlement"/> ⇄ <c>near-settlement</c>).</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class EnumCodes<TEnum>
    where TEnum : struct, Enum
{
    private readonly int _first;
    private readonly byte[][] _utf8;
    private readonly JsonEncodedText[] _encoded;

    internal EnumCodes()
    {
        if (System.Runtime.CompilerServices.Unsafe.SizeOf<TEnum>() != sizeof(int))
        {
            throw new InvalidOperationException($"{typeof(TEnum).Name} is not backed by an int.");
        }

        TEnum[] values = Enum.GetValues<TEnum>();
        _first = Convert.ToInt32(values[0], System.Globalization.CultureInfo.InvariantCulture);
        Codes = Array.ConvertAll(Enum.GetNames<TEnum>(), static n => JsonNamingPolicy.KebabCaseLower.ConvertName(n));
        _utf8 = Array.ConvertAll(Codes, Encoding.UTF8.GetBytes);
        _encoded = Array.ConvertAll(Codes, static c => JsonEncodedText.Encode(c));
        for (int i = 0; i < values.Length; i++)
        {
            if (Convert.ToInt32(values[i], System.Globalization.CultureInfo.InvariantCulture) != _first + i)
            {
                throw new InvalidOperationException($"{typeof(TEnum).Name} is not numbered without gaps.");
            }
        }
    }

    /// <summary>The codes, in the order of the members' values.</summary>
    internal string[] Codes { get; }

    /// <summary>A list of the codes for error messages: <c>'site', 'settlement' or 'area'</c>.</summary>
    internal string Expected => field ??= "one of '" + string.Join("', '", Codes) + "'";

    internal static EnumCodes<TEnum> Instance { get; } = new();

    internal JsonEncodedText Encode(TEnum value) => _encoded[ToInt(value) - _first];

    internal string Code(TEnum value) => Codes[ToInt(value) - _first];

    internal bool TryMatch(ReadOnlySpan<byte> utf8, out TEnum value)
    {
        for (int i = 0; i < _utf8.Length; i++)
        {
            if (utf8.SequenceEqual(_utf8[i]))
            {
                value = FromInt(_first + i);
                return true;
            }
        }

        value = default;
        return false;
    }

    private static int ToInt(TEnum value) => System.Runtime.CompilerServices.Unsafe.As<TEnum, int>(ref value);

    private static TEnum FromInt(int value) => System.Runtime.CompilerServices.Unsafe.As<int, TEnum>(ref value);
}
