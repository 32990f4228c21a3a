using System.Diagnostics.CodeAnalysis;

namespace Incidents.Core.Utility;

/// <summary>Argument checks shared by the model's constructors and <c>init</c> accessors.</summary>
internal static class Guard
{
    /// <summary>The longest free text (a title, a name, a quote) the model accepts, in Unicode scalar values
    /// (<see cref="TextRules.Length"/>).</summary>
    internal const int MaxTextLength = 100_000;

    /// <summary>Returns <paramref name="value"/> when it holds at least one non-white-space character.</summary>
    internal static string NotBlank([NotNull] string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (TextRules.IsBlank(value))
        {
            throw new ArgumentException("The value must contain at least one character that is not white space or invisible (see FORMAT.md, 'Free text').", paramName);
        }

        if (!TextRules.IsWithin(value, MaxTextLength))
        {
            throw new ArgumentException($"The value is {TextRules.Length(value)} characters long; at most {MaxTextLength} are allowed.", paramName);
        }

        if (!IsWellFormed(value))
        {
            throw new ArgumentException("The value contains an unpaired surrogate: it is not valid Unicode text and cannot be written as UTF-8.", paramName);
        }

        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is <see langword="null"/> (absent) or not blank.</summary>
    /// <remarks>An empty or white-space string is rejected so that "absent" has exactly one representation.</remarks>
    internal static string? NullOrNotBlank(string? value, string paramName) =>
        value is null ? null : NotBlank(value, paramName);

    private static readonly NodaTime.Instant FirstWritable = NodaTime.Instant.FromUtc(1, 1, 1, 0, 0);
    private static readonly NodaTime.Instant LastWritable = NodaTime.Instant.FromUtc(9999, 12, 31, 23, 59, 59).PlusNanoseconds(999_999_999);

    /// <summary>Returns <paramref name="value"/> when it lies in the years 0001–9999 in UTC: what RFC 3339 (and so the
    /// wire format) can write.</summary>
    internal static NodaTime.Instant WritableInstant(NodaTime.Instant value, string paramName)
    {
        if (value < FirstWritable || value > LastWritable)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The instant must lie in the years 0001–9999 (UTC): RFC 3339 cannot write others.");
        }

        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is a defined member of its enum.</summary>
    internal static TEnum Defined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"The value is not a defined {typeof(TEnum).Name}.");
        }

        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is not the type's uninitialised default.</summary>
    internal static T NotDefault<T>(T value, string paramName)
        where T : struct, IEquatable<T>
    {
        if (value.Equals(default))
        {
            throw new ArgumentException($"The value is an uninitialised {typeof(T).Name}.", paramName);
        }

        return value;
    }

    /// <summary>Returns <paramref name="items"/> when none of its elements is the type's uninitialised default.</summary>
    internal static EquatableArray<T> NoDefaultItems<T>(EquatableArray<T> items, string paramName)
        where T : struct, IEquatable<T>
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Equals(default))
            {
                throw new ArgumentException($"The element at index {i} is an uninitialised {typeof(T).Name}.", paramName);
            }
        }

        return items;
    }

    /// <summary>Returns <paramref name="items"/> when none of its elements is <see langword="null"/>.</summary>
    internal static EquatableArray<T> NoNullItems<T>(EquatableArray<T> items, string paramName)
        where T : class
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException($"The element at index {i} is null.", paramName);
            }
        }

        return items;
    }

    /// <summary>Returns <paramref name="items"/> when every element is neither blank nor <see langword="null"/>.</summary>
    internal static EquatableArray<string> NoBlankItems(EquatableArray<string> items, string paramName)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is null || TextRules.IsBlank(items[i]))
            {
                throw new ArgumentException($"The element at index {i} is null or blank.", paramName);
            }

            if (!TextRules.IsWithin(items[i], MaxTextLength))
            {
                throw new ArgumentException($"The element at index {i} is longer than {MaxTextLength} characters.", paramName);
            }

            if (!IsWellFormed(items[i]))
            {
                throw new ArgumentException($"The element at index {i} contains an unpaired surrogate.", paramName);
            }
        }

        return items;
    }

    /// <summary>Returns <paramref name="items"/> when no two elements have the same key.</summary>
    internal static EquatableArray<T> UniqueKeys<T, TKey>(EquatableArray<T> items, Func<T, TKey> key, string paramName)
        where T : class
        where TKey : notnull
    {
        NoNullItems(items, paramName);
        if (items.Count < 2)
        {
            return items;
        }

        if (items.Count <= 16)
        {
            // Few elements (the usual case): comparing pairs is cheaper than a hash set, and allocates nothing.
            EqualityComparer<TKey> comparer = EqualityComparer<TKey>.Default;
            for (int i = 1; i < items.Count; i++)
            {
                TKey current = key(items[i]);
                for (int j = 0; j < i; j++)
                {
                    if (comparer.Equals(current, key(items[j])))
                    {
                        throw new ArgumentException($"The element at index {i} repeats the key '{current}' of an earlier element.", paramName);
                    }
                }
            }

            return items;
        }

        var seen = new HashSet<TKey>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            if (!seen.Add(key(items[i])))
            {
                throw new ArgumentException($"The element at index {i} repeats the key '{key(items[i])}' of an earlier element.", paramName);
            }
        }

        return items;
    }

    /// <summary>Returns <paramref name="items"/> when no element is the default, no two share a name and no name is
    /// one of the record's own JSON property names.</summary>
    internal static EquatableArray<ExtensionProperty> Extensions(EquatableArray<ExtensionProperty> items, Json.PropertyTable reserved, string paramName)
    {
        if (items.IsEmpty)
        {
            return items;
        }

        // Repeated names: pairwise for a few (up to 32, by length and last character first, the text only when both
        // meet); for more, sorted hash codes first (no allocation for up to 256, linear enough for 100,000), and the
        // exact search only when two hash codes meet.
        ReadOnlySpan<ExtensionProperty> span = items.AsSpan();
        bool small = span.Length <= 32;
        int[]? rented = span.Length > 256 ? System.Buffers.ArrayPool<int>.Shared.Rent(span.Length) : null;
        Span<int> keys = rented is not null ? rented.AsSpan(0, span.Length) : stackalloc int[span.Length];
        try
        {
            for (int i = 0; i < span.Length; i++)
            {
                string? name = span[i].Name;
                if (name is null)
                {
                    throw new ArgumentException($"The element at index {i} is an uninitialised {nameof(ExtensionProperty)}.", paramName);
                }

                if (reserved.Contains(name))
                {
                    throw new ArgumentException($"The extension property '{name}' has the name of a property the record defines.", paramName);
                }

                if (small)
                {
                    // Names have at least one character; two that differ in length or last character differ.
                    int key = keys[i] = (name.Length << 16) | name[^1];
                    for (int j = 0; j < i; j++)
                    {
                        if (keys[j] == key && string.Equals(span[j].Name, name, StringComparison.Ordinal))
                        {
                            throw Repeated(i);
                        }
                    }
                }
                else
                {
                    keys[i] = string.GetHashCode(name, StringComparison.Ordinal);
                }
            }

            if (!small)
            {
                keys.Sort();
                for (int i = 1; i < keys.Length; i++)
                {
                    if (keys[i] == keys[i - 1])
                    {
                        var seen = new HashSet<string>(items.Count, StringComparer.Ordinal);
                        for (int j = 0; j < items.Count; j++)
                        {
                            if (!seen.Add(items[j].Name))
                            {
                                throw Repeated(j);
                            }
                        }

                        break;
                    }
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<int>.Shared.Return(rented);
            }
        }

        return items;

        ArgumentException Repeated(int index) =>
            new($"The element at index {index} repeats the extension property name '{items[index].Name}'.", paramName);
    }

    /// <summary>Returns whether <paramref name="value"/> is well-formed UTF-16 (every surrogate paired).</summary>
    internal static bool IsWellFormed(string value)
    {
        // Almost every string has no surrogate at all: find that out as cheaply as possible (a plain loop for
        // short strings, where the vectorised search costs more to set up than it saves), then check pairs.
        ReadOnlySpan<char> text = value;
        if (text.Length < 32)
        {
            foreach (char c in text)
            {
                if (char.IsSurrogate(c))
                {
                    return SurrogatesArePaired(text);
                }
            }

            return true;
        }

        return !text.ContainsAnyInRange('\uD800', '\uDFFF') || SurrogatesArePaired(text);
    }

    private static bool SurrogatesArePaired(ReadOnlySpan<char> rest)
    {
        int index;
        while ((index = rest.IndexOfAnyInRange('\uD800', '\uDFFF')) >= 0)
        {
            if (!char.IsHighSurrogate(rest[index]) || index + 1 >= rest.Length || !char.IsLowSurrogate(rest[index + 1]))
            {
                return false;
            }

            rest = rest[(index + 2)..];
        }

        return true;
    }
}
