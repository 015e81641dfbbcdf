namespace CarePages.Core.Translation.Messages;

/// <summary>
/// The keys of the translation API's own refusals of a request (<c>Translation/Messages/api.&lt;language&gt;.json</c>, read
/// by <see cref="ExchangeMessages"/>), written in the <c>uiCulture</c> the request names.
/// </summary>
public static class ApiMessages
{
    /// <summary>The import request is not a form (its content type: <c>{contentType}</c>).</summary>
    public const string SendAForm = "api.send-a-form";

    /// <summary>Counted: the import form holds more than one file.</summary>
    public const string OneFileAtATime = "api.one-file-at-a-time";

    /// <summary>The import form has no field named <c>file</c>.</summary>
    public const string NoFile = "api.no-file";

    /// <summary>A culture (<c>{culture}</c>) is not one of the site's (<c>{cultures}</c>).</summary>
    public const string UnknownCulture = "api.unknown-culture";

    /// <summary>Nobody is signed in.</summary>
    public const string NotSignedIn = "api.not-signed-in";

    /// <summary>The document (<c>{document}</c>) is outside the user's start nodes.</summary>
    public const string OutsideStartNodes = "api.outside-start-nodes";

    /// <summary>The culture (<c>{culture}</c>) is not one of the user's languages.</summary>
    public const string NotYourLanguage = "api.not-your-language";

    /// <summary>The user lacks a permission (<c>{access}</c>) on the document (<c>{document}</c>).</summary>
    public const string PermissionDenied = "api.permission-denied";
}
