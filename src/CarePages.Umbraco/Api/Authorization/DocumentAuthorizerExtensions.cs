namespace CarePages.Umbraco.Api.Authorization;

/// <summary>Shorthands of <see cref="IDocumentAuthorizer"/> for one document.</summary>
public static class DocumentAuthorizerExtensions
{
    /// <summary>Authorises <paramref name="access"/> on one document and, when given, access to <paramref name="culture"/>.</summary>
    public static Task<DocumentAuthorization> AuthorizeAsync(this IDocumentAuthorizer authorizer, Guid documentKey, DocumentAccess access, string? culture = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authorizer);
        return authorizer.AuthorizeAsync([documentKey], access, culture is null ? [] : [culture], cancellationToken);
    }
}
