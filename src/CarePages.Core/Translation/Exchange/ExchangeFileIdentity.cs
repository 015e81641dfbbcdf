using System.Xml;
using CarePages.Core.MarkdownExchange;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Xliff;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Translation.Exchange;

/// <summary>
/// What a returned file says it is, read before the file is imported: its format and the job it belongs to.
/// XML is read with DTDs prohibited and no resolver, and only until the job id is found.
/// </summary>
/// <param name="Format">The format, or null when the file is neither XLIFF nor a CarePages Markdown file.</param>
/// <param name="JobId">The job id the file carries, or null.</param>
/// <param name="DocumentKey">For a Markdown file, the document it holds; null otherwise.</param>
/// <param name="Fault">Why the XML could not be read up to the job id (a DTD, not well-formed), naming the fault; null otherwise.</param>
public sealed record ExchangeFileIdentity(ExchangeFormat? Format, string? JobId, Guid? DocumentKey = null, ExchangeNote? Fault = null)
{

    /// <summary>Reads the identity of <paramref name="content"/>.</summary>
    public static ExchangeFileIdentity Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = ExchangeFileText.Decode(content, 4096).TrimStart('\uFEFF').TrimStart();
        if (text.StartsWith(MarkdownFileFormat.HeaderStart, StringComparison.OrdinalIgnoreCase))
        {
            var document = Guid.TryParse(HeaderValue(text, MarkdownFileFormat.DocumentKey), out var key) ? key : (Guid?)null;
            return new ExchangeFileIdentity(ExchangeFormat.Markdown, HeaderValue(text, MarkdownFileFormat.JobKey), document);
        }

        return text.StartsWith('<') ? FromXml(content) : new ExchangeFileIdentity(null, null);
    }

    private static string? HeaderValue(string text, string key) => text.Split('\n')
        .Select(line => line.Trim())
        .Where(line => line.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase))
        .Select(line => line[(key.Length + 1)..].Trim())
        .FirstOrDefault();

    private static ExchangeFileIdentity FromXml(byte[] content)
    {
        var settings = SecureXmlLoader.Settings(content.Length);
        ExchangeFormat? format = null;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth == 0)
                {
                    format = ExchangeFormats.OfXliff(XliffRoot.Of(reader));
                    if (format is null)
                    {
                        return new ExchangeFileIdentity(null, null);
                    }
                }
                else if (JobIdAt(reader) is { } jobId)
                {
                    return new ExchangeFileIdentity(format, jobId);
                }
            }
        }
        catch (XmlException e)
        {
            return new ExchangeFileIdentity(format, null, Fault: SecureXmlLoader.FailureOf(e, content).Note);
        }

        return new ExchangeFileIdentity(format, null);
    }

    // 1.2 carries the job in <phase job-id>; 2.x in <mda:meta type="jobId"> (see the writers).
    private static string? JobIdAt(XmlReader reader) => reader.LocalName switch
    {
        "phase" => reader.GetAttribute("job-id"),
        "meta" when reader.NamespaceURI == XliffNamespaces.Metadata && reader.GetAttribute("type") == Xliff2Names.JobIdMeta => reader.ReadElementContentAsString(),
        _ => null,
    };
}
