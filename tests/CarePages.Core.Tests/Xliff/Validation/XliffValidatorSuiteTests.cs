using CarePages.Core.Xliff.Validation;

namespace CarePages.Core.Tests.Xliff.Validation;

public sealed class XliffValidatorSuiteTests
{
    public static TheoryData<string> ValidFiles() => OasisSuiteFiles.Valid();

    public static TheoryData<string> InvalidFiles() => OasisSuiteFiles.Invalid();

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void ValidateFile_OasisValidFile_Accepted(string name)
    {
        var report = OasisSuiteFiles.Validate(name);

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Faults.Select(f => $"{f.Line}:{f.Position} [{f.Code}] {f.Message}")));
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void ValidateFile_OasisInvalidFile_Rejected(string name)
    {
        var report = OasisSuiteFiles.Validate(name);

        Assert.Equal(XliffValidationStatus.Checked, report.Status);
        Assert.False(report.IsValid, $"{name} was accepted as XLIFF {report.VersionNumber}.");
    }

    [Fact]
    public void Suites_SharedFolders_HoldBothSuites()
    {
        Assert.Equal(50, OasisSuiteFiles.Count("valid", "*.xlf"));
        Assert.Equal(119, OasisSuiteFiles.Count("invalid", "*.xlf"));
        Assert.Equal(9, OasisSuiteFiles.Count("in-out", "*_in.xlf"));
    }
}
