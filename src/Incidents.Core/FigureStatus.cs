using System.Text.Json.Serialization;
using Incidents.Core.Json;
namespace Incidents.Core;

/// <summary>Where a casualty figure stands among the figures reported over time for the same quantity.</summary>
/// <remarks>A toll reported low on the first day and raised over the following weeks is a chain of figures: the first
/// <see cref="Preliminary"/>, the later ones <see cref="Revised"/> (each naming the one it replaces in
/// <see cref="CasualtyFigure.Revises"/>), the last perhaps <see cref="Final"/> (an official inquiry's).</remarks>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<FigureStatus>))]
public enum FigureStatus
{
    /// <summary>An early figure, expected to change ("at least", on the day).</summary>
    Preliminary = 0,

    /// <summary>A figure that replaces an earlier one, up or down (more bodies found; double counting removed).</summary>
    Revised = 1,

    /// <summary>A figure given as settled: an official inquiry's, a court's, a final count.</summary>
    Final = 2,

    /// <summary>A figure that other parties or sources reject.</summary>
    Disputed = 3,
}
