using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Utility;
using NodaTime;

namespace Incidents.Core;

/// <summary>The history of an incident record: the schema it follows, its revision, and when it was created and last
/// modified — so that a corrected record can be told from the original.</summary>
/// <remarks>These are record times (when the data were written), not event times (<see cref="Timing"/>). A later
/// revision keeps <see cref="Incident.Id"/> and <see cref="Created"/>, raises <see cref="Revision"/> and moves
/// <see cref="Modified"/>. That <see cref="Modified"/> is not before <see cref="Created"/> is a validator's rule.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WireFormatJsonConverter<RecordMetadata>))]
[WireRecord("the metadata")]
public sealed record RecordMetadata
{
    /// <summary>Gets the schema version the record follows; <see cref="SchemaVersion.Current"/> by default.</summary>
    public SchemaVersion SchemaVersion { get; init; }

    /// <summary>Gets the revision number, 1 for the first version of the record; 1 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: the value is below 1.</exception>
    public int Revision
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(Revision));
            field = value;
        }
    } = 1;

    /// <summary>Gets when the record was first created.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: the value lies outside the years 0001–9999 (UTC),
    /// which RFC 3339 and the wire format cannot write.</exception>
    public required Instant Created { get; init => field = Guard.WritableInstant(value, nameof(Created)); }

    /// <summary>Gets when this revision of the record was written.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: the value lies outside the years 0001–9999 (UTC).</exception>
    public required Instant Modified { get; init => field = Guard.WritableInstant(value, nameof(Modified)); }

    /// <summary>Gets what this revision changed ("SOHR raised the SDF toll").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? RevisionNote { get; init => field = Guard.NullOrNotBlank(value, nameof(RevisionNote)); }

    /// <summary>Gets or initializes the properties the model has no place for, kept so that nothing is lost: those a
    /// newer minor version of the wire format added, or an imported dataset's columns (see
    /// <see cref="ExtensionProperty"/>). The JSON writer emits them after the record's own properties.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the default, two elements share a name, or a
    /// name is one of the record's own JSON property names.</exception>
    public EquatableArray<ExtensionProperty> Extensions { get; init => field = Guard.Extensions(value, WireNames.RecordMetadata, nameof(Extensions)); }
}
