using System.Text.Json.Serialization;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Translation.Machine;

/// <summary>What a machine pre-fill did, per document and field, in the same report shape as an import.</summary>
/// <param name="Status">The overall outcome.</param>
/// <param name="Engine">The engine's name.</param>
/// <param name="EngineVersion">The engine's version as it reported it, when it was asked.</param>
/// <param name="TargetCulture">The culture pre-filled.</param>
/// <param name="Messages">Why nothing was done, when refused (English until labelled).</param>
/// <param name="Documents">One report per document.</param>
public sealed record MachinePrefillReport(MachinePrefillStatus Status, string Engine, string? EngineVersion, string TargetCulture, IReadOnlyList<string> Messages, IReadOnlyList<DocumentImportReport> Documents)
{
    /// <summary>True when every document with something to pre-fill was saved.</summary>
    public bool Succeeded => Status is MachinePrefillStatus.Success or MachinePrefillStatus.NothingToPrefill;

    /// <summary>The notes <see cref="Messages"/> are written from.</summary>
    [JsonIgnore]
    public IReadOnlyList<ExchangeNote> MessageNotes { get; init; } = [];

    /// <summary>A refusal of the whole request.</summary>
    public static MachinePrefillReport Refused(MachinePrefillStatus status, string engine, string targetCulture, params ExchangeNote[] reasons) =>
        new(status, engine, null, targetCulture, reasons.Select(r => r.English).ToArray(), []) { MessageNotes = reasons };

    /// <summary>This report's own messages in <paramref name="uiCulture"/>'s language (documents are labelled by the service).</summary>
    public MachinePrefillReport MessagesIn(string uiCulture) =>
        MessageNotes.Count == 0 ? this : this with { Messages = MessageNotes.Select(n => n.In(uiCulture)).ToArray() };
}
