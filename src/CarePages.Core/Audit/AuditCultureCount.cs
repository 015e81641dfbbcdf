namespace CarePages.Core.Audit;

/// <summary>One culture's share of the stored findings.</summary>
/// <param name="Culture">The culture.</param>
/// <param name="Pages">How many documents were audited in it.</param>
/// <param name="PagesWithBlockers">How many of them have at least one blocking finding.</param>
/// <param name="Blockers">Blocking findings.</param>
/// <param name="Warnings">Warnings.</param>
/// <param name="Infos">Information findings.</param>
public sealed record AuditCultureCount(string Culture, int Pages, int PagesWithBlockers, int Blockers, int Warnings, int Infos);
