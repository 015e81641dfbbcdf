using System.ComponentModel;
using System.Text.Json.Serialization;

namespace CarePages.Core.Translation.Workflow;

/// <summary>
/// A review step a user applies to translated fields, written as in the API's route
/// (<c>documents/{key}/cultures/{culture}/{step}</c>) and the backoffice client (<c>submit</c>, <c>no-retranslation</c>);
/// exactly so: any other spelling (<c>Approve</c>, <c>NoRetranslation</c>) is no step, and no address in the route (404).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewStep>))]
[TypeConverter(typeof(ReviewStepTypeConverter))]
public enum ReviewStep
{
    /// <summary>Sends translated fields for review.</summary>
    [JsonStringEnumMemberName("submit")]
    Submit,

    /// <summary>Approves fields in review (needs Publish on the document, and another user than the translator).</summary>
    [JsonStringEnumMemberName("approve")]
    Approve,

    /// <summary>Records translations written or changed in the editor.</summary>
    [JsonStringEnumMemberName("edited")]
    Edited,

    /// <summary>Accepts source changes that need no retranslation.</summary>
    [JsonStringEnumMemberName("no-retranslation")]
    NoRetranslation,
}
