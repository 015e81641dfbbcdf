namespace CarePages.Core.Xliff;

/// <summary>
/// The public entry point of XLIFF exchange, for every version: export in the version a job asks for, and import
/// whatever version comes back, told by the file's root (<see cref="XliffRoot"/>).
/// </summary>
public static class XliffExchange
{
    /// <summary>Writes <paramref name="job"/> to <paramref name="output"/> as XLIFF <paramref name="version"/> (1.2, 2.1 or 2.2; 2.0 is only read).</summary>
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
    public static string FileName(XliffExportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var safe = new string(job.JobId.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        return $"{safe}.{job.TargetCulture}.xlf";
    }

    /// <summary>Imports <paramref name="input"/>, XLIFF 1.2 or 2.x, into <paramref name="job"/>.</summary>
    public static XliffImportResult Import(Stream input, XliffExportJob job, XliffImportOptions? options = null) =>
        XliffImportPipeline.Import(input, job, options, FormatOf);

    /// <summary>Imports the XLIFF 1.2 or 2.x file in <paramref name="xliff"/>.</summary>
    public static XliffImportResult Import(string xliff, XliffExportJob job, XliffImportOptions? options = null) =>
        XliffImportPipeline.Import(xliff, job, options, FormatOf);

    // A root in the 1.2 namespace is refused as not 1.2 whatever its version says; any other as not 2.x.
    private static IXliffReadFormat FormatOf(XliffRoot root) =>
        root.Namespace == XliffNamespaces.Core12 ? Xliff12ReadFormat.Instance : Xliff2ReadFormat.For(root);
}
