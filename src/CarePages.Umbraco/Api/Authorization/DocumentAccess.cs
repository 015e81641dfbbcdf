namespace CarePages.Umbraco.Api.Authorization;

/// <summary>What a user wants to do with a document, as Umbraco's document permissions name it.</summary>
public enum DocumentAccess
{
    /// <summary>See the document and its translation status (Umbraco's Read, <c>Umb.Document.Read</c>).</summary>
    Read,

    /// <summary>Change its drafts: export, import, submit and record edits (Umbraco's Update, <c>Umb.Document.Update</c>).</summary>
    Update,

    /// <summary>Approve translations for publishing (Umbraco's Publish, <c>Umb.Document.Publish</c>).</summary>
    Publish,
}
