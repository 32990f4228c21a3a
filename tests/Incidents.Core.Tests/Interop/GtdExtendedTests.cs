using Incidents.Cli;
using Incidents.Core.Interop.Gtd;
using NodaTime;

namespace Incidents.Core.Tests.Interop;

/// <summary>GTD's <c>extended</c> (more than 24 hours) and <c>resolution</c> (the day it ended) from an incident's
/// timing; what cannot be carried is reported, never dropped silently.</summary>
public sealed class GtdExtendedTests
{
    private static Incident With(Timing timing) => SeedIncidents.PrisonAssault with { Timing = timing };

    [Theory]
    [InlineData("2015-01-03", null, null, false, null)]
    [InlineData("2015-01-03", "2015-01-04", null, false, null)] // the next day: perhaps an overnight event of hours
    [InlineData("2015-01-03", "2015-01-05", null, true, "2015-01-05")]
    [InlineData("2015-01-03", "2015-01-04", "PT30H", true, "2015-01-04")]
    [InlineData("2015-01-03", null, "P4D", true, null)]
    [InlineData("2015-01-03", null, "PT13H", false, null)]
    [InlineData("2015-01", "2015-03", null, true, null)] // ended in March, the day not known
    public void ExtendedAndResolution(string date, string? end, string? duration, bool extended, string? resolution)
    {
        var timing = new Timing
        {
            Date = PartialDate.Parse(date),
            EndDate = end is null ? null : PartialDate.Parse(end),
            Duration = duration is null ? null : DurationEstimate.Parse(duration),
        };

        var export = GtdExporter.Export(With(timing));

        export.Value.Extended.Should().Be(extended);
        export.Value.Resolution.Should().Be(resolution is null ? null : LocalDate.FromDateTime(DateTime.Parse(resolution, System.Globalization.CultureInfo.InvariantCulture)));
        export.Losses.Losses.Any(l => l.Subject == "/timing/endDate").Should().Be(end is not null && resolution is null);
    }

    [Fact]
    public void AnEndTime_IsReportedLost()
    {
        var timing = new Timing { Date = new PartialDate(2015, 1, 3), EndDate = new PartialDate(2015, 1, 5), EndTimeOfDay = ApproximateTime.Parse("06:00") };

        GtdExporter.Export(With(timing)).Losses.Losses.Should().ContainSingle(l => l.Subject == "/timing/endTimeOfDay");
    }
}
