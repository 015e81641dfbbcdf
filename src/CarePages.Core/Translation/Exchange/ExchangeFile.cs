namespace CarePages.Core.Translation.Exchange;

/// <summary>A file to hand to a translator.</summary>
/// <param name="FileName">A file name that says what it holds.</param>
/// <param name="MediaType">The file's media type (<c>application/xliff+xml</c>, <c>text/markdown</c>).</param>
/// <param name="Content">The file's bytes (UTF-8).</param>
public sealed record ExchangeFile(string FileName, string MediaType, ReadOnlyMemory<byte> Content);
