namespace Incidents.Core.Interop.CodeMaps;

/// <summary>A mapped value and what the mapping lost.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The mapped value.</param>
/// <param name="Losses">What was dropped or coarsened on the way (empty when the mapping is exact).</param>
/// <threadsafety>Immutable when <typeparamref name="T"/> is.</threadsafety>
public sealed record Mapping<T>(T Value, LossReport Losses)
{
    /// <summary>Gets whether the mapping lost nothing.</summary>
    public bool IsExact => Losses.Losses.IsEmpty;

    internal static Mapping<T> Exact(T value) => new(value, LossReport.None);

    internal static Mapping<T> Lossy(T value, LossKind kind, string subject, string description) =>
        new(value, new LossReport([new Loss(kind, subject, description)]));
}
