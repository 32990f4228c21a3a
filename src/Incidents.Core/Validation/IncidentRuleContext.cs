using NodaTime;

namespace Incidents.Core.Validation;

/// <summary>What a rule may use while it checks an incident: the clock, the options, and <see cref="Report"/>.</summary>
/// <remarks>Not thread-safe; the validator creates one per validation.</remarks>
public sealed class IncidentRuleContext
{
    private readonly List<ValidationIssue> _issues;

    internal IncidentRuleContext(IClock clock, IncidentValidatorOptions options, List<ValidationIssue> issues)
    {
        Clock = clock;
        Options = options;
        _issues = issues;
    }

    /// <summary>Gets the validator's clock: the only source of "now".</summary>
    public IClock Clock { get; }

    /// <summary>Gets the validator's options.</summary>
    public IncidentValidatorOptions Options { get; }

    /// <summary>Reports an issue.</summary>
    /// <param name="code">The code.</param>
    /// <param name="path">Where, as a JSON Pointer in the wire format's names (<c>/claims/1/claimant</c>).</param>
    /// <param name="message">What is wrong, for a person.</param>
    /// <param name="severity">The severity; <see langword="null"/> for the code's default.</param>
    public void Report(ValidationCode code, string path, string message, ValidationSeverity? severity = null) =>
        _issues.Add(new ValidationIssue(code, path, message, severity));
}
