using System.Text;
using System.Xml;

namespace CarePages.Core.Translation.Glossary;

/// <summary>
/// Writes one language pair's glossary as TBX-Basic (ISO 30042:2019, DCA style): a <c>conceptEntry</c> per entry with a
/// <c>langSec</c> for the source and the target culture, each term with its <c>partOfSpeech</c> and an
/// <c>administrativeStatus</c> of <c>preferredTerm-admn-sts</c>. A do-not-translate entry repeats the source term in
/// the target <c>langSec</c> with the note "Do not translate"; the entry's own note is a concept-level <c>note</c>.
/// </summary>
public static class TbxWriter
{
    /// <summary>The TBX 2019 (second edition) namespace.</summary>
    public const string Namespace = "urn:iso:std:iso:30042:ed-2";

    /// <summary>The note written on the target term of a do-not-translate entry.</summary>
    public const string DoNotTranslateNote = "Do not translate: keep the term exactly as in the source.";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineHandling = NewLineHandling.Entitize,
    };

    /// <summary>Writes <paramref name="glossary"/> to <paramref name="output"/> as UTF-8.</summary>
    public static void Write(LanguagePairGlossary glossary, Stream output)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = XmlWriter.Create(output, Settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("tbx", Namespace);
        writer.WriteAttributeString("type", "TBX-Basic");
        writer.WriteAttributeString("style", "dca");
        writer.WriteAttributeString("xml", "lang", null, glossary.Pair.SourceCulture);
        WriteHeader(writer, glossary.Pair);
        writer.WriteStartElement("text", Namespace);
        writer.WriteStartElement("body", Namespace);
        for (var i = 0; i < glossary.Entries.Count; i++)
        {
            WriteConcept(writer, glossary.Entries[i], glossary.Pair, $"c{i + 1}");
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>The TBX document as a string.</summary>
    public static string WriteToString(LanguagePairGlossary glossary)
    {
        using var stream = new MemoryStream();
        Write(glossary, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The TBX-Basic <c>partOfSpeech</c> value of <paramref name="partOfSpeech"/>.</summary>
    public static string PartOfSpeechValue(PartOfSpeech partOfSpeech) => partOfSpeech switch
    {
        PartOfSpeech.Noun => "noun",
        PartOfSpeech.ProperNoun => "properNoun",
        PartOfSpeech.Verb => "verb",
        PartOfSpeech.Adjective => "adjective",
        PartOfSpeech.Adverb => "adverb",
        _ => "other",
    };

    private static void WriteHeader(XmlWriter writer, LanguagePair pair)
    {
        writer.WriteStartElement("tbxHeader", Namespace);
        writer.WriteStartElement("fileDesc", Namespace);
        writer.WriteStartElement("sourceDesc", Namespace);
        writer.WriteElementString("p", Namespace, $"CarePages glossary, {pair}.");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteConcept(XmlWriter writer, GlossaryEntry entry, LanguagePair pair, string id)
    {
        writer.WriteStartElement("conceptEntry", Namespace);
        writer.WriteAttributeString("id", id);
        if (!string.IsNullOrWhiteSpace(entry.Note))
        {
            writer.WriteElementString("note", Namespace, entry.Note);
        }

        WriteLanguage(writer, pair.SourceCulture, entry.SourceTerm, entry.PartOfSpeech, note: null);
        WriteLanguage(writer, pair.TargetCulture, entry.TargetTerm, entry.PartOfSpeech, entry.DoNotTranslate ? DoNotTranslateNote : null);
        writer.WriteEndElement();
    }

    private static void WriteLanguage(XmlWriter writer, string culture, string term, PartOfSpeech? partOfSpeech, string? note)
    {
        writer.WriteStartElement("langSec", Namespace);
        writer.WriteAttributeString("xml", "lang", null, culture);
        writer.WriteStartElement("termSec", Namespace);
        writer.WriteElementString("term", Namespace, term);
        if (partOfSpeech is { } value)
        {
            WriteTermNote(writer, "partOfSpeech", PartOfSpeechValue(value));
        }

        WriteTermNote(writer, "administrativeStatus", "preferredTerm-admn-sts");
        if (note is not null)
        {
            writer.WriteElementString("note", Namespace, note);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteTermNote(XmlWriter writer, string type, string value)
    {
        writer.WriteStartElement("termNote", Namespace);
        writer.WriteAttributeString("type", type);
        writer.WriteString(value);
        writer.WriteEndElement();
    }
}
