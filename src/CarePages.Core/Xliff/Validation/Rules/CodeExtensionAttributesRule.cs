using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>Inline codes (<c>ph</c>, <c>pc</c>, <c>sc</c>, <c>ec</c>) take attributes from modules only, not from extensions.</summary>
internal sealed class CodeExtensionAttributesRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "code-attributes";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        var attributes = document.QualifiedAttributes
            .Where(a => document.IsCode(a.Parent!) && !a.IsNamespaceDeclaration && a.Name.Namespace != XNamespace.None
                && a.Name.Namespace != XNamespace.Xml && !ModuleNamespaces.IsModule(a.Name.Namespace));
        foreach (var attribute in attributes)
        {
            faults.Report(attribute, $"{Xliff2Document.Describe(attribute.Parent!)} has the extension attribute \"{attribute.Name.LocalName}\" "
                + $"(\"{attribute.Name.NamespaceName}\"); inline codes accept attributes from modules only.");
        }
    }
}
