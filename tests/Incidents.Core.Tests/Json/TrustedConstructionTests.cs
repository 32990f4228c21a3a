using System.Text.Json;
using System.Text.Json.Nodes;
using Incidents.Core.Json;

namespace Incidents.Core.Tests.Json;

/// <summary>
/// Trusted construction: the generated reader stores a value in its backing field where the <c>init</c> accessor
/// would only repeat a check the reader made, and calls the accessor where it checks more. A record read that way is
/// the record the public initializers build; every check of an accessor of its own (a BCP 47 tag, an RFC 3986 URI, a
/// count or revision ≥ 1) still rejects a document; and a <c>with</c> on a record that was read still runs the
/// accessors.
/// </summary>
public sealed class TrustedConstructionTests
{
    [Fact]
    public void FullIncident_ReadsAsTheRecordThePublicInitializersBuild()
    {
        JsonObject full = JsonSchemaAgreementTests.FullIncident();

        Incident read = IncidentJson.Deserialize(full.ToJsonString());

        // Rebuild every record through its public init accessors (with expressions that set each property again):
        // equal values and equal hash codes mean the stored fields are the ones the accessors would have stored.
        Incident rebuilt = Rebuild(read);
        rebuilt.Should().Be(read);
        rebuilt.GetHashCode().Should().Be(read.GetHashCode());
        IncidentJson.Serialize(rebuilt).Should().Be(IncidentJson.Serialize(read));
    }

    [Theory]
    [InlineData("claims", "language", "\"not a tag\"", "BCP 47")]
    [InlineData("sources", "url", "\"relative/path\"", "")]
    [InlineData("methods", "count", "0", "")]
    public void AnAccessorsOwnCheck_StillRejectsTheDocument(string list, string property, string value, string wording)
    {
        JsonObject full = JsonSchemaAgreementTests.FullIncident();
        full[list]![0]![property] = JsonNode.Parse(value);

        Action read = () => IncidentJson.Deserialize(full.ToJsonString());

        JsonException error = read.Should().Throw<JsonException>().Which;
        error.Path.Should().StartWith($"$.{list}[0]");
        if (wording.Length > 0)
        {
            error.Message.Should().Contain(wording);
        }
    }

    [Fact]
    public void RevisionBelowOne_StillRejectsTheDocument()
    {
        JsonObject full = JsonSchemaAgreementTests.FullIncident();
        full["metadata"]!["revision"] = 0;

        Action read = () => IncidentJson.Deserialize(full.ToJsonString());

        read.Should().Throw<JsonException>().Which.Path.Should().StartWith("$.metadata");
    }

    [Fact]
    public void With_OnARecordThatWasRead_StillRunsTheAccessors()
    {
        Incident read = IncidentJson.Deserialize(JsonSchemaAgreementTests.FullIncident().ToJsonString());

        FluentActions.Invoking(() => read with { Title = " " }).Should().Throw<ArgumentException>().WithParameterName("Title");
        FluentActions.Invoking(() => read.Claims[0] with { Language = "not a tag" }).Should().Throw<ArgumentException>().WithParameterName("Language");
        FluentActions.Invoking(() => read.Actors[0] with { Name = "\t" }).Should().Throw<ArgumentException>().WithParameterName("Name");
        FluentActions.Invoking(() => read with { Actors = [read.Actors[0], read.Actors[0]] }).Should().Throw<ArgumentException>().WithParameterName("Actors");
    }

    private static Incident Rebuild(Incident x) => x with
    {
        Id = x.Id,
        Title = x.Title,
        Summary = x.Summary,
        Timing = x.Timing with
        {
            Date = x.Timing.Date, EndDate = x.Timing.EndDate, TimeOfDay = x.Timing.TimeOfDay, EndTimeOfDay = x.Timing.EndTimeOfDay,
            Zone = x.Timing.Zone, Duration = x.Timing.Duration, Wording = x.Timing.Wording, Extensions = x.Timing.Extensions,
        },
        Location = x.Location with
        {
            Precision = x.Location.Precision, Country = x.Location.Country, Admin1 = x.Location.Admin1, Admin2 = x.Location.Admin2,
            Place = x.Location.Place, Facility = x.Location.Facility, AlternativeNames = x.Location.AlternativeNames,
            Description = x.Location.Description, Coordinates = x.Location.Coordinates, Extensions = x.Location.Extensions,
        },
        Methods = [.. x.Methods.Select(m => m with
        {
            Kind = m.Kind, Count = m.Count, IsSuicide = m.IsSuicide, Target = m.Target, Description = m.Description,
            Verification = m.Verification, Extensions = m.Extensions,
        })],
        Phases = [.. x.Phases.Select(p => p with { Name = p.Name, Description = p.Description, Methods = p.Methods, Actors = p.Actors, Extensions = p.Extensions })],
        Actors = [.. x.Actors.Select(a => a with
        {
            Id = a.Id, Name = a.Name, Kind = a.Kind, Aliases = a.Aliases, AffiliatedWith = a.AffiliatedWith, Description = a.Description,
            Extensions = a.Extensions,
        })],
        Parties = [.. x.Parties.Select(p => p with { Actor = p.Actor, Role = p.Role, Attribution = p.Attribution, Description = p.Description, Extensions = p.Extensions })],
        Casualties = [.. x.Casualties.Select(c => c with
        {
            Party = c.Party, Kind = c.Kind, Range = c.Range, Wording = c.Wording, Description = c.Description,
            Attributions = [.. c.Attributions.Select(a => a with { Source = a.Source, Stance = a.Stance, Extensions = a.Extensions })],
            Extensions = c.Extensions,
        })],
        Claims = [.. x.Claims.Select(c => c with
        {
            Kind = c.Kind, Claimant = c.Claimant, Outlet = c.Outlet, Modes = c.Modes, Date = c.Date, Quote = c.Quote, Language = c.Language,
            Verification = c.Verification, Rating = c.Rating, Sources = c.Sources, Note = c.Note, Extensions = c.Extensions,
        })],
        Sources = [.. x.Sources.Select(s => s with
        {
            Id = s.Id, Name = s.Name, Kind = s.Kind, Title = s.Title, Url = s.Url, PublishedOn = s.PublishedOn, Rating = s.Rating,
            Originator = s.Originator, Extensions = s.Extensions,
        })],
        Campaigns = [.. x.Campaigns.Select(c => c with { Name = c.Name, Aliases = c.Aliases, Description = c.Description, Objective = c.Objective, Extensions = c.Extensions })],
        Related = [.. x.Related.Select(r => r with { Incident = r.Incident, Relation = r.Relation, Extensions = r.Extensions })],
        Metadata = x.Metadata with
        {
            SchemaVersion = x.Metadata.SchemaVersion, Revision = x.Metadata.Revision, Created = x.Metadata.Created, Modified = x.Metadata.Modified,
            RevisionNote = x.Metadata.RevisionNote, Extensions = x.Metadata.Extensions,
        },
        Extensions = x.Extensions,
    };
}
