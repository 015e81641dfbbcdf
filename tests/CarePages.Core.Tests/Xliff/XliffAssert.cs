using CarePages.Core.Xliff;

namespace CarePages.Core.Tests.Xliff;

/// <summary>Assertions on import results shared by the tests of every XLIFF version.</summary>
internal static class XliffAssert
{
    /// <summary>The imported value of the field at <paramref name="path"/> of the result's single document.</summary>
    public static string Field(XliffImportResult result, string path) =>
        Assert.Single(result.Documents).Fields.Single(f => f.FieldPath == path).Value;

    /// <summary>The file was refused as a whole with <paramref name="status"/>, a message holding <paramref name="messagePart"/>, and nothing applied.</summary>
    public static void Refused(XliffImportResult result, XliffImportStatus status, string messagePart)
    {
        Assert.Equal(status, result.Status);
        Assert.Contains(messagePart, Assert.Single(result.Messages), StringComparison.Ordinal);
        Assert.Empty(result.Documents);
        Assert.Empty(result.AppliedDocuments);
    }
}
