namespace Incidents.Core.Validation;

/// <summary>One rule of <see cref="IncidentValidator"/>: a check of an incident that construction cannot make
/// because it needs context (other parts of the incident, the clock, a gazetteer). Derive from it to add rules of
/// your own; pass them in <see cref="IncidentValidatorOptions.Rules"/>.</summary>
/// <example>
/// <code>
/// sealed class NeedsASource() : IncidentRule(MyCodes.NoSource)
/// {
///     public override void Check(Incident incident, IncidentRuleContext context)
///     {
///         if (incident.Sources.IsEmpty) context.Report(Code, "/sources", "An incident needs at least one source.");
///     }
/// }
/// var validator = new IncidentValidator(clock, IncidentValidatorOptions.Default.With(new NeedsASource()));
/// </code>
/// </example>
/// <param name="code">The code the rule reports; switching the code off (<see cref="IncidentValidatorOptions.Without"/>)
/// removes the rule.</param>
public abstract class IncidentRule(ValidationCode code)
{
    /// <summary>Gets the code the rule reports.</summary>
    public ValidationCode Code { get; } = code ?? throw new ArgumentNullException(nameof(code));

    /// <summary>Checks an incident and reports what it finds through <paramref name="context"/>.</summary>
    /// <param name="incident">The incident; never <see langword="null"/>.</param>
    /// <param name="context">The clock, the options, and where to report.</param>
    public abstract void Check(Incident incident, IncidentRuleContext context);

    /// <summary>Returns the rule's code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code.Code;
}
