namespace CarePages.Core.Xliff;

/// <summary>Names written into and expected back from XLIFF 1.2 files.</summary>
internal static class Xliff12Names
{
    /// <summary>The <c>tool-id</c> of the package in file headers.</summary>
    public const string ToolId = "carepages";

    /// <summary>The <c>phase-name</c> of the export phase, whose <c>job-id</c> carries the job's id.</summary>
    public const string ExportPhase = "export";

    /// <summary>The <c>from</c> of notes the package writes.</summary>
    public const string NoteFrom = "carepages";
}
