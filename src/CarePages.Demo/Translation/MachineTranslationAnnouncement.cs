using CarePages.Core.Translation.Machine;

namespace CarePages.Demo.Translation;

/// <summary>
/// Says at start-up whether the demo's machine translation answers: the engine and the pairs it offers, or, when the
/// local apertium-apy is not running, the command that starts one. Never stops the demo.
/// </summary>
internal sealed partial class MachineTranslationAnnouncement(IMachineTranslationEngine engine, MachineTranslationOptions options, ILogger<MachineTranslationAnnouncement> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var description = await engine.DescribeAsync(cancellationToken);
        if (description.Status == MachineTranslationStatus.Success)
        {
            Answers(logger, engine.Name, description.Version, description.Offered);
        }
        else if (engine.Name == MachineTranslationEngines.Apertium)
        {
            ApertiumMissing(logger, options.Apertium.BaseAddress, options.Apertium.BaseAddress.Port);
        }
        else
        {
            Unavailable(logger, engine.Name, description.Status);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Machine translation: {Engine} ({Version}) answers and offers {Pairs}.")]
    private static partial void Answers(ILogger logger, string engine, string version, string pairs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Machine translation: apertium-apy does not answer at {Address}. Pre-fill is unavailable until one runs; start it with: apertium-apy -p {Port} /usr/share/apertium/modes (Debian packages apertium-apy and apertium-eng-spa).")]
    private static partial void ApertiumMissing(ILogger logger, Uri address, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Machine translation: {Engine} is {Status}.")]
    private static partial void Unavailable(ILogger logger, string engine, MachineTranslationStatus status);
}
