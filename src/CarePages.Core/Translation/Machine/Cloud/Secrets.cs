namespace CarePages.Core.Translation.Machine.Cloud;

/// <summary>How options write a key in <c>ToString</c>: whether one is set, never what it is.</summary>
internal static class Secrets
{
    /// <summary><c>(set)</c> or <c>(not set)</c>.</summary>
    public static string Redacted(string? secret) => string.IsNullOrWhiteSpace(secret) ? "(not set)" : "(set)";
}
