namespace Incidents.Core.Parsing;

/// <summary>Why a text could not be parsed. The values are stable: callers may filter and count on them.</summary>
public enum ParseErrorKind
{
    /// <summary>The text is empty or only white space.</summary>
    Empty = 1,

    /// <summary>A character does not fit the grammar where it stands (a sign before a count, a letter in a date).</summary>
    UnexpectedCharacter = 2,

    /// <summary>The text ends where more was expected ("between 10 and").</summary>
    UnexpectedEnd = 3,

    /// <summary>A complete value is followed by more text ("39 killed").</summary>
    TrailingText = 4,

    /// <summary>A number is too large for its type (a count above <see cref="int.MaxValue"/>).</summary>
    Overflow = 5,

    /// <summary>A number is well formed but out of range (month 13, latitude 91, 30 February).</summary>
    OutOfRange = 6,

    /// <summary>Bounds are out of order ("15-10", or a best estimate outside its bounds).</summary>
    BoundsOutOfOrder = 7,

    /// <summary>A word, phrase or code is not known ("umpteen", the country code <c>ZZ</c>).</summary>
    UnknownWord = 8,

    /// <summary>The input is not well-formed UTF-8 or UTF-16 (an invalid byte sequence, a lone surrogate).</summary>
    InvalidEncoding = 9,
}
