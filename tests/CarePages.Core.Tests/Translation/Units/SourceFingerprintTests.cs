using CarePages.Core.Translation.Units;

namespace CarePages.Core.Tests.Translation.Units;

public sealed class SourceFingerprintTests
{
    [Fact]
    public void Of_AnyText_IsLowerCaseHexSha256()
    {
        var fingerprint = SourceFingerprint.Of("ketamine");

        Assert.Matches("^[0-9a-f]{64}$", fingerprint.Value);
    }

    [Theory]
    [InlineData("Spray it into\r\nyour nose.")]
    [InlineData("  Spray it   into\nyour nose.\n")]
    [InlineData("Spray it\tinto your\u00a0nose.")]
    public void Of_TextDifferingOnlyInWhiteSpace_IsTheSame(string variant)
    {
        Assert.Equal(SourceFingerprint.Of("Spray it into your nose."), SourceFingerprint.Of(variant));
    }

    [Fact]
    public void Of_DecomposedAccents_EqualsComposedAccents()
    {
        Assert.Equal(SourceFingerprint.Of("kétamine"), SourceFingerprint.Of("ke\u0301tamine"));
    }

    [Fact]
    public void Of_AChangedWord_Differs()
    {
        Assert.NotEqual(SourceFingerprint.Of("Use two sprays."), SourceFingerprint.Of("Use three sprays."));
    }
}
