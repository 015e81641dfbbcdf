using CarePages.Core.Rendering;

namespace CarePages.Core.Tests.Rendering;

public class PhoneLinkTests
{
    [Theory]
    [InlineData("+442079460123", "tel:+442079460123")]
    [InlineData(" +44 20 7946 0123 ", "tel:+442079460123")]
    [InlineData("+34 (91) 123-45-67", "tel:+34911234567")]
    public void TelHref_InternationalNumber_GivesTapToCallLink(string number, string expected)
    {
        Assert.Equal(expected, PhoneLink.TelHref(number));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("020 7946 0123")]
    [InlineData("+44 call us")]
    public void TelHref_NotAnInternationalNumber_GivesNoLink(string? number)
    {
        Assert.Null(PhoneLink.TelHref(number));
    }
}
