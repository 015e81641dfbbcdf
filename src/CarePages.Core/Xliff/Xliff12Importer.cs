using System.Xml.Linq;

namespace CarePages.Core.Xliff;

/// <summary>
/// Imports an XLIFF 1.2 file back into its export job. In order: size limit before parsing, a secure parse
/// (no DTD, no resolver), the 1.2 root, job id, languages, known documents and unique unit ids, the strict
/// schema, then each unit (known, with a target, inline codes complete). Each document is applied
/// all-or-nothing; the result says per unit what happened and per document and field what the new value is.
/// </summary>
public static class Xliff12Importer
{
    private static readonly XNamespace Ns = Xliff12Names.Namespace;

    /// <summary>Imports <paramref name="input"/> into <paramref name="job"/>, the job the file was exported for.</summary>
    public static XliffImportResult Import(Stream input, XliffExportJob job, XliffImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(job);
        options ??= new XliffImportOptions();
        var (xliff, failure) = SecureXmlLoader.Load(input, options.MaxFileBytes);
        if (failure is not null)
        {
            return failure;
        }

        var root = xliff!.Root!;
        if (root.Name != Ns + "xliff" || (string?)root.Attribute("version") != "1.2")
        {
            return XliffImportResult.Refused(XliffImportStatus.NotXliff12, $"The root is <{root.Name.LocalName}> in \"{root.Name.NamespaceName}\", not an XLIFF 1.2 <xliff version=\"1.2\">.");
        }

        var (files, refused) = FileIdentityCheck.Check(xliff, job);
        if (refused is not null)
        {
            return refused;
        }

        var faults = Xliff12Schema.Validate(xliff);
        if (faults.Count > 0)
        {
            return XliffImportResult.Refused(XliffImportStatus.SchemaInvalid, [.. faults]);
        }

        var documents = new List<XliffDocumentImport>();
        var units = new List<XliffUnitReport>();
        foreach (var (file, document) in files)
        {
            var (imported, reports) = DocumentImporter.Import(job, file, document);
            documents.Add(imported);
            units.AddRange(reports);
        }

        var applied = documents.Count(d => d.Applied);
        var status = applied == documents.Count && applied > 0 ? XliffImportStatus.Success
            : applied > 0 ? XliffImportStatus.PartlyApplied
            : XliffImportStatus.NothingApplied;
        return new XliffImportResult { Status = status, Units = units, Documents = documents };
    }

    /// <summary>Imports the file in <paramref name="xliff"/> (tests, and files already in memory).</summary>
    public static XliffImportResult Import(string xliff, XliffExportJob job, XliffImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xliff);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xliff));
        return Import(stream, job, options);
    }
}
