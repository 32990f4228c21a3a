using System.Collections.Immutable;
using System.Collections;
using System.Runtime.CompilerServices;
using System.Text;

namespace Incidents.Core;

/// <summary>
/// An immutable array with value equality: two arrays are equal when they hold equal elements in the same order.
/// </summary>
/// <typeparam name="T">The element type; its <see cref="EqualityComparer{T}.Default"/> decides element equality.</typeparam>
/// <remarks>
/// <para>
/// Records compare <see cref="ImmutableArray{T}"/> and <see cref="List{T}"/> members by reference, so two incidents built
/// from the same facts would not be equal. Every collection in the model is an <see cref="EquatableArray{T}"/> instead,
/// after <c>ImmutableEquatableArray</c> in dotnet/runtime.
/// </para>
/// <para>The default value is the empty array. Build one with a collection expression (<c>[a, b]</c>),
/// <see cref="EquatableArray.Create{T}(ReadOnlySpan{T})"/> or the conversion from <see cref="ImmutableArray{T}"/>.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps <paramref name="items"/>; a default (uninitialised) array becomes the empty array.</summary>
    /// <param name="items">The elements.</param>
    public EquatableArray(ImmutableArray<T> items)
    {
        _items = items.IsDefault ? [] : items;
    }

    /// <summary>Gets the number of elements.</summary>
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>Gets a value indicating whether the array has no elements.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Gets the element at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public T this[int index] => AsSpan()[index];

    /// <summary>Converts an <see cref="ImmutableArray{T}"/> without copying it.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Converts an array by copying it (a later change to the array does not reach the copy);
    /// <see langword="null"/> converts to the empty array.</summary>
    /// <param name="items">The elements, or <see langword="null"/>.</param>
    public static implicit operator EquatableArray<T>(T[]? items) => items is null ? default : new(ImmutableArray.Create(items));

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when both hold equal elements in the same order.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when they differ in length or in any element.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Returns the elements as an <see cref="ImmutableArray{T}"/> (never a default one), without copying.</summary>
    /// <returns>The underlying array.</returns>
    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? [] : _items;

    /// <summary>Returns the elements as a span, without copying.</summary>
    /// <returns>A read-only span over the elements.</returns>
    public ReadOnlySpan<T> AsSpan() => AsImmutableArray().AsSpan();

    /// <summary>Returns an enumerator that does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T> other)
    {
        ReadOnlySpan<T> a = AsSpan();
        ReadOnlySpan<T> b = other.AsSpan();
        if (a.Length != b.Length)
        {
            return false;
        }

        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (T item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the elements in brackets, e.g. <c>[vbied, siege]</c>.</summary>
    /// <returns>A readable list of the elements.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder("[");
        ReadOnlySpan<T> items = AsSpan();
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(items[i]);
        }

        return builder.Append(']').ToString();
    }

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();
}
