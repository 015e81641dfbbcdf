using System.Text.Json.Serialization;

namespace CarePages.Core.Translation.Jobs;

/// <summary>The file format a translation job was exported in, and must come back in.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExchangeFormat>))]
public enum ExchangeFormat
{
    /// <summary>XLIFF 1.2 (the default: most CAT tools read it).</summary>
    Xliff12,

    /// <summary>XLIFF 2.1 (namespace <c>urn:oasis:names:tc:xliff:document:2.0</c>).</summary>
    Xliff21,

    /// <summary>XLIFF 2.2 (namespace <c>urn:oasis:names:tc:xliff:document:2.2</c>).</summary>
    Xliff22,

    /// <summary>One Markdown file per document, for translators without a CAT tool.</summary>
    Markdown,
}
