namespace CarePages.Core.Translation.Labels;

/// <summary>One language's words for field labels, read from the embedded <c>Translation/Labels/fields.&lt;language&gt;.json</c>.</summary>
/// <param name="PageName">The label of the node name.</param>
/// <param name="BlockItem">One block of a block list, with <c>{element}</c> and <c>{number}</c> (1-based).</param>
/// <param name="WholeFile">The label of a report line about the file as a whole (<see cref="FieldLabels.WholeFile"/>).</param>
/// <param name="RichTextPart">One part of a rich-text field as an XLIFF file splits it (a paragraph, a list item), with <c>{number}</c> (1-based).</param>
/// <param name="Elements">Element type names by alias.</param>
/// <param name="Properties">Property names by alias; a missing one is the schema's English name.</param>
internal sealed record FieldLabelCatalogue(string PageName, string BlockItem, string WholeFile, string RichTextPart, Dictionary<string, string> Elements, Dictionary<string, string> Properties);
