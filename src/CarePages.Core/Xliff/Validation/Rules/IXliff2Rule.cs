namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>One XLIFF 2.x processing requirement that the schemas cannot express, checked over a schema-valid document.</summary>
internal interface IXliff2Rule
{
    /// <summary>The fault code this rule reports under, e.g. <c>unique-ids</c>.</summary>
    string Code { get; }

    /// <summary>Reports every place <paramref name="document"/> breaks the requirement.</summary>
    void Check(Xliff2Document document, Xliff2FaultCollector faults);
}
