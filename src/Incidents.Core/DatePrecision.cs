using System.Text.Json.Serialization;
using Incidents.Core.Json;
namespace Incidents.Core;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
/// <remarks>GTD codes an unknown month or day as 0; UCDP GED's <c>date_prec</c> and ACLED's <c>time_precision</c>
/// express the same uncertainty as a window, which maps onto <see cref="Timing.Date"/> and <see cref="Timing.EndDate"/>.</remarks>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<DatePrecision>))]
public enum DatePrecision
{
    /// <summary>Only the year is known (<c>2022</c>).</summary>
    Year = 1,

    /// <summary>The year and month are known (<c>2022-01</c>).</summary>
    Month = 2,

    /// <summary>The full date is known (<c>2022-01-20</c>).</summary>
    Day = 3,
}
