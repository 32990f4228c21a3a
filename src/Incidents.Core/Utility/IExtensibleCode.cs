namespace Incidents.Core.Utility;

/// <summary>What every extensible code has (the source generator adds it to each): its code, whether this version of
/// the library defines it, and the codes it defines — for rules that treat the six code lists alike.</summary>
/// <typeparam name="T">The code type.</typeparam>
internal interface IExtensibleCode<T>
    where T : struct, IExtensibleCode<T>
{
    /// <summary>Gets the lower-case code.</summary>
    string Code { get; }

    /// <summary>Gets a value indicating whether the code is one this version of the library defines.</summary>
    bool IsWellKnown { get; }

    /// <summary>Gets every code this version of the library defines.</summary>
    static abstract EquatableArray<T> WellKnown { get; }
}
