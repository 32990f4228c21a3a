using Incidents.Core.Tests.Support;

namespace Incidents.Core.Tests;

public class GeoCoordinateTests
{
    [Theory]
    [InlineData(90, 180)]
    [InlineData(-90, -180)]
    [InlineData(36.5024, 40.7477)]
    public void Constructor_InRange_KeepsValues(double latitude, double longitude)
    {
        var point = new GeoCoordinate(latitude, longitude);

        point.Latitude.Should().Be(latitude);
        point.Longitude.Should().Be(longitude);
    }

    [Theory]
    [InlineData(91, 0, "latitude")]
    [InlineData(-90.000001, 0, "latitude")]
    [InlineData(double.NaN, 0, "latitude")]
    [InlineData(double.PositiveInfinity, 0, "latitude")]
    [InlineData(0, 180.5, "longitude")]
    [InlineData(0, double.NaN, "longitude")]
    [InlineData(0, double.NegativeInfinity, "longitude")]
    public void Constructor_OutOfRange_ThrowsArgumentOutOfRangeException(double latitude, double longitude, string parameter)
    {
        Action act = () => _ = new GeoCoordinate(latitude, longitude);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Fact]
    public void Constructor_NegativeZero_EqualsZeroAndHashesAlike()
    {
        var negative = new GeoCoordinate(-0.0, -0.0);
        var positive = new GeoCoordinate(0.0, 0.0);

        negative.Should().Be(positive);
        negative.GetHashCode().Should().Be(positive.GetHashCode());
        double.IsNegative(negative.Latitude).Should().BeFalse();
        negative.ToString().Should().Be("0,0");
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void ToString_UnderAnyCulture_UsesInvariantDecimalPoint(string culture)
    {
        using var scope = new CultureScope(culture);

        new GeoCoordinate(36.5024, -40.7477).ToString().Should().Be("36.5024,-40.7477");
    }
}
