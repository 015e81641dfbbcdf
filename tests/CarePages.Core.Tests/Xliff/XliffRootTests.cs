using System.Xml.Linq;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Xliff;

namespace CarePages.Core.Tests.Xliff;

/// <summary>The one reading of a file's root that import, validation and the returned file's identity share.</summary>
public sealed class XliffRootTests
{
    private const string Ns12 = "urn:oasis:names:tc:xliff:document:1.2";
    private const string Ns20 = "urn:oasis:names:tc:xliff:document:2.0";
    private const string Ns22 = "urn:oasis:names:tc:xliff:document:2.2";

    [Theory]
    [InlineData(Ns12, "1.2", XliffVersion.Xliff12)]
    [InlineData(Ns20, "2.0", XliffVersion.Xliff20)]
    [InlineData(Ns20, "2.1", XliffVersion.Xliff21)]
    [InlineData(Ns22, "2.2", XliffVersion.Xliff22)]
    public void Of_XliffRootWithAVersionOfItsNamespace_ThatVersion(string ns, string version, XliffVersion expected)
    {
        Assert.Equal(expected, XliffRoot.Of(Root("xliff", ns, version)).Version);
    }

    [Theory]
    [InlineData("xliff", Ns20, "2.2")]
    [InlineData("xliff", Ns22, "2.1")]
    [InlineData("xliff", Ns12, null)]
    [InlineData("tmx", Ns12, "1.2")]
    [InlineData("xliff", "urn:example:not-xliff", "1.2")]
    public void Of_RootWhoseNameNamespaceAndVersionDoNotGoTogether_NoVersion(string name, string ns, string? version)
    {
        Assert.Null(XliffRoot.Of(Root(name, ns, version)).Version);
    }

    [Theory]
    [InlineData(Ns12, "2.0", ExchangeFormat.Xliff12)]
    [InlineData(Ns20, "2.0", ExchangeFormat.Xliff21)]
    [InlineData(Ns22, null, ExchangeFormat.Xliff22)]
    public void ExchangeFormat_XliffRootInACoreNamespace_TheFormatOfThatNamespaceWhateverTheVersion(string ns, string? version, ExchangeFormat expected)
    {
        Assert.Equal(expected, ExchangeFormats.OfXliff(XliffRoot.Of(Root("xliff", ns, version))));
    }

    [Fact]
    public void Import_Version21InThe22Namespace_RefusedAtTheRoot()
    {
        var job = XliffTestJobs.OnePage("<p>Hello</p>");
        var xliff = XliffExchange.WriteToString(job, XliffVersion.Xliff22).Replace("version=\"2.2\"", "version=\"2.1\"", StringComparison.Ordinal);

        XliffAssert.Refused(XliffExchange.Import(xliff, job), XliffImportStatus.NotXliff2, "<xliff version=\"2.1\"> in \"urn:oasis:names:tc:xliff:document:2.2\"");
    }

    private static XElement Root(string name, string ns, string? version) =>
        new(XName.Get(name, ns), version is null ? null : new XAttribute("version", version));
}
