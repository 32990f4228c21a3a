using Incidents.Core.Tests.Support;
using NodaTime;

namespace Incidents.Core.Tests;

public class PartialDateTests
{
    [Fact]
    public void Constructor_FullDate_ExposesComponents()
    {
        var date = new PartialDate(2022, 1, 20);

        date.Year.Should().Be(2022);
        date.Month.Should().Be(1);
        date.Day.Should().Be(20);
        date.Precision.Should().Be(DatePrecision.Day);
        date.Earliest.Should().Be(new LocalDate(2022, 1, 20));
        date.Latest.Should().Be(new LocalDate(2022, 1, 20));
        date.TryGetLocalDate(out LocalDate local).Should().BeTrue();
        local.Should().Be(new LocalDate(2022, 1, 20));
    }

    [Fact]
    public void Constructor_YearMonth_SpansTheMonth()
    {
        var date = new PartialDate(2024, 2);

        date.Day.Should().BeNull();
        date.Precision.Should().Be(DatePrecision.Month);
        date.Earliest.Should().Be(new LocalDate(2024, 2, 1));
        date.Latest.Should().Be(new LocalDate(2024, 2, 29));
        date.TryGetLocalDate(out _).Should().BeFalse();
        date.ToDateInterval().Length.Should().Be(29);
    }

    [Fact]
    public void Constructor_YearOnly_SpansTheYear()
    {
        var date = new PartialDate(2022);

        date.Month.Should().BeNull();
        date.Precision.Should().Be(DatePrecision.Year);
        date.Earliest.Should().Be(new LocalDate(2022, 1, 1));
        date.Latest.Should().Be(new LocalDate(2022, 12, 31));
        date.Contains(new LocalDate(2022, 7, 1)).Should().BeTrue();
        date.Contains(new LocalDate(2023, 1, 1)).Should().BeFalse();
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(10000, 1, 1)]
    [InlineData(2022, 0, 1)]
    [InlineData(2022, 13, 1)]
    [InlineData(2022, 1, 0)]
    [InlineData(2022, 1, 32)]
    [InlineData(2022, 2, 29)]
    [InlineData(1900, 2, 29)]
    [InlineData(2022, 4, 31)]
    public void Constructor_OutOfRange_ThrowsArgumentOutOfRangeException(int year, int month, int day)
    {
        Action act = () => _ = new PartialDate(year, month, day);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Constructor_LeapDay_IsAcceptedInLeapYears()
    {
        new PartialDate(2000, 2, 29).Day.Should().Be(29);
        new PartialDate(2024, 2, 29).Day.Should().Be(29);
    }

    [Fact]
    public void Default_IsNotADate_AndTheModelRejectsIt()
    {
        PartialDate date = default;

        (date.IsDefault, date.Year, date.ToString()).Should().Be((true, 0, string.Empty));
        date.Should().NotBe(new PartialDate(1));
        new PartialDate(1).ToString().Should().Be("0001");
        new PartialDate(1).IsDefault.Should().BeFalse();

        // Like an identifier's or a country code's default: an error where it is given, never the year 0001.
        ((Func<Timing>)(() => new Timing { Date = default })).Should().Throw<ArgumentException>().WithParameterName("Date");
        ((Func<Timing>)(() => new Timing { Date = new PartialDate(2022), EndDate = default(PartialDate) })).Should().Throw<ArgumentException>().WithParameterName("EndDate");
        ((Func<Claim>)(() => new Claim { Kind = ClaimKind.Responsibility, Date = default(PartialDate) })).Should().Throw<ArgumentException>().WithParameterName("Date");
        ((Func<CasualtyFigure>)(() => new CasualtyFigure { Kind = CasualtyKind.Killed, ReportedOn = default(PartialDate) })).Should().Throw<ArgumentException>().WithParameterName("ReportedOn");
        new Timing { Date = new PartialDate(2022), EndDate = null }.EndDate.Should().BeNull();
    }

    [Theory]
    [InlineData(2022, null, null, "2022")]
    [InlineData(2022, 1, null, "2022-01")]
    [InlineData(2022, 1, 20, "2022-01-20")]
    [InlineData(987, 3, 4, "0987-03-04")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    public void ToString_IsIso8601(int year, int? month, int? day, string expected)
    {
        PartialDate date = month is null ? new(year) : day is null ? new(year, month.Value) : new(year, month.Value, day.Value);

        date.ToString().Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void ToString_UnderAnyCulture_IsIso8601(string culture)
    {
        using var scope = new CultureScope(culture);

        new PartialDate(2022, 1, 20).ToString().Should().Be("2022-01-20");
    }

    [Fact]
    public void CompareTo_OrdersByEarliestThenLatest()
    {
        var day = new PartialDate(2022, 1, 1);
        var month = new PartialDate(2022, 1);
        var year = new PartialDate(2022);
        var next = new PartialDate(2022, 1, 2);

        new[] { year, next, month, day }.Order().Should().Equal(day, month, year, next);
        (month < year).Should().BeTrue();
        (year >= month).Should().BeTrue();
        (day <= new PartialDate(2022, 1, 1)).Should().BeTrue();
        (next > year).Should().BeTrue();
        ((IComparable)day).CompareTo(null).Should().BePositive();
    }

    [Fact]
    public void CompareTo_OtherType_Throws()
    {
        Action act = () => ((IComparable)new PartialDate(2022)).CompareTo("2022");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FromLocalDate_IsoDate_KeepsTheDay()
    {
        PartialDate.FromLocalDate(new LocalDate(2022, 1, 21)).Should().Be(new PartialDate(2022, 1, 21));
    }

    [Fact]
    public void FromLocalDate_OtherCalendar_ThrowsArgumentException()
    {
        var hijri = new LocalDate(1443, 6, 17, CalendarSystem.IslamicBcl);

        Action act = () => PartialDate.FromLocalDate(hijri);

        act.Should().Throw<ArgumentException>().WithParameterName("date");
    }

    [Fact]
    public void FromLocalDate_YearBeforeOne_ThrowsArgumentOutOfRangeException()
    {
        Action act = () => PartialDate.FromLocalDate(new LocalDate(-5, 1, 1));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
