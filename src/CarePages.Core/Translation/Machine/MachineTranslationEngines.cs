namespace CarePages.Core.Translation.Machine;

/// <summary>The engine names <c>CarePages:MachineTranslation:Engine</c> takes.</summary>
public static class MachineTranslationEngines
{
    /// <summary>No engine: nothing leaves the server (the default).</summary>
    public const string None = "None";

    /// <summary>Apertium's HTTP service (<c>apertium-apy</c>), on-premise.</summary>
    public const string Apertium = "Apertium";

    /// <summary>DeepL's API (Free or Pro), a cloud service: segments and glossary entries leave the server.</summary>
    public const string DeepL = "DeepL";

    /// <summary>Azure AI Translator (Translator v3), a cloud service: segments and glossary terms leave the server.</summary>
    public const string Azure = "Azure";

    /// <summary>Every engine name, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [None, Apertium, DeepL, Azure];
}
