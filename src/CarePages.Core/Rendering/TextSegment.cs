namespace CarePages.Core.Rendering;

/// <summary>A piece of plain text as a page writes it: left-to-right runs on right-to-left pages are isolated.</summary>
/// <param name="Text">The characters.</param>
/// <param name="IsolateLeftToRight">True for a left-to-right run (a Latin name, a code, a phone number) to wrap in <c>&lt;bdi dir="ltr"&gt;</c>.</param>
public sealed record TextSegment(string Text, bool IsolateLeftToRight);
