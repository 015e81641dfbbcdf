using CarePages.Core.Xliff.Validation;

namespace CarePages.Core.Tests.Xliff.Validation;

public sealed class XliffValidatorParallelismTests
{
    public static TheoryData<string> EveryFile()
    {
        var data = new TheoryData<string>();
        foreach (var name in OasisSuiteFiles.Valid().Concat<object[]>(OasisSuiteFiles.Invalid()))
        {
            data.Add((string)name[0]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryFile))]
    public void ValidateFile_OnFourThreads_SameStatusAndFaultsInTheSameOrderAsOnOne(string name)
    {
        var one = new XliffValidator(new XliffValidationOptions { MaxDegreeOfParallelism = 1 }).ValidateFile(OasisSuiteFiles.PathOf(name));
        var four = new XliffValidator(new XliffValidationOptions { MaxDegreeOfParallelism = 4 }).ValidateFile(OasisSuiteFiles.PathOf(name));

        Assert.Equal(one.Status, four.Status);
        Assert.Equal(Describe(one), Describe(four));
    }

    private static string[] Describe(XliffValidationReport report) => [.. report.Faults.Select(f => $"{f.Line}:{f.Position} [{f.Code}] {f.Message}")];
}
