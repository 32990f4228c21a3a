namespace Incidents.Core.Validation;

/// <summary>One entry of the catalogue of validation codes (<see cref="ValidationCodes"/>): a stable code that data
/// teams can filter and count on, its default severity and what it means.</summary>
/// <param name="Code">The code, e.g. <c>INC-REF-001</c>; never changes meaning once released.</param>
/// <param name="DefaultSeverity">The severity issues with this code have unless a rule says otherwise.</param>
/// <param name="Meaning">One line saying what the code means.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ValidationCode(string Code, ValidationSeverity DefaultSeverity, string Meaning)
{
    /// <summary>Returns the code.</summary>
    /// <returns>The code, e.g. <c>INC-REF-001</c>.</returns>
    public override string ToString() => Code;
}
