using System.ComponentModel;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>
/// A step of the review route <c>documents/{key}/cultures/{culture}/{step}</c>, spelled <c>submit</c>, <c>approve</c>,
/// <c>edited</c> or <c>no-retranslation</c>, exactly; any other spelling is no such address (404).
/// </summary>
[TypeConverter(typeof(ReviewStepTypeConverter))]
public enum ReviewStep
{
    /// <summary><c>submit</c>: sends translated fields for review.</summary>
    Submit,

    /// <summary><c>approve</c>: approves fields in review (needs Publish on the document).</summary>
    Approve,

    /// <summary><c>edited</c>: records that an editor changed the fields.</summary>
    Edited,

    /// <summary><c>no-retranslation</c>: keeps outdated translations after a source change.</summary>
    NoRetranslation,
}
