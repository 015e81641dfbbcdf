using System.Text.RegularExpressions;
using CarePages.Core.Checks;
using CarePages.Core.Checks.Engine;
using CarePages.Core.Checks.Messages;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Messages;

public partial class RuleSummariesTests
{
    private static readonly IEnumerable<string> Ids =
        CheckRuleSetBuilder.WithBuiltInRules().Build().All.Select(r => r.Descriptor.Id).Concat(EngineFindings.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(UiLanguages.Each), MemberType = typeof(UiLanguages))]
    public void BuiltIn_EveryRuleAndEngineFinding_HasOnePlainSentenceInEachUiLanguage(string language)
    {
        Assert.Equal(Ids.Order(StringComparer.Ordinal), RuleSummaries.BuiltIn.KeysOf(language).Order(StringComparer.Ordinal));
        Assert.All(Ids, id =>
        {
            var summary = RuleSummaries.Of(id, language);
            Assert.Matches(OneSentence(), summary);
            Assert.DoesNotContain("…", summary, StringComparison.Ordinal);
            Assert.DoesNotContain("{", summary, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Of_SpanishUi_IsTheSpanishSentence() =>
        Assert.Equal("Comprueba que cada tabla de datos tenga celdas de encabezado.", RuleSummaries.Of("table-header-missing", "es-ES"));

    [Fact]
    public void Of_UnknownRule_IsEmpty() =>
        Assert.Empty(RuleSummaries.Of("my-clinic-rule", "en"));

    // One sentence: no sentence end before the last character, which is a full stop.
    [GeneratedRegex(@"^[^.!?]+(\.[^\s.!?][^.!?]*)*\.$")]
    private static partial Regex OneSentence();
}
