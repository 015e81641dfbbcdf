namespace CarePages.Core.Translation.Glossary;

/// <summary>One imported unit to check against the glossary.</summary>
/// <param name="UnitId">The unit's id, named in warnings.</param>
/// <param name="SourceText">The source's plain text (without inline markup).</param>
/// <param name="TargetText">The translation's plain text (without inline markup).</param>
public sealed record GlossaryCheckUnit(string UnitId, string SourceText, string TargetText);
