namespace CarePages.Core.Tests.Translation.Machine;

/// <summary>What the loopback server answers: a status, a body, and how long it waits first.</summary>
internal sealed record LoopbackAnswer(int Status, string Body, TimeSpan Delay = default)
{
    public static LoopbackAnswer Json(string body) => new(200, body);
}
