using CarePages.Core.Checks.Html;
using CarePages.Core.Checks.Messages;

namespace CarePages.Core.Checks;

/// <summary>Where findings of one run go: culture, property, message language and limits.</summary>
/// <param name="Culture">The content culture.</param>
/// <param name="Property">The property path, or null for a page or the document as a whole.</param>
/// <param name="UiCulture">The language of messages.</param>
/// <param name="Messages">The message catalogue.</param>
/// <param name="Index">The element index of the markup, for positions; null for document rules.</param>
/// <param name="MaxFindings">Most findings kept per rule.</param>
internal sealed record FindingTarget(string Culture, string? Property, string UiCulture, CheckMessageCatalogue Messages, ElementIndex? Index, int MaxFindings);
