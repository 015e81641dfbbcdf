namespace CarePages.Core.Checks;

/// <summary>A rule over a whole document in one culture: its fields, blocks and, where given, the source culture's version.</summary>
public interface IDocumentRule : ICheckRule
{
    /// <summary>Reports problems in <paramref name="context"/>'s document.</summary>
    void Check(DocumentContext context, FindingCollector findings);
}
