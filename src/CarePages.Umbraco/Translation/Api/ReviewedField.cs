using CarePages.Core.Translation.Workflow;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>A field a review step applied to, with its status afterwards.</summary>
/// <param name="Path">The field's path.</param>
/// <param name="Status">Its status now.</param>
public sealed record ReviewedField(string Path, TranslationStatus Status);
