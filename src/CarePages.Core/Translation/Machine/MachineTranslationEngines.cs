namespace CarePages.Core.Translation.Machine;

/// <summary>The engine names <c>CarePages:MachineTranslation:Engine</c> takes.</summary>
public static class MachineTranslationEngines
{
    /// <summary>No engine: nothing leaves the server (the default).</summary>
    public const string None = "None";

    /// <summary>Apertium's HTTP service (<c>apertium-apy</c>), on-premise.</summary>
    public const string Apertium = "Apertium";
}
