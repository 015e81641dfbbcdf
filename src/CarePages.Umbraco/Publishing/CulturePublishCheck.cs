using CarePages.Core.Checks;

namespace CarePages.Umbraco.Publishing;

/// <summary>The check report of one culture of one document being published.</summary>
/// <param name="DocumentName">The document's name, for messages.</param>
/// <param name="Culture">The culture being published.</param>
/// <param name="Report">What the checks found.</param>
internal sealed record CulturePublishCheck(string DocumentName, string Culture, CheckReport Report);
