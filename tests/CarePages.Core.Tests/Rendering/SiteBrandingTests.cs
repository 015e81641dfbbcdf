using CarePages.Core.Rendering;

namespace CarePages.Core.Tests.Rendering;

public class SiteBrandingTests
{
    [Fact]
    public void Problems_NothingSet_NoneAndTheHeaderKeepsItsDefault()
    {
        var branding = new SiteBranding();

        Assert.Empty(branding.Problems("CarePages:Site"));
        Assert.Null(branding.Name);
    }

    [Theory]
    [InlineData("/media/logo.svg")]
    [InlineData("https://cdn.clinic.example/logo.png")]
    public void Problems_LogoOnTheSiteOrHttpsBesideAName_None(string logo)
    {
        Assert.Empty(new SiteBranding { ClinicName = "Northfield Pain Clinic", LogoUrl = logo }.Problems("CarePages:Site"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://clinic.example/logo.png")]
    [InlineData("//elsewhere.example/logo.png")]
    [InlineData("logo.png")]
    public void Problems_LogoNotOnTheSiteOrHttps_NamesTheSetting(string logo)
    {
        var problem = Assert.Single(new SiteBranding { ClinicName = "Clinic", LogoUrl = logo }.Problems("CarePages:Site"));

        Assert.StartsWith("CarePages:Site:LogoUrl", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_LogoWithoutNameOrTextAlternative_AsksForLogoAlt()
    {
        var problem = Assert.Single(new SiteBranding { LogoUrl = "/logo.svg" }.Problems("CarePages:Site"));

        Assert.StartsWith("CarePages:Site:LogoAlt", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LogoTextAlternative_BesideTheClinicsName_IsEmptyBecauseTheNameSaysIt()
    {
        Assert.Equal(string.Empty, new SiteBranding { ClinicName = "Clinic", LogoUrl = "/l.svg", LogoAlt = "Clinic logo" }.LogoTextAlternative);
        Assert.Equal("Clinic logo", new SiteBranding { LogoUrl = "/l.svg", LogoAlt = "Clinic logo" }.LogoTextAlternative);
    }
}
