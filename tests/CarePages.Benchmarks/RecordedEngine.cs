using CarePages.Core.Translation.Machine;

namespace CarePages.Benchmarks;

/// <summary>
/// A live engine's answers, asked for once per segment and then given back at once, so that a pre-fill through it
/// measures the package's own work (segmenting, memory lookups, code checks, rebuild, glossary check, storing) apart
/// from the engine's.
/// </summary>
internal sealed class RecordedEngine(IMachineTranslationEngine live) : IMachineTranslationEngine
{
    private readonly Dictionary<string, string> answers = new(StringComparer.Ordinal);
    private MachineEngineDescription? description;
    private string version = string.Empty;

    public string Name => live.Name;

    public async Task<MachineEngineDescription> DescribeAsync(CancellationToken cancellationToken = default) =>
        description ??= await live.DescribeAsync(cancellationToken);

    public async Task<MachineTranslationResult> TranslateAsync(MachineTranslationRequest request, CancellationToken cancellationToken = default)
    {
        var missing = request.Segments.Where(s => !answers.ContainsKey(s)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            var result = await live.TranslateAsync(request with { Segments = missing }, cancellationToken);
            if (!result.Succeeded)
            {
                return result;
            }

            version = result.EngineVersion;
            for (var i = 0; i < missing.Length; i++)
            {
                answers[missing[i]] = result.Translations[i];
            }
        }

        return new MachineTranslationResult(MachineTranslationStatus.Success, request.Segments.Select(s => answers[s]).ToArray(), version);
    }
}
