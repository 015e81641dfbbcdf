using CarePages.Core.Translation.Messages;

namespace CarePages.Umbraco.Api.Authorization;

/// <summary>The outcome of an authorisation: success, or what was refused (the document or the culture) and why.</summary>
/// <param name="Status">Success, or the reason for the refusal.</param>
/// <param name="Access">The access that was refused on <paramref name="DocumentKey"/>, when a document was refused.</param>
/// <param name="DocumentKey">The refused document, or null.</param>
/// <param name="Culture">The refused culture, or null.</param>
public sealed record DocumentAuthorization(DocumentAuthorizationStatus Status, DocumentAccess? Access = null, Guid? DocumentKey = null, string? Culture = null)
{
    /// <summary>Allowed.</summary>
    public static DocumentAuthorization Allowed { get; } = new(DocumentAuthorizationStatus.Success);

    /// <summary>Refused: nobody is signed in.</summary>
    public static DocumentAuthorization NotSignedIn { get; } = new(DocumentAuthorizationStatus.NotSignedIn);

    /// <summary>True when the request is allowed.</summary>
    public bool Succeeded => Status == DocumentAuthorizationStatus.Success;

    /// <summary>Refused on a document: <paramref name="status"/> is <see cref="DocumentAuthorizationStatus.NodeNotAllowed"/> or <see cref="DocumentAuthorizationStatus.PermissionDenied"/>.</summary>
    public static DocumentAuthorization DocumentRefused(DocumentAuthorizationStatus status, Guid documentKey, DocumentAccess access) =>
        new(status, access, documentKey);

    /// <summary>Refused: <paramref name="culture"/> is not one of the user's languages.</summary>
    public static DocumentAuthorization CultureRefused(string culture) =>
        new(DocumentAuthorizationStatus.CultureNotAllowed, Culture: culture);

    /// <summary>Why the request was refused, in an English sentence naming the document or the culture; empty when allowed.</summary>
    public string Reason => Note?.English ?? string.Empty;

    /// <summary>Why the request was refused, to be written in a reader's language; null when allowed.</summary>
    public ExchangeNote? Note => Status switch
    {
        DocumentAuthorizationStatus.Success => null,
        DocumentAuthorizationStatus.NotSignedIn => ExchangeNote.Keyed(ApiMessages.NotSignedIn),
        DocumentAuthorizationStatus.NodeNotAllowed => ExchangeNote.Keyed(ApiMessages.OutsideStartNodes, ("document", DocumentKey ?? Guid.Empty)),
        DocumentAuthorizationStatus.CultureNotAllowed => ExchangeNote.Keyed(ApiMessages.NotYourLanguage, ("culture", Culture ?? string.Empty)),
        _ => ExchangeNote.Keyed(ApiMessages.PermissionDenied, ("access", Access?.ToString() ?? string.Empty), ("document", DocumentKey ?? Guid.Empty)),
    };
}
