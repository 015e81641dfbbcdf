namespace CarePages.Core.Tests.Xliff.Interop;

/// <summary>One finished OmegaT run.</summary>
/// <param name="ExitCode">OmegaT's exit code (0 done, 1 e.g. "Tag validation failed").</param>
/// <param name="Output">Standard output and error, without the plugin-loading lines.</param>
internal sealed record OmegaTRun(int ExitCode, string Output);
