using Incidents.Core.Tests.Support;
using NodaTime;

namespace Incidents.Core.Tests;

public class TimeOfDayTests
{
    [Fact]
    public void ApproximateTime_Around_IsApproximate()
    {
        ApproximateTime time = ApproximateTime.Around(3);

        time.Time.Should().Be(new LocalTime(3, 0));
        time.Approximation.Should().Be(Approximation.Approximate);
        time.ToString().Should().Be("~03:00");
    }

    [Theory]
    [InlineData(Approximation.Exact, "03:00")]
    [InlineData(Approximation.Approximate, "~03:00")]
    [InlineData(Approximation.AtLeast, "not before 03:00")]
    [InlineData(Approximation.AtMost, "not after 03:00")]
    public void ApproximateTime_ToString_ShowsApproximation(Approximation approximation, string expected)
    {
        new ApproximateTime(new LocalTime(3, 0), approximation).ToString().Should().Be(expected);
    }

    [Fact]
    public void ApproximateTime_ToString_ShowsSecondsAndFractionsOnlyWhenPresent()
    {
        new ApproximateTime(new LocalTime(23, 59, 7)).ToString().Should().Be("23:59:07");
        new ApproximateTime(LocalTime.FromHourMinuteSecondMillisecondTick(1, 2, 3, 450, 0)).ToString().Should().Be("01:02:03.45");
    }

    [Fact]
    public void ApproximateTime_Default_IsExactMidnight()
    {
        default(ApproximateTime).Should().Be(new ApproximateTime(LocalTime.Midnight));
        default(ApproximateTime).ToString().Should().Be("00:00");
    }

    [Fact]
    public void ApproximateTime_UndefinedApproximation_Throws()
    {
        Action act = () => _ = new ApproximateTime(LocalTime.Noon, (Approximation)9);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("approximation");
    }

    [Theory]
    [InlineData(24 * 60, Approximation.Approximate, "~PT24H")]
    [InlineData(90, Approximation.Exact, "PT1H30M")]
    [InlineData(0, Approximation.Exact, "PT0S")]
    [InlineData(3 * 24 * 60, Approximation.AtLeast, "at least PT72H")]
    [InlineData(45, Approximation.AtMost, "at most PT45M")]
    public void DurationEstimate_ToString_IsIso8601(int minutes, Approximation approximation, string expected)
    {
        new DurationEstimate(Duration.FromMinutes(minutes), approximation).ToString().Should().Be(expected);
    }

    [Fact]
    public void DurationEstimate_ToString_KeepsSubseconds()
    {
        new DurationEstimate(Duration.FromMilliseconds(1_500)).ToString().Should().Be("PT1.5S");
        new DurationEstimate(Duration.FromNanoseconds(61_000_000_001)).ToString().Should().Be("PT1M1.000000001S");
    }

    [Fact]
    public void DurationEstimate_Negative_ThrowsArgumentOutOfRangeException()
    {
        Action act = () => _ = new DurationEstimate(Duration.FromSeconds(-1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void ToString_UnderAnyCulture_IsInvariant(string culture)
    {
        using var scope = new CultureScope(culture);

        ApproximateTime.Around(3, 30).ToString().Should().Be("~03:30");
        new DurationEstimate(Duration.FromHours(24), Approximation.Approximate).ToString().Should().Be("~PT24H");
    }
}
