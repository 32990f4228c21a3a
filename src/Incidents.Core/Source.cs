using System.Text.Json.Serialization;
using Incidents.Core.Json;
using Incidents.Core.Utility;

namespace Incidents.Core;

/// <summary>A source of information about an incident: a report, a statement, an article, a dataset — with who issued
/// it, when, where to find it, and its Admiralty rating.</summary>
/// <remarks>Figures and claims refer to a source by its <see cref="Id"/>, which is unique within the incident.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WireFormatJsonConverter<Source>))]
[WireRecord("a source")]
public sealed record Source
{
    /// <summary>Gets the identifier of the source within the incident.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public required SourceId Id { get; init => field = Guard.NotDefault(value, nameof(Id)); }

    /// <summary>Gets the name of the source ("Syrian Observatory for Human Rights").</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">On <c>init</c>: the value is <see langword="null"/>.</exception>
    public required string Name { get; init => field = Guard.NotBlank(value, nameof(Name)); }

    /// <summary>Gets the kind of source; <see cref="SourceKind.Unknown"/> by default.</summary>
    public SourceKind Kind { get; init; }

    /// <summary>Gets the title or headline of the item, when it has one.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is empty or white space.</exception>
    public string? Title { get; init => field = Guard.NullOrNotBlank(value, nameof(Title)); }

    /// <summary>Gets the address of the item: an absolute URI of RFC 3986 as given (<see cref="Uri.OriginalString"/>
    /// is what the wire format writes). Note that <see cref="Uri"/> equality ignores the fragment.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is relative, or is not an RFC 3986 URI as
    /// written — an IRI with non-ASCII characters, a space, a <c>%</c> without two hexadecimal digits (convert IRIs
    /// first: percent-encode the path, and use <see cref="Uri.IdnHost"/> for the host).</exception>
    public Uri? Url
    {
        get;
        init
        {
            if (value is not null && !UriRules.IsValid(value))
            {
                throw new ArgumentException(UriRules.Requirement, nameof(Url));
            }

            field = value;
        }
    }

    /// <summary>Gets when the item was published.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public PartialDate? PublishedOn { get; init => field = value is { } date ? Guard.NotDefault(date, nameof(PublishedOn)) : null; }

    /// <summary>Gets the source's rating on the Admiralty scale, when rated.</summary>
    public AdmiraltyRating? Rating { get; init; }

    /// <summary>Gets the actor that issued the item (the SDF for its own statement), by identifier, when it is an actor of
    /// the incident.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: the value is the uninitialised default.</exception>
    public ActorId? Originator { get; init => field = value is { } id ? Guard.NotDefault(id, nameof(Originator)) : null; }

    /// <summary>Gets or initializes the properties the model has no place for, kept so that nothing is lost: those a
    /// newer minor version of the wire format added, or an imported dataset's columns (see
    /// <see cref="ExtensionProperty"/>). The JSON writer emits them after the record's own properties.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: an element is the default, two elements share a name, or a
    /// name is one of the record's own JSON property names.</exception>
    public EquatableArray<ExtensionProperty> Extensions { get; init => field = Guard.Extensions(value, WireNames.Source, nameof(Extensions)); }
}
