namespace CarePages.Core.Xliff;

/// <summary>
/// Imports an XLIFF 1.2 file back into its export job. In order: size limit before parsing, a secure parse
/// (no DTD, no resolver), the 1.2 root, job id, languages, known documents and unique unit ids, the strict
/// schema, then each unit (known, with a target, inline codes complete). Each document is applied
/// all-or-nothing; the result says per unit what happened and per document and field what the new value is.
/// </summary>
internal static class Xliff12Importer
{
    /// <summary>Imports <paramref name="input"/> into <paramref name="job"/>, the job the file was exported for.</summary>
    public static XliffImportResult Import(Stream input, XliffExportJob job, XliffImportOptions? options = null) =>
        XliffImportPipeline.Import(input, job, options, _ => Xliff12ReadFormat.Instance);

    /// <summary>Imports the file in <paramref name="xliff"/> (tests, and files already in memory).</summary>
    public static XliffImportResult Import(string xliff, XliffExportJob job, XliffImportOptions? options = null) =>
        XliffImportPipeline.Import(xliff, job, options, _ => Xliff12ReadFormat.Instance);
}
