using Incidents.Core.Json;
using NodaTime;

namespace Incidents.Core.Tests;

/// <summary>Parts of the day in words: what the reports write reads as its part; each part's window; a night that runs
/// into the next date; the start window of a timing narrowed to the part of the day.</summary>
public sealed class DayPartTests
{
    [Theory]
    [InlineData("morning", DayPart.Morning)]
    [InlineData("  In the Morning ", DayPart.Morning)]
    [InlineData("early morning", DayPart.EarlyMorning)]
    [InlineData("early in the morning", DayPart.EarlyMorning)]
    [InlineData("in the afternoon", DayPart.Afternoon)]
    [InlineData("early evening", DayPart.EarlyEvening)]
    [InlineData("EVENING", DayPart.Evening)]
    [InlineData("at night", DayPart.Night)]
    [InlineData("overnight", DayPart.Night)]
    [InlineData("during the night", DayPart.Night)]
    [InlineData("late at night", DayPart.LateNight)]
    [InlineData("late  night", DayPart.LateNight)]
    public void TryParse_ReadsTheReportsWords(string text, DayPart expected)
    {
        DayParts.TryParse(text, out DayPart part).Should().BeTrue();
        part.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("mornings")]
    [InlineData("late")]
    [InlineData("night time")]
    [InlineData("in the morning 03:00")]
    [InlineData("noon")]
    public void TryParse_RejectsOtherText(string text) => DayParts.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void EveryPart_HasAWindow_AndOnlyTheNightsCrossMidnight()
    {
        foreach (DayPart part in Enum.GetValues<DayPart>())
        {
            DayParts.Start(part).Should().NotBe(DayParts.End(part));
            DayParts.CrossesMidnight(part).Should().Be(part is DayPart.Night or DayPart.LateNight, part.ToString());
            DayParts.Contains(part, DayParts.Start(part)).Should().BeTrue("the start is inside");
            DayParts.Contains(part, DayParts.End(part)).Should().BeFalse("the end is outside");
        }

        DayParts.Contains(DayPart.Night, new LocalTime(2, 30)).Should().BeTrue();
        DayParts.Contains(DayPart.Night, new LocalTime(12, 0)).Should().BeFalse();
        FluentActions.Invoking(() => DayParts.Start((DayPart)99)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void StartWindow_OfANight_RunsIntoTheNextDate()
    {
        var timing = new Timing { Date = new PartialDate(2022, 1, 20), PartOfDay = DayPart.Night, Zone = DateTimeZoneProviders.Tzdb["Asia/Damascus"] };

        timing.TryGetStartWindow(out Interval window).Should().BeTrue();

        // Damascus was UTC+2 in January 2022 (it moved to UTC+3 all year in October 2022): 20:00 on the 20th to
        // 06:00 on the 21st.
        window.Start.Should().Be(Instant.FromUtc(2022, 1, 20, 18, 0));
        window.End.Should().Be(Instant.FromUtc(2022, 1, 21, 4, 0));
    }

    [Fact]
    public void PartOfDay_RoundTrips_AsItsCode()
    {
        Incident raid = Incidents.Cli.SeedIncidents.BarracksRaid;
        Incident edited = raid with { Timing = raid.Timing with { PartOfDay = DayPart.LateNight } };

        string json = IncidentJson.Serialize(edited);

        json.Should().Contain("\"partOfDay\":\"late-night\"");
        IncidentJson.Deserialize(json).Should().Be(edited);
    }
}
