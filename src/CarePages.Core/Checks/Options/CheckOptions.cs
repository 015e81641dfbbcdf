namespace CarePages.Core.Checks.Options;

/// <summary>
/// Settings of the check engine, bound from <c>CarePages:Checks</c>. Every value has a documented default,
/// so an empty section runs every built-in rule at its default severity.
/// </summary>
public sealed class CheckOptions
{
    /// <summary>The configuration section, relative to <c>CarePages</c>.</summary>
    public const string SectionName = "Checks";

    /// <summary>Runs the checks at all. Default: true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Settings per rule id, for every document type.</summary>
    public Dictionary<string, CheckRuleSettings> Rules { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Settings per document type alias, then per rule id; these win over <see cref="Rules"/>.</summary>
    public Dictionary<string, Dictionary<string, CheckRuleSettings>> DocumentTypes { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Longest field or page, in characters, that is parsed; a longer one gets an <c>input-too-large</c> finding at once.
    /// Default: 200,000 (a long patient page holds about 50,000; every rule takes time in proportion to the length).
    /// </summary>
    public int MaxFieldLength { get; init; } = 200_000;

    /// <summary>
    /// Most characters, over all the fields of a document (a field over <see cref="MaxFieldLength"/> counting as that limit,
    /// since the document rules read only that much of it), that are checked; a longer document gets one
    /// <c>input-document-too-large</c> finding and no other. Default: 500,000.
    /// </summary>
    public int MaxDocumentLength { get; init; } = 500_000;

    /// <summary>Deepest element nesting that is checked; deeper markup gets an <c>input-nesting-too-deep</c> finding. Default: 256.</summary>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>
    /// The heading level of the section heading the templates put above each rich-text field. Default: 2
    /// (the page title is the H1, section headings are H2), so a field's own headings start at H2 or H3.
    /// </summary>
    public int FieldSectionHeadingLevel { get; init; } = 2;

    /// <summary>Most findings kept per rule in one field, so a pathological field cannot flood a report. Default: 50.</summary>
    public int MaxFindingsPerRule { get; init; } = 50;
}
