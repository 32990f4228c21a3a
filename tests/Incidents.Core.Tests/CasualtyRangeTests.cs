using CsCheck;
using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests;

public class CasualtyRangeTests
{
    public static TheoryData<int?, int?, int?> OutOfOrder => new()
    {
        { 5, 4, null },
        { null, 5, 4 },
        { 5, null, 4 },
        { 3, 10, 9 },
    };

    public static TheoryData<int?, int?, int?> Negative => new()
    {
        { -1, null, null },
        { null, -1, null },
        { null, null, -1 },
        { int.MinValue, 0, 0 },
    };

    [Fact]
    public void Exactly_SetsAllBounds()
    {
        CasualtyRange range = CasualtyRange.Exactly(39);

        (range.Low, range.Best, range.High).Should().Be((39, 39, 39));
        range.IsExact.Should().BeTrue();
        range.IsOpenEnded.Should().BeFalse();
        range.ToString().Should().Be("39");
    }

    [Fact]
    public void AtLeast_HasOpenUpperBound()
    {
        CasualtyRange range = CasualtyRange.AtLeast(11);

        (range.Low, range.Best, range.High).Should().Be((11, (int?)null, (int?)null));
        range.IsOpenEnded.Should().BeTrue();
        range.IsExact.Should().BeFalse();
        range.Minimum.Should().Be(11);
        range.ToString().Should().Be("at least 11");
    }

    [Fact]
    public void AtMost_HasOnlyHigh()
    {
        CasualtyRange range = CasualtyRange.AtMost(20);

        (range.Low, range.Best, range.High).Should().Be(((int?)null, (int?)null, 20));
        range.Minimum.Should().Be(0);
        range.ToString().Should().Be("at most 20");
    }

    [Fact]
    public void Between_WithAndWithoutBest()
    {
        CasualtyRange.Between(10, 15).Should().Be(new CasualtyRange(10, null, 15));
        CasualtyRange.Between(10, 15).ToString().Should().Be("10-15");
        CasualtyRange.Between(10, 15, best: 12).Best.Should().Be(12);
        CasualtyRange.Between(10, 15, best: 12).ToString().Should().Be("10-15 (best 12)");
        CasualtyRange.Between(7, 7).IsExact.Should().BeFalse("best is unknown");
    }

    [Fact]
    public void Approximately_HasOnlyBest()
    {
        CasualtyRange range = CasualtyRange.Approximately(3500);

        (range.Low, range.Best, range.High).Should().Be(((int?)null, 3500, (int?)null));
        range.IsOpenEnded.Should().BeTrue();
        range.ToString().Should().Be("~3500");
    }

    [Theory]
    [InlineData(10, 12, null, "at least 10 (best 12)")]
    [InlineData(null, 12, 15, "at most 15 (best 12)")]
    [InlineData(0, 0, 0, "0")]
    [InlineData(39, 39, 45, "39-45 (best 39)")]
    public void ToString_OtherShapes(int? low, int? best, int? high, string expected)
    {
        new CasualtyRange(low, best, high).ToString().Should().Be(expected);
    }

    [Fact]
    public void Default_IsExactlyZero()
    {
        default(CasualtyRange).Should().Be(CasualtyRange.Exactly(0));
        default(CasualtyRange).IsExact.Should().BeTrue();
        default(CasualtyRange).Low.Should().Be(0);
    }

    [Fact]
    public void Constructor_NoBound_ThrowsArgumentException()
    {
        Action act = () => _ = new CasualtyRange(null, null, null);

        act.Should().Throw<ArgumentException>().WithParameterName("best");
    }

    [Theory]
    [MemberData(nameof(OutOfOrder))]
    public void Constructor_BoundsOutOfOrder_ThrowsArgumentException(int? low, int? best, int? high)
    {
        Action act = () => _ = new CasualtyRange(low, best, high);

        act.Should().Throw<ArgumentException>().Which.Should().NotBeOfType<ArgumentOutOfRangeException>();
    }

    [Theory]
    [MemberData(nameof(Negative))]
    public void Constructor_NegativeBound_ThrowsArgumentOutOfRangeException(int? low, int? best, int? high)
    {
        Action act = () => _ = new CasualtyRange(low, best, high);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Factories_RejectNegativeCounts()
    {
        ((Action)(() => CasualtyRange.Exactly(-1))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => CasualtyRange.AtLeast(-1))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => CasualtyRange.AtMost(-1))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => CasualtyRange.Approximately(-1))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => CasualtyRange.Between(5, 4))).Should().Throw<ArgumentException>();
        ((Action)(() => CasualtyRange.Between(1, 9, best: 10))).Should().Throw<ArgumentException>().WithParameterName("high");
    }

    [Fact]
    public void Constructor_MaximumValues_AreAccepted()
    {
        CasualtyRange.Exactly(int.MaxValue).High.Should().Be(int.MaxValue);
    }

    [Fact]
    public void Sum_SohrFigures_IsExact74()
    {
        (CasualtyRange.Exactly(39) + CasualtyRange.Exactly(35)).Should().Be(CasualtyRange.Exactly(74));
    }

    [Fact]
    public void Sum_KeepsOnlyBoundsKnownInEveryRange()
    {
        (CasualtyRange.AtLeast(11) + CasualtyRange.Exactly(5)).Should().Be(CasualtyRange.AtLeast(16));
        (CasualtyRange.Approximately(3500) + CasualtyRange.Exactly(5)).Should().Be(CasualtyRange.Approximately(3505));
        CasualtyRange.Add(CasualtyRange.Between(10, 15), CasualtyRange.Exactly(5)).Should().Be(CasualtyRange.Between(15, 20));
        CasualtyRange.Sum([CasualtyRange.Exactly(1), CasualtyRange.Exactly(2), CasualtyRange.Between(3, 4, 3)])
            .Should().Be(new CasualtyRange(6, 6, 7));
    }

    [Fact]
    public void Sum_NoBoundCommonToAll_FallsBackToSumOfMinimums()
    {
        (CasualtyRange.AtLeast(11) + CasualtyRange.AtMost(20)).Should().Be(CasualtyRange.AtLeast(11));
        (CasualtyRange.Approximately(5) + CasualtyRange.AtLeast(3)).Should().Be(CasualtyRange.AtLeast(3));
    }

    [Fact]
    public void Sum_Empty_ThrowsArgumentException()
    {
        Action act = () => CasualtyRange.Sum([]);

        act.Should().Throw<ArgumentException>().WithParameterName("ranges");
    }

    [Fact]
    public void Sum_PastIntMaxValue_ThrowsOverflowException()
    {
        Action act = () => _ = CasualtyRange.Exactly(int.MaxValue) + CasualtyRange.Exactly(1);

        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Contains_RespectsBoundsAndOpenEnds()
    {
        CasualtyRange.Between(10, 15).Contains(10).Should().BeTrue();
        CasualtyRange.Between(10, 15).Contains(15).Should().BeTrue();
        CasualtyRange.Between(10, 15).Contains(16).Should().BeFalse();
        CasualtyRange.Between(10, 15).Contains(9).Should().BeFalse();
        CasualtyRange.AtLeast(11).Contains(int.MaxValue).Should().BeTrue();
        CasualtyRange.AtMost(20).Contains(0).Should().BeTrue();
        CasualtyRange.Exactly(0).Contains(-1).Should().BeFalse();
    }

    [Fact]
    public void Overlaps_DetectsCommonCounts()
    {
        CasualtyRange.Between(10, 15).Overlaps(CasualtyRange.Between(15, 20)).Should().BeTrue();
        CasualtyRange.Between(10, 15).Overlaps(CasualtyRange.Between(16, 20)).Should().BeFalse();
        CasualtyRange.AtLeast(100).Overlaps(CasualtyRange.AtMost(99)).Should().BeFalse();
        CasualtyRange.AtLeast(100).Overlaps(CasualtyRange.Approximately(3)).Should().BeTrue();
        CasualtyRange.Exactly(39).Overlaps(CasualtyRange.Exactly(35)).Should().BeFalse();
    }

    [Fact]
    public void Property_BoundsAreOrderedAndContained()
    {
        Generators.CasualtyRange.Sample(range =>
        {
            int? low = range.Low, best = range.Best, high = range.High;
            return (low is not null || best is not null || high is not null)
                && !(low > best) && !(best > high) && !(low > high)
                && (best is null || range.Contains(best.Value))
                && range.Contains(range.Minimum)
                && range.Overlaps(range);
        });
    }

    [Fact]
    public void Property_SumIsCommutativeAndContainsSumsOfMembers()
    {
        Gen.Select(Generators.CasualtyRange, Generators.CasualtyRange).Sample((a, b) =>
        {
            CasualtyRange sum = a + b;
            return sum == b + a
                && sum.Contains(a.Minimum + b.Minimum)
                && (a.Best is null || b.Best is null || sum.Best == a.Best + b.Best);
        });
    }

    [Fact]
    public void Property_EqualRangesHashAlike()
    {
        Generators.CasualtyRange.Sample(range =>
        {
            var copy = new CasualtyRange(range.Low, range.Best, range.High);
            return copy == range && copy.GetHashCode() == range.GetHashCode();
        });
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void ToString_UnderAnyCulture_UsesAsciiDigits(string culture)
    {
        using var scope = new CultureScope(culture);

        CasualtyRange.Approximately(3500).ToString().Should().Be("~3500");
        CasualtyRange.Between(1000, 2000, 1500).ToString().Should().Be("1000-2000 (best 1500)");
    }
}
