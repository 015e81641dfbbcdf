using CarePages.Core.Translation.Glossary;
using static CarePages.Core.Tests.Translation.Glossary.GlossaryTestData;

namespace CarePages.Core.Tests.Translation.Glossary;

public class GlossaryCheckTests
{
    [Fact]
    public void Check_RequiredTermMissing_WarnsNamingTheTermTheExpectedTermAndTheUnit()
    {
        var unit = new GlossaryCheckUnit("typicalOnset", "Ketamine works within an hour.", "La quetamina actúa en una hora.");

        var warning = Assert.Single(GlossaryCheck.Check(unit, Spanish));

        Assert.Equal(new GlossaryWarning("typicalOnset", GlossaryWarningKind.RequiredTermMissing, "ketamine", "ketamina"), warning);
        Assert.Contains("“ketamina”", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RequiredTermPresentInOtherCaseAndForm_HasNoWarning()
    {
        var unit = new GlossaryCheckUnit("u1", "Ketamine for nasal use.", "KETAMINA por vi\u0301a nasal.");

        Assert.Empty(GlossaryCheck.Check(unit, Spanish));
    }

    [Fact]
    public void Check_DoNotTranslateTermTransliteratedOrDropped_Warns()
    {
        var units = new[]
        {
            new GlossaryCheckUnit("u1", "Spravato is a nasal spray.", "Espravato es un aerosol nasal."),
            new GlossaryCheckUnit("u2", "Spravato is a nasal spray.", "Es un aerosol nasal."),
            new GlossaryCheckUnit("u3", "Spravato is a nasal spray.", "SPRAVATO es un aerosol nasal."),
        };

        var warnings = GlossaryCheck.Check(units, Spanish);

        Assert.Equal(["u1", "u2"], warnings.Select(w => w.UnitId));
        Assert.All(warnings, w => Assert.Equal(GlossaryWarningKind.DoNotTranslateTermChanged, w.Kind));
        Assert.All(warnings, w => Assert.Equal("Spravato", w.ExpectedTargetTerm));
    }

    [Fact]
    public void Check_LongerTermTranslated_DoesNotAlsoDemandTheShorterTermsOwnTranslation()
    {
        var unit = new GlossaryCheckUnit("u1", "Intranasal ketamine.", "Ketamina intranasal.");

        Assert.Empty(GlossaryCheck.Check(unit, Spanish));
    }
}
