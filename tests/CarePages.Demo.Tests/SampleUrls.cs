namespace CarePages.Demo.Tests;

/// <summary>URLs of sample clinic pages as the demo serves them.</summary>
internal static class SampleUrls
{
    public const string SpanishIntranasalRoute = "/es-es/ketamina-para-el-dolor-dificil-de-tratar/ketamina-intranasal";
    public const string ArabicIntranasalRoute = "/ar/ketamine-for-hard-to-treat-pain/intranasal-ketamine";
    public const string EnglishIntranasalRoute = "/en-gb/ketamine-for-hard-to-treat-pain/intranasal-ketamine";
}
