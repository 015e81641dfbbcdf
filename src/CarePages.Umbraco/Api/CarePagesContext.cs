using CarePages.Core.Ports;

namespace CarePages.Umbraco.Api;

/// <summary>What the backoffice client needs first: who is signed in, the source culture and the site's content cultures.</summary>
/// <param name="User">The signed-in user.</param>
/// <param name="SourceCulture">The culture translations are made from.</param>
/// <param name="Cultures">Every content culture of the site, the source first.</param>
public sealed record CarePagesContext(ContextUser User, string SourceCulture, IReadOnlyList<ContentCulture> Cultures);
