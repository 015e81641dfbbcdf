using CarePages.Core.Xliff.Validation;
using CarePages.Core.Xliff.Validation.Rules;

namespace CarePages.Core.Tests.Xliff.Validation;

public sealed class SchemaThenRulesTests
{
    private static readonly XliffValidationFault SchemaFault = new("schema", "The element 'unit' has invalid child element 'bogus'.");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Check_SchemasFailWhileTheRulesCannotEvenIndexTheFile_OnlyTheSchemaFaults(int parallelism)
    {
        var faults = SchemaThenRules.Check(() => [SchemaFault], () => throw new InvalidOperationException("not a file the rules can read"), locateFaults: true, parallelism);

        Assert.Equal([SchemaFault], faults);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Check_SchemasPassButIndexingThrows_TheExceptionItselfNotAnAggregate(int parallelism)
    {
        var thrown = Assert.Throws<InvalidOperationException>(() =>
            SchemaThenRules.Check(() => [], () => throw new InvalidOperationException("indexing failed"), locateFaults: true, parallelism));

        Assert.Equal("indexing failed", thrown.Message);
    }

    [Fact]
    public void Check_SchemasFail_TheDocumentIsNeverIndexedOnOneThread()
    {
        var indexed = false;

        SchemaThenRules.Check(() => [SchemaFault], () => { indexed = true; throw new InvalidOperationException(); }, locateFaults: true, parallelism: 1);

        Assert.False(indexed);
    }
}
