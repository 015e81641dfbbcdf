namespace CarePages.Umbraco.Api.Authorization;

/// <summary>
/// What the current user may do with documents and cultures: Umbraco's document permissions, start nodes and languages
/// in a site (<see cref="UmbracoDocumentAuthorizer"/>), the demo users' rights in the demo. Every API endpoint asks it
/// before it reads or changes anything.
/// </summary>
public interface IDocumentAuthorizer
{
    /// <summary>
    /// Authorises <paramref name="access"/> on every one of <paramref name="documentKeys"/> and access to every one of
    /// <paramref name="cultures"/>; the first refusal names the document or culture. A document the site does not know
    /// is not refused (the endpoint answers 404 for it), as in Umbraco's own controllers.
    /// </summary>
    Task<DocumentAuthorization> AuthorizeAsync(IReadOnlyCollection<Guid> documentKeys, DocumentAccess access, IReadOnlyCollection<string> cultures, CancellationToken cancellationToken = default);

    /// <summary>The ones of <paramref name="documentKeys"/> the user has <paramref name="access"/> to.</summary>
    Task<IReadOnlySet<Guid>> FilterDocumentsAsync(IReadOnlyCollection<Guid> documentKeys, DocumentAccess access, CancellationToken cancellationToken = default);

    /// <summary>The ones of <paramref name="cultures"/> that are the user's languages, in the order given.</summary>
    Task<IReadOnlyList<string>> FilterCulturesAsync(IReadOnlyCollection<string> cultures, CancellationToken cancellationToken = default);

    /// <summary>
    /// Authorises the target of a language pair (translation memory, glossary): one of the user's cultures, or a bare
    /// language (<c>es</c>) of which the user has a culture (<c>es-ES</c>).
    /// </summary>
    Task<DocumentAuthorization> AuthorizeLanguageAsync(string culture, CancellationToken cancellationToken = default);
}
