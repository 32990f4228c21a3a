using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Incidents.Core.Parsing;
using Incidents.Core.Utility;

namespace Incidents.Core.Json;

/// <summary>What the generated record readers (<c>*.Wire.g.cs</c>, from <see cref="WireRecordAttribute"/>) share beyond
/// the value readers: the element readers of scalar lists, the document's version checks, and casualty ranges (an
/// object with short forms).</summary>
internal sealed partial class IncidentReader
{
    /// <summary>Reads one string of a list of free texts (aliases, alternative names).</summary>
    internal static ElementReader<string> TextElement { get; } = static (IncidentReader self, ref Utf8JsonReader r, [MaybeNullWhen(false)] out string v) => self.Text(ref r, out v);

    /// <summary>The element reader of a list of text values (codes, ratings …), one per type.</summary>
    /// <typeparam name="T">The text value type.</typeparam>
    internal static class ValueElement<T>
        where T : struct, ITextValue<T>, IEquatable<T>
    {
        /// <summary>Gets the reader.</summary>
        internal static ElementReader<T> Reader { get; } = static (IncidentReader self, ref Utf8JsonReader r, out T v) => self.Value(ref r, out v);
    }

    /// <summary>The element reader of a list of identifiers, one per type.</summary>
    /// <typeparam name="T">The identifier type.</typeparam>
    internal static class IdElement<T>
        where T : struct, ITextValue<T>, IEquatable<T>, IIdentifier<T>
    {
        /// <summary>Gets the reader.</summary>
        internal static ElementReader<T> Reader { get; } = static (IncidentReader self, ref Utf8JsonReader r, out T v) => self.Id(ref r, out v);
    }

    /// <summary>Reads <c>schemaVersion</c> and rejects a major version other than the library's.</summary>
    private bool Version(ref Utf8JsonReader r, out SchemaVersion version)
    {
        version = default;
        if (r.TokenType == JsonTokenType.String && !r.HasValueSequence && TryGetMajor(r.ValueSpan, out int major) && major != SchemaVersion.Current.Major)
        {
            // "0.9", "2.0": a version, of another major (0 is no version the model can hold, but it is not 1.x either).
            return Fail(ref r, JsonProblemKind.UnsupportedVersion, Unsupported(System.Text.Encoding.ASCII.GetString(r.ValueSpan)));
        }

        return Value(ref r, out version)
            && (version.Major == SchemaVersion.Current.Major || Fail(ref r, JsonProblemKind.UnsupportedVersion, Unsupported(version.ToString())));
    }

    private static string Unsupported(string version) =>
        $"Schema version {version} is not supported: this library reads format {SchemaVersion.Current.Major}.x (written by it: {SchemaVersion.Current}); a new major version changes the meaning of existing properties.";

    /// <summary>Returns the major version of a <c>major.minor</c> text of digits.</summary>
    private static bool TryGetMajor(ReadOnlySpan<byte> text, out int major)
    {
        major = 0;
        int dot = text.IndexOf((byte)'.');
        return dot is > 0 and <= 9 && dot < text.Length - 1 && text.IndexOfAnyExceptInRange((byte)'0', (byte)'9') == dot
            && text[(dot + 1)..].IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0 && int.TryParse(text[..dot], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out major);
    }

    /// <summary>When <c>schemaVersion</c> is not the first property (canonical documents put it first), looks
    /// ahead for it so that a document of an unsupported major version fails on its version, not on whatever
    /// changed first.</summary>
    private bool CheckVersionFirst(ref Utf8JsonReader r)
    {
        Utf8JsonReader ahead = r;
        if (!ahead.Read() || ahead.TokenType != JsonTokenType.PropertyName || PropertyTable.NameEquals(ref ahead, "schemaVersion"u8))
        {
            return true;
        }

        try
        {
            int depth = ahead.CurrentDepth;
            do
            {
                if (ahead.TokenType == JsonTokenType.PropertyName && ahead.CurrentDepth == depth && PropertyTable.NameEquals(ref ahead, "schemaVersion"u8))
                {
                    ahead.Read();
                    if (ahead.TokenType == JsonTokenType.String && !ahead.HasValueSequence && TryGetMajor(ahead.ValueSpan, out int major)
                        && major != SchemaVersion.Current.Major)
                    {
                        _location.Push("schemaVersion");
                        Fail(ref ahead, JsonProblemKind.UnsupportedVersion, Unsupported(System.Text.Encoding.ASCII.GetString(ahead.ValueSpan)));
                        _location.Pop();

                        // (Collecting mode) the rest of a document of another major version is not this format: skip it.
                        r.Skip();
                        return false;
                    }

                    return true;
                }

                ahead.Skip();
            }
            while (ahead.Read() && ahead.TokenType != JsonTokenType.EndObject);
        }
        catch (JsonException)
        {
            // A syntax error further on: the normal pass reports it at its place.
        }

        return true;
    }

    /// <summary>Reads a casualty range: the canonical object <c>{"low":35,"best":35,"high":35}</c> (each bound
    /// optional, at least one present), or a short form: a whole number (exactly that many) or the range's text
    /// form (<c>"at least 11"</c>, <c>"10-15"</c>, <c>"dozens"</c>).</summary>
    internal bool Range(ref Utf8JsonReader r, out CasualtyRange value)
    {
        value = default;
        switch (r.TokenType)
        {
            case JsonTokenType.Number:
                if (!Count(ref r, 0, out int exact))
                {
                    return false;
                }

                value = CasualtyRange.Exactly(exact);
                NoteRangeShortForm(ref r, value);
                return true;
            case JsonTokenType.String:
                if (!RangeText(ref r, out value))
                {
                    return false;
                }

                NoteRangeShortForm(ref r, value);
                return true;
            case JsonTokenType.StartObject:
                break;
            default:
                return WrongType(ref r, "a casualty range: an object {\"low\",\"best\",\"high\"}, a whole number or a text such as 'at least 11'");
        }

        PropertyTable names = WireNames.CasualtyRange;
        bool ok = true;
        ulong seen = 0;
        int low = 0, best = 0, high = 0, hint = 0;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            int index = names.Match(ref r, hint++);
            string? name = index >= 0 ? names.Names[index] : null;
            if (index == PropertyTable.InvalidName)
            {
                Fail(ref r, JsonProblemKind.InvalidEncoding, "A property name holds an escape that is not a Unicode scalar value (an unpaired surrogate such as \\ud800).");
                name = null;
            }

            if (name is null && (index == PropertyTable.InvalidName || !TryGetPropertyName(ref r, out name)))
            {
                ok = false;
                r.Read();
                r.Skip();
                continue;
            }

            _location.Push(name);
            r.Read();
            if (index < 0)
            {
                ok = FailAndSkip(ref r, JsonProblemKind.InvalidValue, $"A casualty range has only 'low', 'best' and 'high'; '{Printable(name)}' is not one of them (a range is a closed value: new facts about a figure belong on the figure).");
            }
            else if ((seen & (1UL << index)) != 0)
            {
                ok = FailAndSkip(ref r, JsonProblemKind.DuplicateProperty, $"The property '{name}' appears more than once in this object.");
            }
            else if (r.TokenType != JsonTokenType.Null)
            {
                seen |= 1UL << index;
                int count = 0;
                ok &= Count(ref r, 0, out count);
                _ = index == 0 ? low = count : index == 1 ? best = count : high = count;
            }

            _location.Pop();
        }

        if (!ok)
        {
            return false;
        }

        try
        {
            value = new CasualtyRange((seen & 1) != 0 ? low : null, (seen & 2) != 0 ? best : null, (seen & 4) != 0 ? high : null);
            return true;
        }
        catch (ArgumentException e)
        {
            return Fail(ref r, JsonProblemKind.Invariant, e.Message[..Math.Max(0, e.ParamName is null ? e.Message.Length : e.Message.LastIndexOf(" (Parameter", StringComparison.Ordinal))]);
        }
    }

    private bool RangeText(ref Utf8JsonReader r, out CasualtyRange value)
    {
        value = default;
        if (!TryGetString(ref r, out string? text))
        {
            return false;
        }

        if (!CasualtyRange.TryParse(text, Options.Quantifiers, out value, out Parsing.ParseError error))
        {
            // "10-5" is a range with its bounds out of order: the model's invariant, as for {"low":10,"high":5}.
            return Fail(ref r, error.Kind == Parsing.ParseErrorKind.BoundsOutOfOrder ? JsonProblemKind.Invariant : JsonProblemKind.InvalidValue,
                $"'{Printable(text)}' is not a casualty range: {error}");
        }

        // The text grammar is for people ("about 40", "more than 10"); the wire takes its numeric forms and the
        // table's vague words only, as the schema's pattern says.
        return WirePatterns.IsMatch(WirePatterns.RangeText(Options.Quantifiers), text)
            || Fail(ref r, JsonProblemKind.InvalidValue, $"'{Printable(text)}' is not a casualty range as the format writes one in text ('35', '~3,500', 'at least 11', 'at most 5', '10-15', '10-15 (best 12)' or a vague word such as 'dozens'); write {RangeObject(value)}.");
    }

    private void NoteRangeShortForm(ref Utf8JsonReader r, CasualtyRange value) =>
        Note(ref r, JsonProblemKind.NonCanonical, $"A casualty range in a short form is accepted; the canonical form is {RangeObject(value)}.");

    private static string RangeObject(CasualtyRange value)
    {
        var parts = new List<string>(3);
        if (value.Low is { } low)
        {
            parts.Add($"\"low\":{low}");
        }

        if (value.Best is { } best)
        {
            parts.Add($"\"best\":{best}");
        }

        if (value.High is { } high)
        {
            parts.Add($"\"high\":{high}");
        }

        return "{" + string.Join(',', parts) + "}";
    }

}
