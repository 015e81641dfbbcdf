namespace CarePages.Core.Translation.Machine.Apertium;

/// <summary>Where Apertium's HTTP service (<c>apertium-apy</c>) answers (<c>CarePages:MachineTranslation:Apertium</c>).</summary>
public sealed class ApertiumOptions
{
    /// <summary>The service's base address; default <c>http://127.0.0.1:2737/</c>, apertium-apy's own default port on loopback.</summary>
    public Uri BaseAddress { get; set; } = new("http://127.0.0.1:2737/");
}
