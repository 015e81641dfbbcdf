using System.Text;
using CarePages.Core.Xliff.Validation;

namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>Small inline XLIFF 2.1 (or 2.2) files for the rule tests: one file <c>f1</c> (en to es-ES), the Validation module declared as <c>val</c> (2.2: Plural, Gender and Select as <c>pgs</c>).</summary>
internal static class Xliff2Snippet
{
    /// <summary>Validates a file whose <c>&lt;file id="f1"&gt;</c> holds <paramref name="fileContent"/>.</summary>
    public static XliffValidationReport ValidateFile(string fileContent) =>
        Validate("version=\"2.1\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" xmlns:val=\"urn:oasis:names:tc:xliff:validation:2.0\"", fileContent);

    /// <summary>Validates an XLIFF 2.2 file (en to es, the Plural, Gender and Select module declared as <c>pgs</c>) whose <c>&lt;file id="f1"&gt;</c> holds <paramref name="fileContent"/>.</summary>
    public static XliffValidationReport ValidateFile22(string fileContent) =>
        Validate("version=\"2.2\" xmlns=\"urn:oasis:names:tc:xliff:document:2.2\" xmlns:pgs=\"urn:oasis:names:tc:xliff:pgs:1.0\"", fileContent);

    /// <summary>Validates a file with one <c>&lt;unit id="u1"&gt;</c> holding <paramref name="unitContent"/>.</summary>
    public static XliffValidationReport ValidateUnit(string unitContent) => ValidateFile($"<unit id=\"u1\">{unitContent}</unit>");

    /// <summary>The faults of <paramref name="report"/>, one a line, for assertion messages.</summary>
    public static string Describe(XliffValidationReport report) =>
        string.Join(Environment.NewLine, report.Faults.Select(f => $"{f.Line}:{f.Position} [{f.Code}] {f.Message}"));

    private static XliffValidationReport Validate(string rootAttributes, string fileContent)
    {
        var xml = $"""
            <xliff {rootAttributes} srcLang="en" trgLang="es-ES">
              <file id="f1">{fileContent}</file>
            </xliff>
            """;
        return new XliffValidator().Validate(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
    }
}
