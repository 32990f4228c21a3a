using NodaTime;

namespace Incidents.Core.Validation;

/// <summary>Checks an <see cref="Incident"/> for what construction cannot forbid: references between its parts,
/// dates against an injected clock, time zones, places, casualty arithmetic, competing and anonymous claims, text
/// lengths. Reports every issue, never just the first.</summary>
/// <example>
/// <code>
/// var validator = new IncidentValidator(SystemClock.Instance);          // or a FakeClock in tests
/// ValidationResult result = validator.Validate(incident);
/// foreach (ValidationIssue issue in result.Issues) Console.WriteLine(issue);
/// </code>
/// </example>
/// <threadsafety>Immutable; one validator can be used from many threads.</threadsafety>
public sealed class IncidentValidator
{
    /// <summary>Creates a validator.</summary>
    /// <param name="clock">The source of "now" for the future-date rule.</param>
    /// <param name="options">The rules and settings; <see langword="null"/> for <see cref="IncidentValidatorOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    public IncidentValidator(IClock clock, IncidentValidatorOptions? options = null)
    {
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Options = options ?? IncidentValidatorOptions.Default;
    }

    /// <summary>Gets the clock.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the options.</summary>
    public IncidentValidatorOptions Options { get; }

    /// <summary>Validates an incident.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>Every issue the rules found, in rule order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is <see langword="null"/>.</exception>
    public ValidationResult Validate(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var issues = new List<ValidationIssue>();
        Check(incident, issues);
        return new ValidationResult([.. issues], Options.FailAt);
    }

    /// <summary>Runs every rule, adding to <paramref name="issues"/> (for the payload validator).</summary>
    internal void Check(Incident incident, List<ValidationIssue> issues)
    {
        var context = new IncidentRuleContext(Clock, Options, issues);
        foreach (IncidentRule rule in Options.Rules)
        {
            rule.Check(incident, context);
        }
    }
}
