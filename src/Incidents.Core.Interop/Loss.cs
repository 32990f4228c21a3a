namespace Incidents.Core.Interop;

/// <summary>One fact a mapping dropped, coarsened, kept aside or repaired.</summary>
/// <param name="Kind">What happened to it.</param>
/// <param name="Subject">Which fact: a column of the source (<c>geom_wkt</c>) or a path in the model
/// (<c>/timing/timeOfDay</c>).</param>
/// <param name="Description">What happened, for a person: "approximate local time 03:00 Asia/Baghdad → UTC instant".</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Loss(LossKind Kind, string Subject, string Description)
{
    /// <summary>Returns <c>Coarsened date_prec: …</c>.</summary>
    /// <returns>The loss as one line.</returns>
    public override string ToString() => $"{Kind} {Subject}: {Description}";
}
