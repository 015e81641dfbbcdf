using System.Text.Json.Serialization;

namespace CarePages.Core.Translation.Jobs;

// Not an XLIFF version enum: an XLIFF version the package writes (XliffVersion, mapped in ExchangeFormats) or Markdown.
// Stored with every job and named on the API, so its names stay as they are.

/// <summary>The file format a translation job was exported in, and must come back in.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExchangeFormat>))]
public enum ExchangeFormat
{
    /// <summary>XLIFF 1.2 (the default: most CAT tools read it).</summary>
    Xliff12,

    /// <summary>XLIFF 2.1.</summary>
    Xliff21,

    /// <summary>XLIFF 2.2.</summary>
    Xliff22,

    /// <summary>One Markdown file per document, for translators without a CAT tool.</summary>
    Markdown,
}
