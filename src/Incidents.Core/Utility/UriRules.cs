using System.Diagnostics.CodeAnalysis;
using Incidents.Core.Json;

namespace Incidents.Core.Utility;

/// <summary>The one rule for a source's URL, used by the model, the reader and (as its pattern) the schema: an
/// absolute URI of RFC 3986 — a scheme, then only the characters a URI may hold, every <c>%</c> followed by two
/// hexadecimal digits (<see cref="WirePatterns.Uri"/>) — that <see cref="Uri"/> also accepts. IRIs are not converted:
/// a URL with non-ASCII characters or a space is rejected, so that what is written is exactly what was given.</summary>
internal static class UriRules
{
    /// <summary>The message of a rejected URL.</summary>
    internal const string Requirement =
        "The URL must be an absolute URI (RFC 3986): a scheme such as 'https:', ASCII only, with spaces and other characters percent-encoded (for an IRI, percent-encode the path and use the host's ASCII form, Uri.IdnHost).";

    /// <summary>Returns whether <paramref name="uri"/>, already parsed by <see cref="Uri"/>, is such a URI as written.</summary>
    internal static bool IsValid(Uri uri) =>
        uri.IsAbsoluteUri && uri.OriginalString.Length <= Guard.MaxTextLength && WirePatterns.IsMatch(WirePatterns.Uri, uri.OriginalString);

    /// <summary>Creates the <see cref="Uri"/> of <paramref name="text"/> when it is such a URI.</summary>
    internal static bool TryCreate(string text, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        return text.Length <= Guard.MaxTextLength && WirePatterns.IsMatch(WirePatterns.Uri, text) && System.Uri.TryCreate(text, UriKind.Absolute, out uri);
    }
}
