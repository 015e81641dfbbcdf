using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CarePages.Core.Xliff;

/// <summary>
/// Loads an uploaded XML file safely: the size limit checked before parsing, DTDs prohibited (so no external
/// or expanding entities), no resolver, whitespace and line numbers kept.
/// </summary>
internal static class SecureXmlLoader
{
    private static readonly byte[] Doctype = Encoding.ASCII.GetBytes("<!DOCTYPE");

    /// <summary>Loads <paramref name="input"/> for the importer; on failure the result names the status and the fault.</summary>
    public static (XDocument? Document, XliffImportResult? Failure) Load(Stream input, long maxBytes)
    {
        var (document, failure) = LoadDocument(input, maxBytes);
        return failure is null
            ? (document, null)
            : (null, XliffImportResult.Refused(
                failure.Kind switch
                {
                    XmlLoadFailureKind.FileTooLarge => XliffImportStatus.FileTooLarge,
                    XmlLoadFailureKind.DtdNotAllowed => XliffImportStatus.DtdNotAllowed,
                    _ => XliffImportStatus.NotWellFormed,
                },
                failure.Message));
    }

    /// <summary>Loads <paramref name="input"/>; on failure says why and where.</summary>
    public static (XDocument? Document, XmlLoadFailure? Failure) LoadDocument(Stream input, long maxBytes)
    {
        var bytes = BoundedRead.Read(input, maxBytes);
        if (bytes is null)
        {
            return (null, new XmlLoadFailure(XmlLoadFailureKind.FileTooLarge, $"The file is larger than the limit of {maxBytes:N0} bytes; it was not read."));
        }

        var settings = Settings(maxBytes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            return (XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo), null);
        }
        catch (XmlException e)
        {
            return bytes.AsSpan().IndexOf(Doctype) >= 0
                ? (null, new XmlLoadFailure(XmlLoadFailureKind.DtdNotAllowed, $"The file has a DOCTYPE; DTDs and entities are refused ({e.Message})", e.LineNumber, e.LinePosition))
                : (null, new XmlLoadFailure(XmlLoadFailureKind.NotWellFormed, $"The file is not well-formed XML: {e.Message}", e.LineNumber, e.LinePosition));
        }
    }

    /// <summary>Reader settings for untrusted XML: no DTD, no resolver, entity expansion and document size bounded.</summary>
    public static XmlReaderSettings Settings(long maxBytes) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = maxBytes,
    };
}
