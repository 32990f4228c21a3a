namespace Incidents.Core.Utility;

/// <summary>What the JSON reader needs of the identifier types to build them from text it has already checked
/// against the identifier syntax (<see cref="IdSyntax"/>).</summary>
/// <typeparam name="TSelf">The identifier type.</typeparam>
internal interface IIdentifier<TSelf>
    where TSelf : struct
{
    /// <summary>Gets the longest identifier of the type.</summary>
    static abstract int MaxLength { get; }

    /// <summary>Wraps text that is known to follow the syntax, without checking it again.</summary>
    static abstract TSelf FromTrusted(string value);
}
