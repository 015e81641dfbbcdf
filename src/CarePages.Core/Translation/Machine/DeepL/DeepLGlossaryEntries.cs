using System.Security.Cryptography;
using System.Text;
using CarePages.Core.Translation.Glossary;

namespace CarePages.Core.Translation.Machine.DeepL;

/// <summary>
/// A pair's glossary as DeepL takes it: TSV, one <c>source⇥target</c> entry a line, a do-not-translate term mapped to
/// itself. Entries DeepL would refuse are left out (a tab or line break in a term, a term over 1,024 UTF-8 bytes); the
/// package checks every term in the output whatever DeepL does with its glossary.
/// </summary>
internal static class DeepLGlossaryEntries
{
    private const int MaxTermBytes = 1024;

    /// <summary>The TSV entries of <paramref name="glossary"/>, or null when it has none DeepL would take.</summary>
    public static string? Tsv(LanguagePairGlossary? glossary)
    {
        var lines = (glossary?.Entries ?? [])
            .Where(e => Usable(e.SourceTerm) && Usable(e.TargetTerm))
            .Select(e => $"{e.SourceTerm}\t{e.TargetTerm}")
            .ToArray();
        return lines.Length == 0 ? null : string.Join('\n', lines);
    }

    /// <summary>
    /// What identifies a glossary already created for the same account, pair and entries: a SHA-256 of them (the key is
    /// hashed in with the rest, never kept as it is).
    /// </summary>
    public static string CacheKey(Uri address, string authKey, string sourceLang, string targetLang, string tsv) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', address, authKey, sourceLang, targetLang, tsv))));

    private static bool Usable(string term) =>
        term.IndexOfAny(['\t', '\n', '\r']) < 0 && Encoding.UTF8.GetByteCount(term) <= MaxTermBytes;
}
