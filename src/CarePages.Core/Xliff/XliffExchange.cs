using System.Xml.Linq;

namespace CarePages.Core.Xliff;

/// <summary>
/// One entry point for every XLIFF version: export in the version a job asks for, and import whatever version
/// comes back, told by the file's root (1.2 namespace, else 2.x).
/// </summary>
public static class XliffExchange
{
    /// <summary>Writes <paramref name="job"/> to <paramref name="output"/> as XLIFF <paramref name="version"/>.</summary>
    public static void Write(XliffExportJob job, XliffVersion version, Stream output)
    {
        if (version == XliffVersion.Xliff12)
        {
            Xliff12Writer.Write(job, output);
        }
        else
        {
            Xliff2Writer.Write(job, output, version);
        }
    }

    /// <summary>The job's file in <paramref name="version"/>, as a string.</summary>
    public static string WriteToString(XliffExportJob job, XliffVersion version) => XmlOutput.ToText(stream => Write(job, version, stream));

    /// <summary>The file name to offer for the job's export, e.g. <c>job-42.es-ES.xlf</c> (the same for every version).</summary>
    public static string FileName(XliffExportJob job) => Xliff12Writer.FileName(job);

    /// <summary>Imports <paramref name="input"/>, XLIFF 1.2 or 2.x, into <paramref name="job"/>.</summary>
    public static XliffImportResult Import(Stream input, XliffExportJob job, XliffImportOptions? options = null) =>
        XliffImportPipeline.Import(input, job, options, FormatOf);

    /// <summary>Imports the XLIFF 1.2 or 2.x file in <paramref name="xliff"/>.</summary>
    public static XliffImportResult Import(string xliff, XliffExportJob job, XliffImportOptions? options = null) =>
        XliffImportPipeline.Import(xliff, job, options, FormatOf);

    private static IXliffReadFormat FormatOf(XElement root) =>
        root.Name.NamespaceName == Xliff12Names.Namespace ? Xliff12ReadFormat.Instance : Xliff2ReadFormat.For(root);
}
