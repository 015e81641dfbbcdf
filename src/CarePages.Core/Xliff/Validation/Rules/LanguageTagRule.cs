using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary><c>srcLang</c>, <c>trgLang</c> and every <c>xml:lang</c> hold a well-formed BCP 47 language tag.</summary>
internal sealed class LanguageTagRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "bcp47";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        var attributes = new[] { document.Root.Attribute("srcLang"), document.Root.Attribute("trgLang") }.OfType<XAttribute>()
            .Concat(document.Root.Attributes(XNamespace.Xml + "lang")).Concat(document.Attributes(XNamespace.Xml + "lang"));
        foreach (var attribute in attributes.Where(a => a.Value.Length > 0 && !LanguageTag.IsWellFormed(a.Value)))
        {
            faults.Report(attribute, $"{attribute.Name.LocalName}=\"{attribute.Value}\" on {Xliff2Document.Describe(attribute.Parent!)} is not a well-formed BCP 47 language tag (e.g. en, en-GB, zh-Hant-TW).");
        }
    }
}
