using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Exchange;

/// <summary>A field's newer translation in the draft beside the older one in an imported file.</summary>
/// <param name="InDraft">The translation in the draft, kept.</param>
/// <param name="InFile">The translation in the file, not imported.</param>
/// <param name="ChangedBy">Who made the newer translation.</param>
/// <param name="ChangedAt">When.</param>
public sealed record TranslationDiff(string InDraft, string InFile, UserReference ChangedBy, DateTimeOffset ChangedAt);
