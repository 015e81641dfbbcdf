namespace CarePages.Core.Translation.Machine;

/// <summary>The engine of a site that configured none: it offers no pair and translates nothing, so no text leaves the server.</summary>
public sealed class NoMachineTranslationEngine : IMachineTranslationEngine
{
    private const string Detail = "No machine-translation engine is configured (CarePages:MachineTranslation:Engine is None).";

    /// <inheritdoc />
    public string Name => MachineTranslationEngines.None;

    /// <inheritdoc />
    public Task<MachineEngineDescription> DescribeAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new MachineEngineDescription(Name, MachineTranslationStatus.NotConfigured, string.Empty, [], Detail));

    /// <inheritdoc />
    public Task<MachineTranslationResult> TranslateAsync(MachineTranslationRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(MachineTranslationResult.Failed(MachineTranslationStatus.NotConfigured, string.Empty, Detail));
}
