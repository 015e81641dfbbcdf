namespace CarePages.Core.Xliff;

/// <summary>A piece of a translated block: text, or a source code wrapping more pieces.</summary>
internal abstract record TargetNode;

/// <summary>Translated text.</summary>
/// <param name="Text">The text.</param>
internal sealed record TargetText(string Text) : TargetNode;

/// <summary>A source code placed by the translator; its markup comes from the source.</summary>
/// <param name="Code">The source code.</param>
/// <param name="Children">What the translator put inside a paired code.</param>
internal sealed record TargetCode(InlineCode Code, IReadOnlyList<TargetNode> Children) : TargetNode;
