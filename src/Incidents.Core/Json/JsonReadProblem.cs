namespace Incidents.Core.Json;

/// <summary>What went wrong (or, for <see cref="JsonProblemKind.UnknownProperty"/>, what was noticed) while reading
/// a document of the wire format.</summary>
internal enum JsonProblemKind
{
    /// <summary>Not JSON: the reader's own syntax error (also invalid UTF-8 outside strings, depth beyond the limit).</summary>
    Syntax,

    /// <summary>A value of the wrong JSON type (a number where a string belongs …).</summary>
    WrongType,

    /// <summary>A required property is absent.</summary>
    MissingProperty,

    /// <summary>A property appears twice in one object.</summary>
    DuplicateProperty,

    /// <summary><c>null</c> where the format does not allow it.</summary>
    NullValue,

    /// <summary>A free-text string that is empty or only white space.</summary>
    BlankText,

    /// <summary>A string or number that does not fit its grammar (a parser's error), or not in canonical form.</summary>
    InvalidValue,

    /// <summary>A value that breaks one of the model's invariants (low above high …).</summary>
    Invariant,

    /// <summary>A string, array or document beyond a configured limit.</summary>
    LimitExceeded,

    /// <summary>Bytes that are not UTF-8 inside a string.</summary>
    InvalidEncoding,

    /// <summary>A <c>schemaVersion</c> with a major version this library does not read.</summary>
    UnsupportedVersion,

    /// <summary>A property the format does not define; it was kept as an extension property (not an error).</summary>
    UnknownProperty,

    /// <summary>A value accepted in a form its standard allows but not in the canonical form the writer emits (not
    /// an error).</summary>
    NonCanonical,
}

/// <summary>One problem found while reading, with where it is.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Pointer">Where, as an RFC 6901 JSON Pointer relative to the document (<c>/casualties/2/range/low</c>).</param>
/// <param name="JsonPath">The same place in System.Text.Json's JSONPath style (<c>$.casualties[2].range.low</c>).</param>
/// <param name="Message">What was expected, for a person.</param>
/// <param name="Offset">The byte offset of the offending token in the reader's input.</param>
internal readonly record struct JsonReadProblem(JsonProblemKind Kind, string Pointer, string JsonPath, string Message, long Offset)
{
    /// <summary>How many times the same problem occurred at the same place (repeats are counted, not listed).</summary>
    internal long Occurrences { get; init; } = 1;
}

/// <summary>Thrown inside the reader to unwind to the public entry point, which turns it into a
/// <see cref="System.Text.Json.JsonException"/> with a path and a position.</summary>
internal sealed class IncidentReadException : Exception
{
    internal IncidentReadException(JsonReadProblem problem)
        : base(problem.Message)
    {
        Problem = problem;
    }

    internal JsonReadProblem Problem { get; }

    /// <summary>For converters called by System.Text.Json: the exception it completes with its own path, line and
    /// position; the message carries the path inside the converted value.</summary>
    internal System.Text.Json.JsonException ToJsonException(string what) =>
        new(Problem.Pointer.Length == 0 ? Problem.Message : $"{Problem.Message} (at {Problem.JsonPath} within the {what})", this);
}

/// <summary>A place in a document: a stack of property names and array indices, spelled as a JSON Pointer
/// (RFC 6901) or a JSONPath.</summary>
internal sealed class JsonLocation
{
    private static readonly System.Buffers.SearchValues<char> IdentifierChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    private (string? Name, int Index)[] _segments = new (string?, int)[16];

    internal int Depth { get; private set; }

    internal void Push(string name) => PushCore((name, -1));

    internal void Push(int index) => PushCore((null, index));

    internal void Pop() => Depth--;

    internal void Clear() => Depth = 0;

    internal string ToPointer()
    {
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < Depth; i++)
        {
            builder.Append('/');
            (string? name, int index) = _segments[i];
            if (name is null)
            {
                builder.Append(index);
            }
            else
            {
                builder.Append(name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
            }
        }

        return builder.ToString();
    }

    internal string ToJsonPath()
    {
        var builder = new System.Text.StringBuilder("$");
        for (int i = 0; i < Depth; i++)
        {
            (string? name, int index) = _segments[i];
            if (name is null)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else if (name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.AsSpan().IndexOfAnyExcept(IdentifierChars) < 0)
            {
                builder.Append('.').Append(name);
            }
            else
            {
                builder.Append("['").Append(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
            }
        }

        return builder.ToString();
    }

    private void PushCore((string?, int) segment)
    {
        if (Depth == _segments.Length)
        {
            Array.Resize(ref _segments, Depth * 2);
        }

        _segments[Depth++] = segment;
    }
}
