using CarePages.Core.Schema;
using CarePages.Core.Translation.Exchange;

namespace CarePages.Core.Tests.Translation.Exchange;

public sealed class PlainTextSegmentsTests
{
    [Fact]
    public void Readable_RichTextWithParagraphsAndAList_IsTextWithParagraphsAndBulletedLines() =>
        Assert.Equal("You spray it into your nose.\n\nAfterwards:\n\n• rest for an hour\n• do not drive",
            PlainTextSegments.Readable(FieldKind.RichText, "<p>You spray it <strong>into</strong> your nose.</p><p>Afterwards:</p><ul><li>rest for an hour</li><li>do not drive</li></ul>"));

    [Fact]
    public void Readable_PlainText_IsLeftAsItIs() =>
        Assert.Equal("5 < 10 <p>", PlainTextSegments.Readable(FieldKind.PlainText, "5 < 10 <p>"));
}
