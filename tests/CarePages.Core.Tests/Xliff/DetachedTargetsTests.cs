using System.Xml;
using System.Xml.Linq;
using CarePages.Core.Xliff;

namespace CarePages.Core.Tests.Xliff;

public sealed class DetachedTargetsTests
{
    private static readonly XNamespace Ns = Xliff2TestFiles.Ns21;

    [Fact]
    public void Dispose_TargetsAndTheirStatesTakenOut_DocumentAsLoadedAgainWithTheSameNodes()
    {
        var document = XDocument.Parse("""
            <unit xmlns="urn:oasis:names:tc:xliff:document:2.0" id="u1">
              <segment id="s1" state="translated" subState="x:y" canResegment="no"><source>One</source><target>Uno</target><target>Again</target></segment>
              <ignorable><target> </target><source> </source></ignorable>
            </unit>
            """, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        var original = document.ToString(SaveOptions.DisableFormatting);
        var targets = document.Descendants(Ns + "target").ToList();
        var segment = document.Descendants(Ns + "segment").Single();

        using (DetachedTargets.From(targets))
        {
            Assert.Empty(document.Descendants(Ns + "target"));
            Assert.Equal(["id", "canResegment"], segment.Attributes().Select(a => a.Name.LocalName));
        }

        Assert.Equal(original, document.ToString(SaveOptions.DisableFormatting));
        Assert.Equal(targets, document.Descendants(Ns + "target"));
        Assert.All(targets, t => Assert.True(((IXmlLineInfo)t).HasLineInfo()));
    }
}
