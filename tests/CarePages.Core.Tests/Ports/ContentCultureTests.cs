using CarePages.Core.Ports;
using CarePages.Core.Rendering;

namespace CarePages.Core.Tests.Ports;

public sealed class ContentCultureTests
{
    [Theory]
    [InlineData("ar", WritingDirection.Rtl)]
    [InlineData("he-IL", WritingDirection.Rtl)]
    [InlineData("es-ES", WritingDirection.Ltr)]
    public void Direction_ACulture_IsItsWritingDirection(string code, WritingDirection expected) =>
        Assert.Equal(expected, new ContentCulture(code, code).Direction);

    [Fact]
    public void SourceFirst_SourceInTheMiddle_MovesItFirstAndKeepsTheOthersInOrder()
    {
        ContentCulture[] cultures = [new("ar", "Arabic"), new("en-GB", "English"), new("es-ES", "Spanish")];

        var ordered = ContentCulture.SourceFirst(cultures, "EN-gb");

        Assert.Equal(["en-GB", "ar", "es-ES"], ordered.Select(c => c.IsoCode));
    }

    [Fact]
    public void SourceFirst_SourceMissing_KeepsTheOrder()
    {
        ContentCulture[] cultures = [new("ar", "Arabic"), new("es-ES", "Spanish")];

        Assert.Equal(["ar", "es-ES"], ContentCulture.SourceFirst(cultures, "en-GB").Select(c => c.IsoCode));
    }
}
