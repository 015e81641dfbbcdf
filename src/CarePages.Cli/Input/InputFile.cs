namespace CarePages.Cli.Input;

/// <summary>One file to check.</summary>
/// <param name="FullPath">The absolute path.</param>
/// <param name="DisplayPath">The path relative to the working directory with <c>/</c> separators (absolute when it has no relative form).</param>
/// <param name="Kind">How it is checked.</param>
/// <param name="Text">Its content.</param>
internal sealed record InputFile(string FullPath, string DisplayPath, InputKind Kind, string Text);
