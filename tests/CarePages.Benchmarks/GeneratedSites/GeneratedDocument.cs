using CarePages.Core.Documents;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>One generated document, ready to save: its plan, the document and its translation states.</summary>
/// <param name="Plan">What it was made from.</param>
/// <param name="Document">The document in its cultures.</param>
/// <param name="States">Its fields' translation states in every target culture it has.</param>
public sealed record GeneratedDocument(DocumentPlan Plan, MultiCultureDocument Document, IReadOnlyList<FieldTranslationState> States);
