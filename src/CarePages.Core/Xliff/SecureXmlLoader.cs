using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Xliff;

/// <summary>
/// Loads an uploaded XML file safely: the size limit checked before parsing, DTDs prohibited (so no external
/// or expanding entities), no resolver, element nesting bounded before anything recursive (schema validation, the
/// target readers) walks the tree, whitespace kept, and line numbers unless the caller needs none.
/// </summary>
internal static class SecureXmlLoader
{
    private static readonly byte[] Doctype = Encoding.ASCII.GetBytes("<!DOCTYPE");

    /// <summary>
    /// Loads <paramref name="bytes"/> (null when the upload passed <paramref name="maxBytes"/>) for the importer; on
    /// failure the result names the status and the fault. Without <paramref name="lineInfo"/> the nodes carry no line
    /// numbers, which saves a third of the load where no fault needs them.
    /// </summary>
    public static (XDocument? Document, XliffImportResult? Failure) Load(byte[]? bytes, long maxBytes, int maxDepth, bool lineInfo)
    {
        var (document, failure) = LoadDocument(bytes, maxBytes, maxDepth, lineInfo);
        return failure is null
            ? (document, null)
            : (null, XliffImportResult.Refused(
                failure.Kind switch
                {
                    XmlLoadFailureKind.FileTooLarge => XliffImportStatus.FileTooLarge,
                    XmlLoadFailureKind.DtdNotAllowed => XliffImportStatus.DtdNotAllowed,
                    XmlLoadFailureKind.NestingTooDeep => XliffImportStatus.NestingTooDeep,
                    _ => XliffImportStatus.NotWellFormed,
                },
                failure.Note));
    }

    /// <summary>Loads <paramref name="input"/> with line numbers; on failure says why and where.</summary>
    public static (XDocument? Document, XmlLoadFailure? Failure) LoadDocument(Stream input, long maxBytes, int maxDepth) =>
        LoadDocument(BoundedRead.Read(input, maxBytes), maxBytes, maxDepth, lineInfo: true);

    private static (XDocument? Document, XmlLoadFailure? Failure) LoadDocument(byte[]? bytes, long maxBytes, int maxDepth, bool lineInfo)
    {
        if (bytes is null)
        {
            return (null, new XmlLoadFailure(XmlLoadFailureKind.FileTooLarge, ExchangeNote.Keyed(ImportMessages.FileTooLarge, ("limit", maxBytes))));
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = new DepthLimitedReader(XmlReader.Create(stream, Settings(maxBytes)), maxDepth);
            var document = XDocument.Load(reader, lineInfo ? LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo : LoadOptions.PreserveWhitespace);
            return reader.TooDeep is { } deep ? (null, deep) : (document, null);
        }
        catch (XmlException e)
        {
            return (null, FailureOf(e, bytes));
        }
    }

    /// <summary>What <paramref name="exception"/>, thrown reading <paramref name="bytes"/> with <see cref="Settings"/>, means: a refused DTD, or XML that is not well-formed.</summary>
    public static XmlLoadFailure FailureOf(XmlException exception, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(bytes);
        var text = ExchangeFileText.Decode(bytes);
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        // .NET reports a prohibited DTD without a line (0); the line is then found in the text.
        var line = exception.LineNumber > 0 || doctype < 0 ? exception.LineNumber : text.AsSpan(0, doctype).Count('\n') + 1;
        return bytes.AsSpan().IndexOf(Doctype) >= 0 || doctype >= 0
            ? new XmlLoadFailure(XmlLoadFailureKind.DtdNotAllowed, ExchangeNote.Keyed(XliffMessages.Doctype, ("line", line.ToString(CultureInfo.InvariantCulture))), line, exception.LinePosition)
            : new XmlLoadFailure(XmlLoadFailureKind.NotWellFormed, ExchangeNote.Keyed(XliffMessages.NotWellFormed, ("detail", exception.Message)), exception.LineNumber, exception.LinePosition);
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
