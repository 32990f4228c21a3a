namespace Incidents.Core.Interop;

/// <summary>What a mapping dropped or coarsened and how — the part of interop none of the field's datasets
/// documents. Every mapper returns one with its result.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record LossReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="losses">The losses, in the order the mapper met them.</param>
    public LossReport(EquatableArray<Loss> losses)
    {
        Losses = losses;
    }

    /// <summary>Gets a report of a mapping that lost nothing.</summary>
    public static LossReport None { get; } = new([]);

    /// <summary>Gets the losses, in the order the mapper met them.</summary>
    public EquatableArray<Loss> Losses { get; }

    /// <summary>Gets whether nothing was dropped or coarsened (facts kept aside or repaired do not count as lost).</summary>
    public bool IsLossless => !Losses.AsImmutableArray().Any(l => l.Kind is LossKind.Dropped or LossKind.Coarsened);

    /// <summary>Returns one loss per line.</summary>
    /// <returns>The report as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Losses.AsImmutableArray());
}
