namespace CarePages.Core.Xliff;

/// <summary>
/// A field's machine-made draft, offered to translators as a candidate beside the target (1.2 <c>&lt;alt-trans&gt;</c>,
/// 2.x <c>&lt;mtc:match type="mt"&gt;</c>); the import never reads it back.
/// </summary>
/// <param name="Origin">The engine as translators see it: <c>Apertium (apertium-apy en-es)</c>.</param>
/// <param name="Value">The field value the draft gave: plain text, or HTML lined up with the source block by block.</param>
internal sealed record XliffMachineDraft(string Origin, string Value);
