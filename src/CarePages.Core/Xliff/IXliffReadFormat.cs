using System.Xml.Linq;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Xliff;

/// <summary>
/// What differs between XLIFF versions on import: the root, the structure check, where files, units, job id and
/// languages sit, and the inline vocabulary. <see cref="XliffImportPipeline"/> does the rest.
/// </summary>
internal interface IXliffReadFormat
{
    /// <summary>The inline elements of this version.</summary>
    InlineVocabulary Vocabulary { get; }

    /// <summary>What a unit element is called, for messages (<c>trans-unit</c>, <c>unit</c>).</summary>
    string UnitElementName { get; }

    /// <summary>The refusal when <paramref name="root"/> is not a root of this format's versions; null when it is.</summary>
    XliffImportResult? RefuseRoot(XliffRoot root);

    /// <summary>The faults of the file's structure (schema, processing requirements), found on up to <paramref name="parallelism"/> threads; empty when it may be read.</summary>
    IReadOnlyList<ExchangeNote> ValidateStructure(XDocument xliff, XliffRoot root, int parallelism);

    /// <summary>The file's <c>&lt;file&gt;</c> elements read into version-neutral records, in order, on up to <paramref name="parallelism"/> threads.</summary>
    IReadOnlyList<ReturnedFile> ReadFiles(XDocument xliff, int parallelism);
}
