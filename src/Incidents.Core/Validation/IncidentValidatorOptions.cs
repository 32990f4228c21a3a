namespace Incidents.Core.Validation;

/// <summary>Which rules <see cref="IncidentValidator"/> runs and with what settings.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IncidentValidatorOptions
{
    /// <summary>Gets the defaults: every built-in rule (<see cref="IncidentRules.All"/>), titles up to 300 characters,
    /// other text up to 10,000, no country bounds, invalid at <see cref="ValidationSeverity.Error"/>.</summary>
    public static IncidentValidatorOptions Default { get; } = new();

    /// <summary>Gets or initializes the rules to run, in order.</summary>
    /// <exception cref="ArgumentException">On <c>init</c>: a rule is <see langword="null"/>.</exception>
    public EquatableArray<IncidentRule> Rules { get; init => field = Utility.Guard.NoNullItems(value, nameof(Rules)); } = IncidentRules.All;

    /// <summary>Gets or initializes the longest title (UTF-16 code units) before <see cref="ValidationCodes.TextTooLong"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: less than 1.</exception>
    public int MaxTitleLength { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxTitleLength)); } = 300;

    /// <summary>Gets or initializes the longest other free text (summary, wording, quotes …) before
    /// <see cref="ValidationCodes.TextTooLong"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: less than 1.</exception>
    public int MaxTextLength { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxTextLength)); } = 10_000;

    /// <summary>Gets or initializes the country boxes for <see cref="ValidationCodes.CoordinatesOutsideCountry"/>;
    /// without them that rule is silent.</summary>
    public ICountryBounds? CountryBounds { get; init; }

    /// <summary>Gets or initializes the margin in degrees added around a country's box (coordinates of a border town
    /// rounded outwards). Default 0.1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: negative or not a number.</exception>
    public double CountryBoundsMargin { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(CountryBoundsMargin)); } = 0.1;

    /// <summary>Gets or initializes the lowest severity that makes a result invalid. Default
    /// <see cref="ValidationSeverity.Error"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On <c>init</c>: not a defined severity.</exception>
    public ValidationSeverity FailAt { get; init => field = Utility.Guard.Defined(value, nameof(FailAt)); } = ValidationSeverity.Error;

    /// <summary>Returns options without the rules that report any of <paramref name="codes"/>.</summary>
    /// <param name="codes">The codes to switch off.</param>
    /// <returns>New options.</returns>
    public IncidentValidatorOptions Without(params ReadOnlySpan<ValidationCode> codes)
    {
        ValidationCode[] off = codes.ToArray();
        return this with { Rules = [.. Rules.AsImmutableArray().Where(r => !off.Contains(r.Code))] };
    }

    /// <summary>Returns options with <paramref name="rule"/> added after the others.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    public IncidentValidatorOptions With(IncidentRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return this with { Rules = [.. Rules, rule] };
    }
}
