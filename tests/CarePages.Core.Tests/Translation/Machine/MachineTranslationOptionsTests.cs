using CarePages.Core.Translation.Machine;

namespace CarePages.Core.Tests.Translation.Machine;

public sealed class MachineTranslationOptionsTests
{
    [Fact]
    public void Problems_Defaults_NoneAndNothingLeavesTheServer()
    {
        var options = new MachineTranslationOptions();

        Assert.Empty(options.Problems());
        Assert.Equal(MachineTranslationEngines.None, options.Engine);
    }

    [Theory]
    [InlineData("DeepL", "CarePages:MachineTranslation:DeepL:AuthKey is required")]
    [InlineData("azure", "CarePages:MachineTranslation:Azure:Key is required")]
    [InlineData("Google", "CarePages:MachineTranslation:Engine is \"Google\"; it must be one of None, Apertium, DeepL, Azure.")]
    public void Problems_CloudEngineWithoutKeyOrUnknownEngine_NamesTheSetting(string engine, string expected)
    {
        var problem = Assert.Single(new MachineTranslationOptions { Engine = engine }.Problems());

        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_BadNumbersAndAddress_EachNamed()
    {
        var options = new MachineTranslationOptions { Timeout = TimeSpan.Zero, MaxSegmentCharacters = 0, MaxConcurrentRequests = 0, Apertium = { BaseAddress = new Uri("ftp://127.0.0.1/") } };

        Assert.Equal(4, options.Problems().Count);
    }
}
