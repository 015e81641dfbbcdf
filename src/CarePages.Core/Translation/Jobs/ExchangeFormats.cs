using CarePages.Core.Xliff;

namespace CarePages.Core.Translation.Jobs;

/// <summary>How the exchange formats and the XLIFF versions relate: the one mapping between the two enums.</summary>
internal static class ExchangeFormats
{
    /// <summary>The XLIFF version <paramref name="format"/> is written in; null for Markdown.</summary>
    public static XliffVersion? XliffVersionOf(ExchangeFormat format) => format switch
    {
        ExchangeFormat.Xliff12 => XliffVersion.Xliff12,
        ExchangeFormat.Xliff21 => XliffVersion.Xliff21,
        ExchangeFormat.Xliff22 => XliffVersion.Xliff22,
        _ => null,
    };

    /// <summary>
    /// The format of an XLIFF file whose root is <paramref name="root"/>, told by its namespace alone (the import checks
    /// the version); null when the root is not <c>&lt;xliff&gt;</c> in an XLIFF namespace.
    /// </summary>
    public static ExchangeFormat? OfXliff(XliffRoot root) => root.IsXliffElement
        ? Enum.GetValues<ExchangeFormat>().Where(f => XliffVersionOf(f) is { } v && XliffVersions.Namespace(v) == root.Namespace).Cast<ExchangeFormat?>().FirstOrDefault()
        : null;
}
