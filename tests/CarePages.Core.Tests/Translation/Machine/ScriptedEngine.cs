using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Machine;

namespace CarePages.Core.Tests.Translation.Machine;

/// <summary>
/// An engine whose answers a test scripts (the real engine's behaviour is tested against apertium-apy): each segment
/// through <see cref="Translate"/>, or a failure; it records what it was asked.
/// </summary>
internal sealed class ScriptedEngine : IMachineTranslationEngine
{
    public Func<string, string> Translate { get; init; } = segment => $"[es] {segment}";

    public MachineTranslationStatus Failure { get; init; } = MachineTranslationStatus.Success;

    public int? AnswerCount { get; init; }

    public List<MachineTranslationRequest> Requests { get; } = [];

    public string Name => "Scripted";

    public Task<MachineEngineDescription> DescribeAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new MachineEngineDescription(Name, MachineTranslationStatus.Success, "1.0", [new LanguagePair("en", "es"), new LanguagePair("en", "fr")]));

    Task<MachineTranslationResult> IMachineTranslationEngine.TranslateAsync(MachineTranslationRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        if (Failure != MachineTranslationStatus.Success)
        {
            return Task.FromResult(MachineTranslationResult.Failed(Failure, "1.0", "scripted failure"));
        }

        var answers = request.Segments.Select(Translate).Take(AnswerCount ?? request.Segments.Count).ToArray();
        return Task.FromResult(new MachineTranslationResult(MachineTranslationStatus.Success, answers, "1.0"));
    }
}
