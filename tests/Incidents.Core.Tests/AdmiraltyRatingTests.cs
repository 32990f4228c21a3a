namespace Incidents.Core.Tests;

public class AdmiraltyRatingTests
{
    [Fact]
    public void Constructor_B2_WritesB2()
    {
        var rating = new AdmiraltyRating(SourceReliability.UsuallyReliable, InformationCredibility.ProbablyTrue);

        rating.Reliability.Should().Be(SourceReliability.UsuallyReliable);
        rating.Credibility.Should().Be(InformationCredibility.ProbablyTrue);
        rating.ReliabilityLetter.Should().Be('B');
        rating.CredibilityDigit.Should().Be(2);
        rating.ToString().Should().Be("B2");
    }

    [Fact]
    public void AllCombinations_AreDistinctAndWrittenA1ToF6()
    {
        var written = new HashSet<string>();
        foreach (SourceReliability reliability in Enum.GetValues<SourceReliability>())
        {
            foreach (InformationCredibility credibility in Enum.GetValues<InformationCredibility>())
            {
                var rating = new AdmiraltyRating(reliability, credibility);
                written.Add(rating.ToString()).Should().BeTrue();
                rating.Reliability.Should().Be(reliability);
                rating.Credibility.Should().Be(credibility);
            }
        }

        written.Should().HaveCount(36).And.Contain(["A1", "F6", "C4", "E1"]);
    }

    [Fact]
    public void Default_IsF6()
    {
        default(AdmiraltyRating).ToString().Should().Be("F6");
        default(AdmiraltyRating).Should().Be(new AdmiraltyRating(SourceReliability.CannotBeJudged, InformationCredibility.CannotBeJudged));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(7, 1)]
    [InlineData(1, 0)]
    [InlineData(1, 7)]
    public void Constructor_UndefinedAxis_ThrowsArgumentOutOfRangeException(int reliability, int credibility)
    {
        Action act = () => _ = new AdmiraltyRating((SourceReliability)reliability, (InformationCredibility)credibility);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
