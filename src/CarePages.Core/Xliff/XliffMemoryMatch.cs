namespace CarePages.Core.Xliff;

/// <summary>
/// An approved translation of similar text from the translation memory, offered to translators as a candidate for one
/// unit (1.2 <c>&lt;alt-trans match-quality&gt;</c>, 2.x <c>&lt;mtc:match type="tm" similarity&gt;</c>); the import never
/// reads it back.
/// </summary>
/// <param name="UnitId">The unit it is for: a plain field's id, a rich-text block's <c>field#n</c> or an attribute's id.</param>
/// <param name="Score">How close the memory's source is to the unit's, 0–100 (100: the same text).</param>
/// <param name="SourceText">The memory's source text, plain.</param>
/// <param name="TargetText">The memory's approved translation, plain.</param>
internal sealed record XliffMemoryMatch(string UnitId, int Score, string SourceText, string TargetText)
{
    /// <summary>The origin translators see on every memory match.</summary>
    public const string Origin = "CarePages translation memory";
}
