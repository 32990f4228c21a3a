namespace Incidents.Core.Validation;

/// <summary>The catalogue of every validation code the library produces, with its default severity and meaning.
/// Codes are stable: a code keeps its meaning across versions; retired codes are not reused.</summary>
/// <remarks>The README lists the same table; a test keeps the two equal, fails when a code is produced that is not
/// here, and fails when a code here is produced by no test.</remarks>
public static class ValidationCodes
{
    // ----- the payload: JSON syntax and shape (IncidentPayloadValidator) -----

    /// <summary>Not JSON: a syntax error (the rest of that document is not read).</summary>
    public static ValidationCode JsonSyntax { get; } = new("INC-JSON-001", ValidationSeverity.Error, "Not JSON: a syntax error or invalid UTF-8 outside strings; the rest of the document is skipped.");

    /// <summary>A value of the wrong JSON type.</summary>
    public static ValidationCode JsonWrongType { get; } = new("INC-JSON-002", ValidationSeverity.Error, "A value has the wrong JSON type (a number where a string belongs, null where a list belongs …).");

    /// <summary>A required property is missing.</summary>
    public static ValidationCode JsonMissingProperty { get; } = new("INC-JSON-003", ValidationSeverity.Error, "A required property is missing.");

    /// <summary>A property name appears twice in one object.</summary>
    public static ValidationCode JsonDuplicateProperty { get; } = new("INC-JSON-004", ValidationSeverity.Error, "A property name appears twice in one object.");

    /// <summary>A value does not fit its text form (or is not in canonical form).</summary>
    public static ValidationCode JsonInvalidValue { get; } = new("INC-JSON-005", ValidationSeverity.Error, "A value does not fit its text form, or is written in a form its standard does not allow (a date, code, id, range …).");

    /// <summary>A value breaks one of the model's invariants.</summary>
    public static ValidationCode JsonInvariant { get; } = new("INC-JSON-006", ValidationSeverity.Error, "Values break one of the model's invariants (a range's low above its high, two actors with one id …).");

    /// <summary>A string, list or document is beyond a configured limit.</summary>
    public static ValidationCode JsonLimit { get; } = new("INC-JSON-007", ValidationSeverity.Error, "A string, list or document is longer, or a document nests deeper, than a configured reading limit (nesting too deep: the rest of the document is skipped).");

    /// <summary>A string holds bytes that are not UTF-8.</summary>
    public static ValidationCode JsonEncoding { get; } = new("INC-JSON-008", ValidationSeverity.Error, "A string holds bytes that are not valid UTF-8.");

    /// <summary>The document's schemaVersion has another major version.</summary>
    public static ValidationCode JsonUnsupportedVersion { get; } = new("INC-JSON-009", ValidationSeverity.Error, "The document's schemaVersion has a major version this library does not read; the document is skipped.");

    /// <summary>A property the format does not define.</summary>
    public static ValidationCode JsonUnknownProperty { get; } = new("INC-JSON-010", ValidationSeverity.Warning, "A property the format does not define (kept as an extension property); an error in strict mode.");

    /// <summary>A value accepted in a form its standard allows, but not the canonical form writers emit.</summary>
    public static ValidationCode JsonNonCanonical { get; } = new("INC-JSON-011", ValidationSeverity.Info, "A value is read in a form its standard allows (an instant with an offset or a fraction of zeros, a duration in minutes, 1.0 for a count …) but not in the canonical form writers emit; the message gives the canonical text. Demand canonical input with FailAt = Info.");

    /// <summary>A document has more issues than the validator keeps for one document.</summary>
    public static ValidationCode JsonTooManyIssues { get; } = new("INC-JSON-012", ValidationSeverity.Error, "A document has more issues than PayloadValidationOptions.MaxIssuesPerDocument; the rest are counted, not listed.");

    // ----- text -----

    /// <summary>A free-text value is empty or blank.</summary>
    public static ValidationCode TextBlank { get; } = new("INC-TXT-001", ValidationSeverity.Error, "A free-text value (a title, a name …) is empty or only white space.");

    /// <summary>A free-text value is longer than the validator's limit.</summary>
    public static ValidationCode TextTooLong { get; } = new("INC-TXT-002", ValidationSeverity.Warning, "A free-text value is longer than the validator's limit (titles 300 characters, other text 10,000 by default).");

    // ----- references -----

    /// <summary>An actor id that is not in the incident's actors.</summary>
    public static ValidationCode UnknownActor { get; } = new("INC-REF-001", ValidationSeverity.Error, "An actor id (a party, a figure's party, a claimant, an outlet …) that is not among the incident's actors.");

    /// <summary>A source id that is not in the incident's sources.</summary>
    public static ValidationCode UnknownSource { get; } = new("INC-REF-002", ValidationSeverity.Error, "A source id (an attribution, a claim's source) that is not among the incident's sources.");

    /// <summary>A figure names a phase that does not exist.</summary>
    public static ValidationCode UnknownPhase { get; } = new("INC-REF-003", ValidationSeverity.Error, "A casualty figure's 'phase' names a phase id that no phase of the incident has.");

    /// <summary>Two phases share an identifier.</summary>
    public static ValidationCode DuplicatePhaseId { get; } = new("INC-REF-004", ValidationSeverity.Error, "Two phases have the same id.");

    /// <summary>An incident names itself as a related incident.</summary>
    public static ValidationCode RelatedToItself { get; } = new("INC-REF-005", ValidationSeverity.Error, "A related incident (related/n/incident) is the incident itself.");

    /// <summary>Two documents of one payload have the same incident id.</summary>
    public static ValidationCode DuplicateIncidentId { get; } = new("INC-REF-006", ValidationSeverity.Warning, "Two documents of one payload have the same incident id (checked across documents).");

    /// <summary>A part-of reference names an incident that is not in the payload.</summary>
    public static ValidationCode PartOfNotInPayload { get; } = new("INC-REF-007", ValidationSeverity.Info, "A part-of reference names an incident that is not in the payload; it may be in another (checked across documents).");

    /// <summary>Incidents of one payload are part of themselves.</summary>
    public static ValidationCode PartOfCycle { get; } = new("INC-REF-008", ValidationSeverity.Error, "Through part-of references, an incident of the payload is part of itself (checked across documents).");

    // ----- time -----

    /// <summary>A date or instant after the validator's clock.</summary>
    public static ValidationCode FutureDate { get; } = new("INC-TIME-001", ValidationSeverity.Error, "A date or instant lies after now (by the validator's clock).");

    /// <summary>The end lies before the start.</summary>
    public static ValidationCode EndBeforeStart { get; } = new("INC-TIME-002", ValidationSeverity.Error, "The incident ends before it starts (end date, or end time on the same day).");

    /// <summary>A claim is dated before the incident.</summary>
    public static ValidationCode ClaimBeforeIncident { get; } = new("INC-TIME-003", ValidationSeverity.Warning, "A claim is dated before the incident began.");

    /// <summary>A time of day without a time zone.</summary>
    public static ValidationCode TimeWithoutZone { get; } = new("INC-TIME-004", ValidationSeverity.Warning, "A time of day is given without a time zone, so it cannot be placed on the time line.");

    /// <summary>A time zone that is not in TZDB.</summary>
    public static ValidationCode ZoneNotInTzdb { get; } = new("INC-TIME-005", ValidationSeverity.Error, "The time zone is not a zone of the IANA time-zone database (TZDB) that NodaTime ships.");

    /// <summary>A phase is dated outside its incident.</summary>
    public static ValidationCode PhaseOutsideIncident { get; } = new("INC-TIME-006", ValidationSeverity.Error, "A phase is dated outside its incident's dates (from its date to its end or the end of its date window).");

    /// <summary>The window of the start date ends before it begins.</summary>
    public static ValidationCode WindowEndsBeforeStart { get; } = new("INC-TIME-007", ValidationSeverity.Error, "The window of the start date (timing/notAfter) ends before it begins.");

    /// <summary>A time of day lies outside the part of the day given with it.</summary>
    public static ValidationCode TimeOutsidePartOfDay { get; } = new("INC-TIME-008", ValidationSeverity.Warning, "The time of day lies outside the part of the day given with it (timing/partOfDay).");

    // ----- place -----

    /// <summary>Coordinates outside the named country's bounding box.</summary>
    public static ValidationCode CoordinatesOutsideCountry { get; } = new("INC-LOC-001", ValidationSeverity.Error, "The coordinates lie outside the bounding box of the named country (needs a country-bounds provider).");

    // ----- casualties and sources -----

    /// <summary>Per-party figures add up to more than the stated total.</summary>
    public static ValidationCode PartsExceedTotal { get; } = new("INC-CAS-001", ValidationSeverity.Error, "Figures per party add up to more than the stated total of the same kind, or a part of a party (an actor affiliated with it) has more than the party.");

    /// <summary>One source is attributed the same fact twice.</summary>
    public static ValidationCode DuplicateAttribution { get; } = new("INC-CAS-002", ValidationSeverity.Warning, "The same fact (figure kind and party) is attributed twice to the same source, as of the same date, neither figure revising the other.");

    /// <summary>A figure revises a figure that does not exist.</summary>
    public static ValidationCode UnknownFigure { get; } = new("INC-CAS-003", ValidationSeverity.Error, "A figure's 'revises' names a figure id that no figure of the incident has.");

    /// <summary>Two figures share an identifier.</summary>
    public static ValidationCode DuplicateFigureId { get; } = new("INC-CAS-004", ValidationSeverity.Error, "Two casualty figures have the same id.");

    /// <summary>A figure revises itself, directly or through a chain.</summary>
    public static ValidationCode RevisionCycle { get; } = new("INC-CAS-005", ValidationSeverity.Error, "A figure revises itself, directly or through a chain of revisions.");

    /// <summary>A figure's dates lie before the incident.</summary>
    public static ValidationCode FigureBeforeIncident { get; } = new("INC-CAS-006", ValidationSeverity.Warning, "A figure is dated (occurred or reported) before the incident began.");

    /// <summary>A figure is reported before what it counts happened.</summary>
    public static ValidationCode ReportedBeforeOccurred { get; } = new("INC-CAS-007", ValidationSeverity.Error, "A figure is reported before what it counts happened.");

    // ----- campaigns -----

    /// <summary>A campaign is last seen before it is first seen.</summary>
    public static ValidationCode CampaignEndsBeforeStart { get; } = new("INC-CMP-001", ValidationSeverity.Error, "A campaign is last seen before it is first seen.");

    /// <summary>An incident lies outside the dates of a campaign it belongs to.</summary>
    public static ValidationCode IncidentOutsideCampaign { get; } = new("INC-CMP-002", ValidationSeverity.Warning, "The incident lies outside the first-seen to last-seen dates of a campaign it belongs to.");

    // ----- codes -----

    /// <summary>A code outside the well-known codes of its list.</summary>
    public static ValidationCode UnknownCode { get; } = new("INC-CODE-001", ValidationSeverity.Warning, "A code (attack method, actor kind, party role, casualty kind, claim mode, source kind) is not one of its list's well-known codes: it is kept, for codes of a newer producer, but may be a typing error (the message suggests the nearest well-known code).");

    // ----- claims -----

    /// <summary>Two groups claim responsibility.</summary>
    public static ValidationCode CompetingClaims { get; } = new("INC-CLM-001", ValidationSeverity.Warning, "Different actors claim responsibility (GTD's compclaim).");

    /// <summary>A responsibility claim without a claimant.</summary>
    public static ValidationCode ClaimWithoutClaimant { get; } = new("INC-CLM-002", ValidationSeverity.Error, "A responsibility claim names no claimant.");

    /// <summary>Every code, in catalogue order.</summary>
    public static IReadOnlyList<ValidationCode> All { get; } =
    [
        JsonSyntax, JsonWrongType, JsonMissingProperty, JsonDuplicateProperty, JsonInvalidValue, JsonInvariant, JsonLimit,
        JsonEncoding, JsonUnsupportedVersion, JsonUnknownProperty, JsonNonCanonical, JsonTooManyIssues, TextBlank, TextTooLong, UnknownActor, UnknownSource, UnknownPhase, DuplicatePhaseId, RelatedToItself, DuplicateIncidentId, PartOfNotInPayload, PartOfCycle,
        FutureDate, EndBeforeStart, ClaimBeforeIncident, TimeWithoutZone, ZoneNotInTzdb, PhaseOutsideIncident, WindowEndsBeforeStart, TimeOutsidePartOfDay, CoordinatesOutsideCountry,
        PartsExceedTotal, DuplicateAttribution, UnknownFigure, DuplicateFigureId, RevisionCycle, FigureBeforeIncident, ReportedBeforeOccurred,
        CampaignEndsBeforeStart, IncidentOutsideCampaign, UnknownCode, CompetingClaims, ClaimWithoutClaimant,
    ];

    /// <summary>Finds a code by its text.</summary>
    /// <param name="code">The code, e.g. <c>INC-REF-001</c>.</param>
    /// <returns>The entry, or <see langword="null"/> when the catalogue has no such code.</returns>
    public static ValidationCode? Find(string code) => All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal));
}
