namespace CarePages.Umbraco.Api.Authorization;

/// <summary>Why a request was, or was not, authorised; the API sends a refusal's name as <c>operationStatus</c>.</summary>
public enum DocumentAuthorizationStatus
{
    /// <summary>Allowed.</summary>
    Success,

    /// <summary>Nobody is signed in.</summary>
    NotSignedIn,

    /// <summary>The document is outside the user's content start nodes.</summary>
    NodeNotAllowed,

    /// <summary>The user lacks the permission (Read, Update or Publish) on the document.</summary>
    PermissionDenied,

    /// <summary>The culture is not one of the user's languages.</summary>
    CultureNotAllowed,
}
