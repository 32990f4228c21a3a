using Incidents.Cli;
using NodaTime;
using NodaTime.Testing;

namespace Incidents.Core.Tests;

/// <summary>Single-field rules hold on construction and through <c>with</c>.</summary>
public class RecordInvariantTests
{
    private static readonly Incident s_seed = SeedIncidents.CreateBarracksRaid();

    public static TheoryData<string?> BlankTexts => new() { string.Empty, " ", "\t\n" };

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void Incident_BlankTitle_ThroughWith_ThrowsArgumentException(string? title)
    {
        Action act = () => _ = s_seed with { Title = title! };

        act.Should().Throw<ArgumentException>().WithParameterName("Title");
    }

    [Fact]
    public void Incident_NullTitle_ThrowsArgumentNullException()
    {
        Action act = () => _ = s_seed with { Title = null! };

        act.Should().Throw<ArgumentNullException>().WithParameterName("Title");
    }

    [Fact]
    public void Incident_AbsurdlyLongTitle_ThrowsArgumentException()
    {
        Action act = () => _ = s_seed with { Title = new string('x', 100_001) };

        act.Should().Throw<ArgumentException>().WithParameterName("Title");
    }

    [Fact]
    public void Incident_EmptySummary_IsRejectedButNullIsAbsent()
    {
        ((Action)(() => _ = s_seed with { Summary = string.Empty })).Should().Throw<ArgumentException>().WithParameterName("Summary");
        (s_seed with { Summary = null }).Summary.Should().BeNull();
    }

    [Fact]
    public void Incident_DefaultId_ThrowsArgumentException()
    {
        Action act = () => _ = s_seed with { Id = default };

        act.Should().Throw<ArgumentException>().WithParameterName("Id");
    }

    [Fact]
    public void Incident_NullTimingLocationOrMetadata_ThrowsArgumentNullException()
    {
        ((Action)(() => _ = s_seed with { Timing = null! })).Should().Throw<ArgumentNullException>().WithParameterName("Timing");
        ((Action)(() => _ = s_seed with { Location = null! })).Should().Throw<ArgumentNullException>().WithParameterName("Location");
        ((Action)(() => _ = s_seed with { Metadata = null! })).Should().Throw<ArgumentNullException>().WithParameterName("Metadata");
    }

    [Fact]
    public void Incident_DuplicateActorIds_ThrowsArgumentException()
    {
        Actor actor = s_seed.Actors[0];

        Action act = () => _ = s_seed with { Actors = [actor, actor with { Name = "Another name" }] };

        act.Should().Throw<ArgumentException>().WithParameterName("Actors").WithMessage("*index 1*'is'*");
    }

    [Fact]
    public void Incident_DuplicateSourceIds_ThrowsArgumentException()
    {
        Source source = s_seed.Sources[0];

        Action act = () => _ = s_seed with { Sources = [source, source] };

        act.Should().Throw<ArgumentException>().WithParameterName("Sources");
    }

    [Fact]
    public void Incident_NullElement_ThrowsArgumentException()
    {
        ((Action)(() => _ = s_seed with { Methods = [null!] })).Should().Throw<ArgumentException>().WithParameterName("Methods");
        ((Action)(() => _ = s_seed with { Claims = [s_seed.Claims[0], null!] })).Should().Throw<ArgumentException>().WithParameterName("Claims");
        ((Action)(() => _ = s_seed with { Actors = [null!] })).Should().Throw<ArgumentException>().WithParameterName("Actors");
        ((Action)(() => _ = s_seed with { Related = [null!] })).Should().Throw<ArgumentException>().WithParameterName("Related");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void AttackMethod_CountBelowOne_ThrowsArgumentOutOfRangeException(int count)
    {
        Action act = () => _ = new AttackMethod { Kind = AttackMethodKind.VehicleBorneIed, Count = count };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Count");
    }

    [Fact]
    public void AttackMethod_UnknownCount_IsNull()
    {
        new AttackMethod { Kind = AttackMethodKind.Siege }.Count.Should().BeNull();
        new AttackMethod { Kind = AttackMethodKind.Siege }.IsSuicide.Should().BeNull();
    }

    [Fact]
    public void Location_UndefinedPrecisionOrDefaultCountry_Throws()
    {
        ((Action)(() => _ = new Location { Precision = 0 })).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Precision");
        ((Action)(() => _ = new Location { Precision = LocationPrecision.Country, Country = default(CountryCode) }))
            .Should().Throw<ArgumentException>().WithParameterName("Country");
        ((Action)(() => _ = new Location { Precision = LocationPrecision.Site, AlternativeNames = ["ok", " "] }))
            .Should().Throw<ArgumentException>().WithParameterName("AlternativeNames");
    }

    [Fact]
    public void Source_RelativeUrl_ThrowsArgumentException()
    {
        Action act = () => _ = new Source { Id = new SourceId("s"), Name = "n", Url = new Uri("/relative", UriKind.Relative) };

        act.Should().Throw<ArgumentException>().WithParameterName("Url");
    }

    [Fact]
    public void Source_AbsoluteUrl_IsKept()
    {
        var source = new Source { Id = new SourceId("s"), Name = "n", Url = new Uri("https://www.syriahr.com/en/") };

        source.Url!.OriginalString.Should().Be("https://www.syriahr.com/en/");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("ar-SY")]
    [InlineData("zh-Hant-TW")]
    public void Claim_ValidLanguageTag_IsKept(string tag)
    {
        new Claim { Kind = ClaimKind.Responsibility, Language = tag }.Language.Should().Be(tag);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1en")]
    [InlineData("en-")]
    [InlineData("en_US")]
    [InlineData("عربي")]
    public void Claim_InvalidLanguageTag_ThrowsArgumentException(string tag)
    {
        Action act = () => _ = new Claim { Kind = ClaimKind.Responsibility, Language = tag };

        act.Should().Throw<ArgumentException>().WithParameterName("Language");
    }

    [Fact]
    public void Claim_UndefinedKindOrVerification_ThrowsArgumentOutOfRangeException()
    {
        ((Action)(() => _ = new Claim { Kind = 0 })).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Kind");
        ((Action)(() => _ = new Claim { Kind = ClaimKind.Denial, Verification = (ClaimVerification)42 }))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Verification");
    }

    [Fact]
    public void Claim_DefaultReference_ThrowsArgumentException()
    {
        ((Action)(() => _ = new Claim { Kind = ClaimKind.Denial, Claimant = default(ActorId) })).Should().Throw<ArgumentException>().WithParameterName("Claimant");
        ((Action)(() => _ = new Claim { Kind = ClaimKind.Denial, Sources = [default] })).Should().Throw<ArgumentException>().WithParameterName("Sources");
    }

    [Fact]
    public void CasualtyFigure_NullAttribution_ThrowsArgumentException()
    {
        Action act = () => _ = new CasualtyFigure { Kind = CasualtyKind.Killed, Attributions = [null!] };

        act.Should().Throw<ArgumentException>().WithParameterName("Attributions");
    }

    [Fact]
    public void CasualtyFigure_UnquantifiedReport_HasNoRange()
    {
        var figure = new CasualtyFigure { Kind = CasualtyKind.Unknown, Wording = "casualties were reported" };

        figure.Range.Should().BeNull();
        figure.Should().NotBe(figure with { Range = CasualtyRange.Exactly(0) });
    }

    [Fact]
    public void SourceAttribution_DefaultSourceOrUndefinedStance_Throws()
    {
        ((Action)(() => _ = new SourceAttribution(default, SourceStance.Independent))).Should().Throw<ArgumentException>().WithParameterName("source");
        ((Action)(() => _ = new SourceAttribution(new SourceId("s"), (SourceStance)7))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("stance");
    }

    [Fact]
    public void Party_UndefinedAttribution_ThrowsArgumentOutOfRangeException()
    {
        Action act = () => _ = new Party { Actor = new ActorId("is"), Role = PartyRole.Perpetrator, Attribution = (AttributionCertainty)(-1) };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Attribution");
    }

    [Fact]
    public void RecordMetadata_RevisionBelowOne_ThrowsArgumentOutOfRangeException()
    {
        Action act = () => _ = s_seed.Metadata with { Revision = 0 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Revision");
    }

    [Fact]
    public void RecordMetadata_Defaults_AreCurrentSchemaAndFirstRevision()
    {
        var metadata = new RecordMetadata { Created = Instant.FromUnixTimeSeconds(0), Modified = Instant.FromUnixTimeSeconds(0) };

        metadata.SchemaVersion.Should().Be(SchemaVersion.Current);
        metadata.SchemaVersion.ToString().Should().Be("1.1");
        default(SchemaVersion).Should().Be(SchemaVersion.Current);
        metadata.Revision.Should().Be(1);
    }

    [Fact]
    public void SchemaVersion_ComparesMajorThenMinor()
    {
        (new SchemaVersion(1, 2) > SchemaVersion.Current).Should().BeTrue();
        (new SchemaVersion(2, 0) > new SchemaVersion(1, 9)).Should().BeTrue();
        (new SchemaVersion(1, 1) <= SchemaVersion.Current).Should().BeTrue();
        (new SchemaVersion(1, 1) >= SchemaVersion.Current).Should().BeTrue();
        (new SchemaVersion(1, 0) < SchemaVersion.Current).Should().BeTrue();
        new SchemaVersion(1, 0).Minor.Should().Be(0);
        ((IComparable)SchemaVersion.Current).CompareTo(null).Should().BePositive();
        ((Action)(() => _ = new SchemaVersion(0, 1))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = new SchemaVersion(1, -1))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => ((IComparable)SchemaVersion.Current).CompareTo(1))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void RelatedIncident_DefaultIdOrUndefinedRelation_Throws()
    {
        ((Action)(() => _ = new RelatedIncident(default))).Should().Throw<ArgumentException>().WithParameterName("incident");
        ((Action)(() => _ = new RelatedIncident(new IncidentId("x"), (IncidentRelation)99))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("relation");
    }

    [Fact]
    public void With_ValidChange_ProducesANewUnequalRecordAndLeavesTheOriginal()
    {
        Incident revised = s_seed with
        {
            Casualties = [s_seed.Casualties[0] with { Range = CasualtyRange.AtLeast(11) }],
            Metadata = s_seed.Metadata with { Revision = 2, Modified = s_seed.Metadata.Modified + Duration.FromDays(1), RevisionNote = "toll became a lower bound" },
        };

        revised.Should().NotBe(s_seed);
        revised.Casualties[0].Range.Should().Be(CasualtyRange.AtLeast(11));
        s_seed.Casualties[0].Range.Should().Be(CasualtyRange.Exactly(11));
        revised.Metadata.Revision.Should().Be(2);
        revised.Id.Should().Be(s_seed.Id);
    }

    [Fact]
    public void RecordMetadata_RevisionFromAnInjectedClock_TellsCorrectionFromOriginal()
    {
        var clock = new FakeClock(Instant.FromUtc(2022, 1, 24, 12, 0));
        Incident original = s_seed with { Metadata = new RecordMetadata { Created = clock.GetCurrentInstant(), Modified = clock.GetCurrentInstant() } };
        clock.AdvanceHours(30);

        Incident corrected = original with
        {
            Metadata = original.Metadata with { Revision = original.Metadata.Revision + 1, Modified = clock.GetCurrentInstant(), RevisionNote = "toll confirmed" },
        };

        corrected.Id.Should().Be(original.Id);
        corrected.Metadata.Created.Should().Be(original.Metadata.Created);
        corrected.Metadata.Modified.Should().Be(Instant.FromUtc(2022, 1, 25, 18, 0));
        corrected.Metadata.Revision.Should().Be(2);
        corrected.Should().NotBe(original);
    }

    [Fact]
    public void Claims_CompetingResponsibilityClaims_AreRepresentable()
    {
        var first = new Claim { Kind = ClaimKind.Responsibility, Claimant = new ActorId("is"), Verification = ClaimVerification.Contested };
        var second = first with { Claimant = new ActorId("other-group") };

        Incident contested = s_seed with { Claims = [first, second] };

        contested.Claims.Select(c => c.Claimant).Should().Equal(new ActorId("is"), new ActorId("other-group"));
        contested.Claims.Should().OnlyContain(c => c.Kind == ClaimKind.Responsibility && c.Verification == ClaimVerification.Contested);
    }
}
