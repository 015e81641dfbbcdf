using CarePages.Umbraco.Translation.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CarePages.Umbraco.Tests.Translation.Api;

public sealed class ReviewStepRouteConstraintTests
{
    [Theory]
    [InlineData("submit", true)]
    [InlineData("approve", true)]
    [InlineData("edited", true)]
    [InlineData("no-retranslation", true)]
    [InlineData("Approve", false)]
    [InlineData("SUBMIT", false)]
    [InlineData("no_retranslation", false)]
    [InlineData("approved", false)]
    [InlineData("", false)]
    public void Match_AStepSpelling_TakesOnlyTheDocumentedLowerCaseSpellings(string step, bool matches)
    {
        var values = new RouteValueDictionary { ["step"] = step };

        var matched = new ReviewStepRouteConstraint().Match(new DefaultHttpContext(), null, "step", values, RouteDirection.IncomingRequest);

        Assert.Equal(matches, matched);
    }
}
