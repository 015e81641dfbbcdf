using CarePages.Core.Translation.Messages;

namespace CarePages.Core.MarkdownExchange;

/// <summary>Something a conversion changed or could not carry over, said so that an editor can find it.</summary>
/// <param name="Element">The element or construct concerned (e.g. <c>span</c>, <c>script</c>, <c>a[href]</c>).</param>
/// <param name="Note">What happened to it, in any interface language.</param>
public sealed record ConversionWarning(string Element, ExchangeNote Note)
{
    /// <summary>What happened to it, in English.</summary>
    public string Message => Note.English;
}
