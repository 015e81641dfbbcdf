using System.ComponentModel;
using System.Globalization;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Tests.Translation.Workflow;

public sealed class ReviewStepTypeConverterTests
{
    [Theory]
    [InlineData("submit", ReviewStep.Submit)]
    [InlineData("approve", ReviewStep.Approve)]
    [InlineData("edited", ReviewStep.Edited)]
    [InlineData("no-retranslation", ReviewStep.NoRetranslation)]
    public void ConvertFrom_TheRoutesSpelling_IsThatStep(string spelling, ReviewStep expected)
    {
        var converter = TypeDescriptor.GetConverter(typeof(ReviewStep));

        Assert.Equal(expected, converter.ConvertFrom(null, CultureInfo.InvariantCulture, spelling));
    }

    [Theory]
    [InlineData("NoRetranslation")]
    [InlineData("Approve")]
    [InlineData("1")]
    public void ConvertFrom_TheEnumsOwnName_IsNoStep(string name)
    {
        var converter = TypeDescriptor.GetConverter(typeof(ReviewStep));

        Assert.Throws<FormatException>(() => converter.ConvertFrom(null, CultureInfo.InvariantCulture, name));
    }
}
