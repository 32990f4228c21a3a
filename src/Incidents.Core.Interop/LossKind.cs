namespace Incidents.Core.Interop;

/// <summary>What a mapping did to a fact it could not carry over as it was.</summary>
public enum LossKind
{
    /// <summary>The fact is gone: the target has no place for it.</summary>
    Dropped = 1,

    /// <summary>The fact is kept, less precisely (an exact local time → a date, a range → one number).</summary>
    Coarsened = 2,

    /// <summary>The fact is kept verbatim where the target keeps what it does not model (an extension property, a
    /// note): nothing is lost, but nothing reads it as a typed value either.</summary>
    KeptAsExtension = 3,

    /// <summary>The source's value broke a rule of the target and was repaired (a range whose bounds were out of
    /// order, widened): the original value is kept beside it.</summary>
    Normalized = 4,
}
