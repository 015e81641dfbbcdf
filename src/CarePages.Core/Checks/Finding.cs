namespace CarePages.Core.Checks;

/// <summary>One problem a rule found in one culture of a document or page.</summary>
public sealed record Finding
{
    /// <summary>The rule's id, e.g. <c>image-alt-missing</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>The severity after settings were applied.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>The WCAG 2.2 success criteria concerned (e.g. <c>1.1.1</c>); empty where none applies.</summary>
    public IReadOnlyList<string> Wcag { get; init; } = [];

    /// <summary>The W3C ACT rule id the rule implements, or null.</summary>
    public string? ActRule { get; init; }

    /// <summary>The culture checked.</summary>
    public required string Culture { get; init; }

    /// <summary>The property alias (nested block fields as <c>bookingCallout.phoneNumber</c>); null for the page as a whole.</summary>
    public string? Property { get; init; }

    /// <summary>A short excerpt of the offending markup or text; empty when there is nothing to show.</summary>
    public string Snippet { get; init; } = string.Empty;

    /// <summary>
    /// The catalogue key of the message: the rule id, or <c>ruleId.variant</c> for a rule with several messages. With
    /// <see cref="Arguments"/> it renders the message again in another UI language (the site audit's stored findings).
    /// </summary>
    public string MessageKey { get; init; } = string.Empty;

    /// <summary>What is wrong, in the editor's UI language.</summary>
    public required string Message { get; init; }

    /// <summary>How to fix it, in the editor's UI language.</summary>
    public required string Hint { get; init; }

    /// <summary>
    /// The values filled into the message's placeholders (e.g. <c>formula</c>, <c>score</c> and <c>target</c> of a readability
    /// finding), invariant-culture text, for reports that expose them to tools.
    /// </summary>
    public MessageArgumentDictionary Arguments { get; init; } = MessageArgumentDictionary.None;

    /// <summary>Position of the offending node in its field (document order), used only to sort findings stably.</summary>
    public int Position { get; init; }
}
