using CarePages.Core.Translation.Glossary;
using static CarePages.Core.Tests.Translation.Glossary.GlossaryTestData;

namespace CarePages.Core.Tests.Translation.Glossary;

public class GlossaryHintsTests
{
    [Fact]
    public void For_TermsUsedTwice_ListsEachEntryOnceInOrderOfFirstUse()
    {
        var hints = GlossaryHints.For("Spravato contains esketamine. Esketamine is not ketamine; ask about Spravato.", Spanish);

        Assert.Equal(["Spravato", "esketamine", "ketamine"], hints.Select(e => e.SourceTerm));
    }

    [Fact]
    public void For_TextWithoutTerms_IsEmpty()
    {
        Assert.Empty(GlossaryHints.For("Book an appointment.", Spanish));
    }

    [Fact]
    public void NoteLine_TranslatedAndDoNotTranslateTerms_ReadsAsATranslatorNote()
    {
        var ketamine = Spanish.Entries.Single(e => e.SourceTerm == "ketamine");
        var spravato = Spanish.Entries.Single(e => e.SourceTerm == "Spravato") with { Note = "Brand name (Janssen)." };

        Assert.Equal("Glossary: ketamine → ketamina", GlossaryHints.NoteLine(ketamine));
        Assert.Equal("Glossary: Spravato (do not translate) — Brand name (Janssen).", GlossaryHints.NoteLine(spravato));
    }
}
