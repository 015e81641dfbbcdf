using CarePages.Core.Checks.Vocabulary;

namespace CarePages.Core.Tests.Checks.Vocabulary;

public class ImageAndLinkVocabularyTests
{
    [Theory]
    [InlineData("placeholderAlt")]
    [InlineData("altPrefixes")]
    [InlineData("genericLinkText")]
    [InlineData("documentWords")]
    [InlineData("newWindowWords")]
    public void BuiltIn_ImageAndLinkLists_ExistInEveryContentLanguage(string listName)
    {
        foreach (var culture in new[] { "en-GB", "es-ES", "fr-FR", "de-DE", "ar" })
        {
            Assert.True(LanguageVocabulary.BuiltIn.Has(culture, listName), $"{listName} has no {culture} terms.");
        }
    }
}
