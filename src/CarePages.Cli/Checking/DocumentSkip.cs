namespace CarePages.Cli.Checking;

/// <summary>Why a document was not checked: it has no version in the culture asked for.</summary>
/// <param name="Culture">The culture asked for with <c>--culture</c>.</param>
/// <param name="Cultures">The cultures the document does have.</param>
internal sealed record DocumentSkip(string Culture, IReadOnlyList<string> Cultures);
