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

    /// <summary>What is wrong with these settings, each naming its key; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!MachineTranslationEngines.All.Contains(Engine, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"{SectionName}:Engine is \"{Engine}\"; it must be one of {string.Join(", ", MachineTranslationEngines.All)}.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:Timeout must be longer than zero (for example 00:01:00).");
        }

        if (MaxSegmentCharacters < 1)
        {
            problems.Add($"{SectionName}:MaxSegmentCharacters must be at least 1.");
        }

        if (MaxConcurrentRequests < 1)
        {
            problems.Add($"{SectionName}:MaxConcurrentRequests must be at least 1.");
        }

        if (string.Equals(Engine, MachineTranslationEngines.DeepL, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(DeepL.AuthKey))
        {
            problems.Add($"{SectionName}:DeepL:AuthKey is required when the engine is DeepL (keep it in user secrets or the environment: CarePages__MachineTranslation__DeepL__AuthKey).");
        }

        if (string.Equals(Engine, MachineTranslationEngines.Azure, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(Azure.Key))
        {
            problems.Add($"{SectionName}:Azure:Key is required when the engine is Azure (keep it in user secrets or the environment: CarePages__MachineTranslation__Azure__Key).");
        }

        if (!Apertium.BaseAddress.IsAbsoluteUri || Apertium.BaseAddress.Scheme is not ("http" or "https"))
        {
            problems.Add($"{SectionName}:Apertium:BaseAddress must be an absolute http or https address, such as http://127.0.0.1:2737/.");
        }

        return problems;
    }
}
