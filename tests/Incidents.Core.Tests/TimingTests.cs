using NodaTime;

namespace Incidents.Core.Tests;

public class TimingTests
{
    private static readonly DateTimeZone s_baghdad = DateTimeZoneProviders.Tzdb["Asia/Baghdad"];
    private static readonly DateTimeZone s_damascus = DateTimeZoneProviders.Tzdb["Asia/Damascus"];
    private static readonly DateTimeZone s_newYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public void TryGetStartInstant_FullDateTimeAndZone_ConvertsToUtc()
    {
        var timing = new Timing { Date = new PartialDate(2022, 1, 20), TimeOfDay = ApproximateTime.Around(3), Zone = s_baghdad };

        timing.TryGetStartInstant(out Instant instant).Should().BeTrue();

        instant.Should().Be(Instant.FromUtc(2022, 1, 20, 0, 0));
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, true, false)]
    public void TryGetStartInstant_MissingPiece_ReturnsFalse(bool hasZone, bool hasTime, bool hasDay)
    {
        var timing = new Timing
        {
            Date = hasDay ? new PartialDate(2022, 1, 20) : new PartialDate(2022, 1),
            TimeOfDay = hasTime ? ApproximateTime.Around(3) : null,
            Zone = hasZone ? s_baghdad : null,
        };

        timing.TryGetStartInstant(out Instant instant).Should().BeFalse();
        instant.Should().Be(default(Instant));
    }

    [Fact]
    public void TryGetStartWindow_DateOnly_SpansTheLocalDay()
    {
        // In January 2022 Syria kept UTC+2 in winter.
        var timing = new Timing { Date = new PartialDate(2022, 1, 20), Zone = s_damascus };

        timing.TryGetStartWindow(out Interval window).Should().BeTrue();

        window.Start.Should().Be(Instant.FromUtc(2022, 1, 19, 22, 0));
        window.End.Should().Be(Instant.FromUtc(2022, 1, 20, 22, 0));
    }

    [Fact]
    public void TryGetStartWindow_MonthOnly_SpansTheMonth()
    {
        var timing = new Timing { Date = new PartialDate(2022, 2), Zone = s_baghdad };

        timing.TryGetStartWindow(out Interval window).Should().BeTrue();

        window.Duration.Should().Be(Duration.FromDays(28));
    }

    [Fact]
    public void TryGetStartWindow_WithTime_IsTheInstant()
    {
        var timing = new Timing { Date = new PartialDate(2022, 1, 20), TimeOfDay = ApproximateTime.Around(3), Zone = s_baghdad };

        timing.TryGetStartWindow(out Interval window).Should().BeTrue();

        window.Start.Should().Be(Instant.FromUtc(2022, 1, 20, 0, 0));
        window.Duration.Should().Be(Duration.Zero);
    }

    [Fact]
    public void TryGetStartWindow_NoZone_ReturnsFalse()
    {
        new Timing { Date = new PartialDate(2022) }.TryGetStartWindow(out _).Should().BeFalse();
    }

    [Fact]
    public void LocalTimeInDaylightSavingGap_CannotBeConverted()
    {
        var timing = new Timing { Date = new PartialDate(2022, 3, 13), TimeOfDay = new ApproximateTime(new LocalTime(2, 30)), Zone = s_newYork };

        timing.TryGetStartInstant(out _).Should().BeFalse();
        timing.TryGetStartWindow(out _).Should().BeFalse();
    }

    [Fact]
    public void LocalTimeInDaylightSavingOverlap_GivesBothInstantsAsWindow()
    {
        var timing = new Timing { Date = new PartialDate(2022, 11, 6), TimeOfDay = new ApproximateTime(new LocalTime(1, 30)), Zone = s_newYork };

        timing.TryGetStartInstant(out _).Should().BeFalse();
        timing.TryGetStartWindow(out Interval window).Should().BeTrue();
        window.Start.Should().Be(Instant.FromUtc(2022, 11, 6, 5, 30));
        window.Duration.Should().Be(Duration.FromHours(1));
    }

    [Fact]
    public void TryGetStartWindow_LastRepresentableDay_ReturnsFalse()
    {
        var timing = new Timing { Date = new PartialDate(9999), Zone = DateTimeZone.Utc };

        timing.TryGetStartWindow(out _).Should().BeFalse();
    }

    [Fact]
    public void Wording_Blank_IsRejected()
    {
        Action act = () => _ = new Timing { Date = new PartialDate(2022), Wording = "  " };

        act.Should().Throw<ArgumentException>().WithParameterName("Wording");
    }

    [Fact]
    public void Equality_SameZoneFromProvider_IsEqual()
    {
        var a = new Timing { Date = new PartialDate(2022, 1, 20), Zone = DateTimeZoneProviders.Tzdb["Asia/Baghdad"] };
        var b = new Timing { Date = new PartialDate(2022, 1, 20), Zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull("Asia/Baghdad") };

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a with { Zone = s_damascus }).Should().NotBe(a);
    }
}
