using System.Xml.Linq;

namespace CarePages.Core.Tests.Xliff.Interop;

/// <summary>Hand-made TMX 1.4 translation memories, one paragraph segment per pair, as OmegaT shows the source (tags like <c>&lt;g0&gt;</c> as text).</summary>
internal static class TranslationMemoryFile
{
    /// <summary>A TMX 1.4 document with one <c>&lt;tu&gt;</c> per entry of <paramref name="translations"/> (source → target).</summary>
    public static string Write(string sourceLanguage, string targetLanguage, IReadOnlyDictionary<string, string> translations)
    {
        XNamespace xml = XNamespace.Xml;
        var document = new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement("tmx", new XAttribute("version", "1.4"),
                new XElement("header",
                    new XAttribute("creationtool", "CarePages.Core.Tests"),
                    new XAttribute("creationtoolversion", "1"),
                    new XAttribute("segtype", "paragraph"),
                    new XAttribute("o-tmf", "none"),
                    new XAttribute("adminlang", "en"),
                    new XAttribute("srclang", sourceLanguage),
                    new XAttribute("datatype", "plaintext")),
                new XElement("body", translations.Select(pair => new XElement("tu",
                    new XElement("tuv", new XAttribute(xml + "lang", sourceLanguage), new XElement("seg", pair.Key)),
                    new XElement("tuv", new XAttribute(xml + "lang", targetLanguage), new XElement("seg", pair.Value)))))));
        return document.Declaration + Environment.NewLine + document;
    }
}
