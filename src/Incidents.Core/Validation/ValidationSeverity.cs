namespace Incidents.Core.Validation;

/// <summary>How serious a validation issue is. The values are ordered: a threshold of <see cref="Warning"/> makes
/// warnings and errors count against <see cref="ValidationResult.IsValid"/>.</summary>
public enum ValidationSeverity
{
    /// <summary>Worth knowing; nothing is wrong (an unknown property that was kept, in lenient mode …).</summary>
    Info = 0,

    /// <summary>Probably wrong or worth a look, but a valid record (competing claims, a claim before the attack …).</summary>
    Warning = 1,

    /// <summary>Wrong: the record breaks the format or a rule.</summary>
    Error = 2,
}
