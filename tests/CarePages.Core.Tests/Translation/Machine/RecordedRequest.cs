using System.Collections.Specialized;

namespace CarePages.Core.Tests.Translation.Machine;

/// <summary>A request as the loopback server received it.</summary>
internal sealed record RecordedRequest(string Method, string Url, string Path, NameValueCollection Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The value of header <paramref name="name"/>, or null when it was not sent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
