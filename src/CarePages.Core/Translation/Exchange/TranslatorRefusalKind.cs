namespace CarePages.Core.Translation.Exchange;

/// <summary>Why a request to write translations into one culture is refused before anything is read (see <see cref="TranslatorRequestCheck"/>).</summary>
internal enum TranslatorRefusalKind
{
    /// <summary>The culture is not one of the site's.</summary>
    UnknownCulture,

    /// <summary>No document was named.</summary>
    NoDocuments,

    /// <summary>The culture is the source culture.</summary>
    TargetIsSourceCulture,

    /// <summary>The culture is not one of the user's.</summary>
    CultureNotAllowed,
}
