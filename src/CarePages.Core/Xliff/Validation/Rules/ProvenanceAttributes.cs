namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>The twelve attributes of the ITS Provenance data category (XLIFF 2.1 and 2.2, ITS Module, Provenance), in the ITS namespace inline and unqualified on <c>&lt;its:provenanceRecord&gt;</c>.</summary>
internal static class ProvenanceAttributes
{
    /// <summary>The local names: who or what translated (<c>person</c>, <c>org</c>, <c>tool</c>) and revised (<c>rev…</c>), each also as an IRI (<c>…Ref</c>).</summary>
    public static readonly string[] Names =
    [
        "org", "orgRef", "person", "personRef", "revOrg", "revOrgRef", "revPerson", "revPersonRef", "revTool", "revToolRef", "tool", "toolRef",
    ];
}
