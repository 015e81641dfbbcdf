namespace CarePages.Core.Xliff;

/// <summary>
/// Imports an XLIFF 2.0, 2.1 or 2.2 file back into its export job, through the same steps as
/// <see cref="Xliff12Importer"/>: size limit before parsing, a secure parse, the 2.x root, job id, languages, known
/// documents and unique unit ids, the structure check, then each unit (known, with a target, inline codes complete,
/// every <c>dataRef</c> resolving), rebuilt from the job's source and sanitised. Each document is applied
/// all-or-nothing; the result has a report per unit.
/// </summary>
internal static class Xliff2Importer
{
    /// <summary>Imports <paramref name="input"/> into <paramref name="job"/>, the job the file was exported for.</summary>
    public static XliffImportResult Import(Stream input, XliffExportJob job, XliffImportOptions? options = null) =>
        XliffImportPipeline.Import(input, job, options, Xliff2ReadFormat.For);

    /// <summary>Imports the file in <paramref name="xliff"/> (tests, and files already in memory).</summary>
    public static XliffImportResult Import(string xliff, XliffExportJob job, XliffImportOptions? options = null) =>
        XliffImportPipeline.Import(xliff, job, options, Xliff2ReadFormat.For);
}
