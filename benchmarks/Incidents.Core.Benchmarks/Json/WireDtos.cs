namespace Incidents.Core.Benchmarks.Json;

// Naive mutable DTOs shaped like the wire format: what a user would write to read it with System.Text.Json's
// reflection serializer or Newtonsoft.Json. Values stay strings (no parsing, no validation), so these baselines do
// strictly less work than the library's reader.
#pragma warning disable CA1002, CA1056, CA2227, CS8618 // DTOs: settable lists and strings, as a user would write them.
public sealed class IncidentDto
{
    public string SchemaVersion { get; set; }
    public string Id { get; set; }
    public string Title { get; set; }
    public string? Summary { get; set; }
    public TimingDto Timing { get; set; }
    public LocationDto Location { get; set; }
    public List<MethodDto>? Methods { get; set; }
    public List<PhaseDto>? Phases { get; set; }
    public List<ActorDto>? Actors { get; set; }
    public List<PartyDto>? Parties { get; set; }
    public List<FigureDto>? Casualties { get; set; }
    public List<ClaimDto>? Claims { get; set; }
    public List<SourceDto>? Sources { get; set; }
    public List<CampaignDto>? Campaigns { get; set; }
    public List<RelatedDto>? Related { get; set; }
    public MetadataDto Metadata { get; set; }
}

public sealed class TimingDto
{
    public string Date { get; set; }
    public string? EndDate { get; set; }
    public string? TimeOfDay { get; set; }
    public string? EndTimeOfDay { get; set; }
    public string? Zone { get; set; }
    public string? Duration { get; set; }
    public string? Wording { get; set; }
}

public sealed class LocationDto
{
    public string Precision { get; set; }
    public string? Country { get; set; }
    public string? Admin1 { get; set; }
    public string? Admin2 { get; set; }
    public string? Place { get; set; }
    public string? Facility { get; set; }
    public List<string>? AlternativeNames { get; set; }
    public string? Description { get; set; }
    public string? Coordinates { get; set; }
}

public sealed class MethodDto
{
    public string Kind { get; set; }
    public int? Count { get; set; }
    public bool? IsSuicide { get; set; }
    public string? Target { get; set; }
    public string? Description { get; set; }
}

public sealed class PhaseDto
{
    public string Name { get; set; }
    public string? Description { get; set; }
    public List<string>? Methods { get; set; }
    public List<string>? Actors { get; set; }
}

public sealed class ActorDto
{
    public string Id { get; set; }
    public string Name { get; set; }
    public string? Kind { get; set; }
    public List<string>? Aliases { get; set; }
    public string? AffiliatedWith { get; set; }
    public string? Description { get; set; }
}

public sealed class PartyDto
{
    public string Actor { get; set; }
    public string Role { get; set; }
    public string? Attribution { get; set; }
    public string? Description { get; set; }
}

public sealed class FigureDto
{
    public string? Party { get; set; }
    public string Kind { get; set; }
    public RangeDto? Range { get; set; }
    public string? Wording { get; set; }
    public string? Description { get; set; }
    public List<AttributionDto>? Attributions { get; set; }
}

public sealed class RangeDto
{
    public int? Low { get; set; }
    public int? Best { get; set; }
    public int? High { get; set; }
}

public sealed class AttributionDto
{
    public string Source { get; set; }
    public string? Stance { get; set; }
}

public sealed class ClaimDto
{
    public string Kind { get; set; }
    public string? Claimant { get; set; }
    public string? Outlet { get; set; }
    public List<string>? Modes { get; set; }
    public string? Date { get; set; }
    public string? Quote { get; set; }
    public string? Language { get; set; }
    public string? Verification { get; set; }
    public string? Rating { get; set; }
    public List<string>? Sources { get; set; }
    public string? Note { get; set; }
}

public sealed class SourceDto
{
    public string Id { get; set; }
    public string Name { get; set; }
    public string? Kind { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? PublishedOn { get; set; }
    public string? Rating { get; set; }
    public string? Originator { get; set; }
}

public sealed class CampaignDto
{
    public string Name { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Description { get; set; }
    public string? Objective { get; set; }
}

public sealed class RelatedDto
{
    public string Incident { get; set; }
    public string Relation { get; set; }
}

public sealed class MetadataDto
{
    public int Revision { get; set; }
    public string Created { get; set; }
    public string Modified { get; set; }
    public string? RevisionNote { get; set; }
}
#pragma warning restore CA1002, CA1056, CA2227, CS8618
