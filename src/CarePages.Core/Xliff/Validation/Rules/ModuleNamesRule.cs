using System.Xml;
using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// An attribute in a module's namespace (<c>fs:fs</c>, <c>slr:sizeInfo</c>…) is one the module defines: the schemas
/// validate extension attributes only laxly, so a misspelt <c>fs:Bad</c> would otherwise pass.
/// </summary>
internal sealed class ModuleNamesRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "module-names";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        var known = document.Schemas.Schemas().Cast<System.Xml.Schema.XmlSchema>().Select(s => s.TargetNamespace).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var attributes = document.Root.Attributes().Concat(document.QualifiedAttributes)
            .Where(a => !a.IsNamespaceDeclaration && ModuleNamespaces.IsModule(a.Name.Namespace) && a.Parent!.Name.Namespace != a.Name.Namespace);
        foreach (var attribute in attributes)
        {
            var name = new XmlQualifiedName(attribute.Name.LocalName, attribute.Name.NamespaceName);
            if (known.Contains(attribute.Name.NamespaceName) && !document.Schemas.GlobalAttributes.Contains(name))
            {
                faults.Report(attribute, $"{Xliff2Document.Describe(attribute.Parent!)} has the attribute \"{attribute.Name.LocalName}\" in the module namespace "
                    + $"\"{attribute.Name.NamespaceName}\", which the module does not define.");
            }
        }
    }
}
