using CarePages.Core.Translation.Glossary;
using CarePages.Persistence.Entities;

namespace CarePages.Persistence.Mapping;

/// <summary>Copies <see cref="GlossaryEntry"/> to and from its table row.</summary>
internal static class GlossaryEntryMapping
{
    /// <summary>The key of the row for <paramref name="sourceTerm"/> of <paramref name="pair"/>.</summary>
    public static (string SourceCultureKey, string TargetCultureKey, string TermKey) Key(LanguagePair pair, string sourceTerm) =>
        (CultureKeys.Of(pair.SourceCulture), CultureKeys.Of(pair.TargetCulture), LanguagePairGlossary.TermKey(sourceTerm, pair.SourceCulture));

    /// <summary>A new row for <paramref name="entry"/>.</summary>
    public static GlossaryEntryEntity ToEntity(GlossaryEntry entry)
    {
        var (sourceCultureKey, targetCultureKey, termKey) = Key(entry.Pair, entry.SourceTerm);
        var entity = new GlossaryEntryEntity { SourceCultureKey = sourceCultureKey, TargetCultureKey = targetCultureKey, TermKey = termKey };
        CopyValues(entry, entity);
        return entity;
    }

    /// <summary>Overwrites every non-key column of <paramref name="entity"/> with <paramref name="entry"/>.</summary>
    public static void CopyValues(GlossaryEntry entry, GlossaryEntryEntity entity)
    {
        entity.SourceCulture = entry.Pair.SourceCulture;
        entity.TargetCulture = entry.Pair.TargetCulture;
        entity.SourceTerm = entry.SourceTerm;
        entity.TargetTerm = entry.TargetTerm;
        entity.DoNotTranslate = entry.DoNotTranslate;
        entity.Note = entry.Note;
        entity.PartOfSpeech = entry.PartOfSpeech;
    }

    /// <summary>The entry a row holds.</summary>
    public static GlossaryEntry ToEntry(GlossaryEntryEntity entity)
    {
        var pair = new LanguagePair(entity.SourceCulture, entity.TargetCulture);
        var entry = entity.DoNotTranslate
            ? GlossaryEntry.DoNotTranslateTerm(pair, entity.SourceTerm)
            : GlossaryEntry.Translate(pair, entity.SourceTerm, entity.TargetTerm);
        return entry with { Note = entity.Note, PartOfSpeech = entity.PartOfSpeech };
    }
}
