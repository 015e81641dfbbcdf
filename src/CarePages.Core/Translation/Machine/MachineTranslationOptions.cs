using CarePages.Core.Translation.Machine.Apertium;
using CarePages.Core.Translation.Machine.Azure;
using CarePages.Core.Translation.Machine.DeepL;

namespace CarePages.Core.Translation.Machine;

/// <summary>Machine translation (<c>CarePages:MachineTranslation</c>). Defaults keep every text on the server.</summary>
public sealed class MachineTranslationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "CarePages:MachineTranslation";

    /// <summary>The engine (<see cref="MachineTranslationEngines"/>); default <c>None</c>, so nothing leaves the server.</summary>
    public string Engine { get; set; } = MachineTranslationEngines.None;

    /// <summary>How long one pre-fill may wait for the engine, all its requests together; default 60 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest segment sent, in characters of markup; longer ones fail the document. Default 5,000.</summary>
    public int MaxSegmentCharacters { get; set; } = 5_000;

    /// <summary>How many requests run at once against an engine that takes one segment per request; default 2.</summary>
    public int MaxConcurrentRequests { get; set; } = 2;

    /// <summary>The Apertium engine's settings.</summary>
    public ApertiumOptions Apertium { get; set; } = new();

    /// <summary>The DeepL engine's settings (its key among them, which nothing writes out).</summary>
    public DeepLOptions DeepL { get; set; } = new();

    /// <summary>The Azure AI Translator engine's settings (its key among them, which nothing writes out).</summary>
    public AzureTranslatorOptions Azure { get; set; } = new();
}
