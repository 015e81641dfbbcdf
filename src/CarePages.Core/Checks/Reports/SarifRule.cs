namespace CarePages.Core.Checks.Reports;

/// <summary>A rule as a SARIF log describes it in its driver's <c>rules</c>.</summary>
public sealed record SarifRule
{
    /// <summary>The rule's id.</summary>
    public required string Id { get; init; }

    /// <summary>One plain sentence saying what it checks.</summary>
    public required string ShortDescription { get; init; }

    /// <summary>The longer description, or null to leave it out.</summary>
    public string? FullDescription { get; init; }

    /// <summary>Where to read about it (<see cref="RuleReference.HelpUri"/>).</summary>
    public required string HelpUri { get; init; }

    /// <summary>Its severity by default.</summary>
    public required FindingSeverity DefaultSeverity { get; init; }

    /// <summary>The WCAG success criteria it concerns, written as tags (<c>WCAG 1.1.1</c>).</summary>
    public IReadOnlyList<string> Wcag { get; init; } = [];

    /// <summary>
    /// <paramref name="descriptor"/> described in <paramref name="uiCulture"/>: its summary as the short description (its
    /// id when it has none), its help page, default severity and WCAG criteria.
    /// </summary>
    public static SarifRule Of(CheckRuleDescriptor descriptor, string uiCulture, string? fullDescription = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return new SarifRule
        {
            Id = descriptor.Id,
            ShortDescription = Messages.RuleSummaries.Of(descriptor.Id, uiCulture) is { Length: > 0 } summary ? summary : descriptor.Id,
            FullDescription = fullDescription,
            HelpUri = RuleReference.HelpUri(descriptor),
            DefaultSeverity = descriptor.DefaultSeverity,
            Wcag = descriptor.Wcag,
        };
    }
}
