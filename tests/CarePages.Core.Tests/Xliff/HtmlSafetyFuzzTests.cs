using CarePages.Core.Checks.Html;
using CarePages.Core.Tests.Fuzzing;
using CarePages.Core.Xliff;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CarePages.Core.Tests.Xliff;

/// <summary>Property-based fuzzing of the XLIFF import's last line of defence, <see cref="HtmlSafety"/>.</summary>
public sealed class HtmlSafetyFuzzTests
{
    [Property(MaxTest = 100)]
    public Property Sanitize_AnyMarkup_NoScriptEventHandlerOrUnsafeAddressOnceSerialised() =>
        Prop.ForAll(FuzzMarkup.Fragment.ToArbitrary(), html =>
        {
            var body = HtmlInput.ParseFragment(html).Body!;

            HtmlSafety.Sanitize(body);

            Assert.Null(SafeHtml.FirstUnsafe(body.InnerHtml, rasterDataImages: true));
        });
}
