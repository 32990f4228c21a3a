using System.Text.Json;

namespace Incidents.Core.Validation;

/// <summary>Finds where a JSON Pointer points in a document, so that issues found on the built incident get a line
/// and column too. Falls back to the deepest existing ancestor when the pointer names an absent property.</summary>
internal static class JsonPointerLocator
{
    internal static long Find(ReadOnlySpan<byte> document, string pointer, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(document, options);
        try
        {
            if (!reader.Read())
            {
                return 0;
            }

            long found = reader.TokenStartIndex;
            foreach (string raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                string token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                if (!Step(ref reader, token))
                {
                    return found;
                }

                found = reader.TokenStartIndex;
            }

            return found;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    /// <summary>Moves from the current container token to the value of its member or element <paramref name="token"/>.</summary>
    private static bool Step(ref Utf8JsonReader reader, string token)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool match = Json.PropertyTable.NameEquals(ref reader, token);
                reader.Read();
                if (match)
                {
                    return true;
                }

                reader.Skip();
            }

            return false;
        }

        if (reader.TokenType == JsonTokenType.StartArray && int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
        {
            for (int i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
            {
                if (i == index)
                {
                    return true;
                }

                reader.Skip();
            }
        }

        return false;
    }
}
