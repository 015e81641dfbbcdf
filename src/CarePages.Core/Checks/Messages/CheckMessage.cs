namespace CarePages.Core.Checks.Messages;

/// <summary>A message and hint template; placeholders are <c>{name}</c>.</summary>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">How to fix it.</param>
public sealed record CheckMessage(string Message, string Hint);
