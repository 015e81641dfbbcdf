namespace CarePages.Core.Translation.Machine;

/// <summary>
/// A machine-translation engine. Segments go in and come back as XLIFF 1.2 inline markup (text with
/// <c>&lt;g id="1"&gt;…&lt;/g&gt;</c> and <c>&lt;x id="2"/&gt;</c> codes, XML-escaped), so an HTML- or XML-aware engine
/// keeps the codes and the package can check them; an engine never sees an address (<c>href</c>, <c>src</c>).
/// Expected failures (down, slow, rate-limited, no such pair) are results, not exceptions; messages never hold a key.
/// </summary>
public interface IMachineTranslationEngine
{
    /// <summary>The engine's name as configured and recorded (<c>Apertium</c>, <c>DeepL</c>, <c>Azure</c>, <c>None</c>).</summary>
    string Name { get; }

    /// <summary>The engine's version and the language pairs it offers now, or why it cannot say.</summary>
    Task<MachineEngineDescription> DescribeAsync(CancellationToken cancellationToken = default);

    /// <summary>Translates <paramref name="request"/>'s segments, all or none.</summary>
    Task<MachineTranslationResult> TranslateAsync(MachineTranslationRequest request, CancellationToken cancellationToken = default);
}
