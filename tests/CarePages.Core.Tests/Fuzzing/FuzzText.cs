using CarePages.Core.Translation.Units;
using FsCheck;
using FsCheck.Fluent;

namespace CarePages.Core.Tests.Fuzzing;

/// <summary>
/// Random text for the fuzz properties: any code point, weighted towards the ones that break parsers and patient
/// text (controls, lone surrogates, noncharacters, markup and Markdown punctuation).
/// </summary>
internal static class FuzzText
{
    private static readonly string[] Punctuation = ["<", ">", "&", "\"", "'", "\\", "`", "*", "_", "[", "]", "(", ")", "!", "#", "-", "|", ":", "/", "=", "\n", "\r", "\t", " ", "&#", ";", "<!--", "-->", "]]>"];

    /// <summary>One code point as a string: one UTF-16 unit, a surrogate pair, or a lone surrogate.</summary>
    public static Gen<string> CodePoint { get; } = Gen.Frequency(
        (6, Gen.Choose(0x20, 0x7E).Select(Unit)),
        (3, Gen.Elements(Punctuation)),
        (2, Gen.Choose(0x00, 0x1F).Select(Unit)),
        (1, Gen.Choose(0x7F, 0x9F).Select(Unit)),
        (1, Gen.Choose(0xD800, 0xDFFF).Select(Unit)),
        (1, Gen.Elements(0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0xFEFF, 0x200B, 0x202E, 0x1FFFE, 0x10FFFF).Select(Scalar)),
        (2, Gen.Choose(0xA0, 0xFFFF).Select(Unit)),
        (1, Gen.Choose(0x10000, 0x10FFFF).Select(Scalar)));

    /// <summary>Up to <paramref name="max"/> random code points.</summary>
    public static Gen<string> Up(int max) => Gen.Choose(0, max).SelectMany(n => CodePoint.ArrayOf(n)).Select(string.Concat);

    /// <summary>Up to <paramref name="max"/> code points that patient text may hold: no controls but tab and line breaks, no lone surrogates, no noncharacters.</summary>
    public static Gen<string> Allowed(int max) =>
        Gen.Choose(0, max).SelectMany(n => CodePoint.Where(IsAllowed).ArrayOf(n)).Select(string.Concat);

    /// <summary><paramref name="text"/> with every character patient text may not hold replaced by U+FFFD.</summary>
    public static string OnlyAllowed(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var point = char.IsSurrogatePair(text, i) ? text.Substring(i++, 2) : text[i].ToString();
            builder.Append(IsAllowed(point) ? point : "\uFFFD");
        }

        return builder.ToString();
    }

    /// <summary>Text scaled with FsCheck's size.</summary>
    public static Gen<string> Sized { get; } = Gen.Sized(size => Up(size * 4));

    private static bool IsAllowed(string point) => PatientTextCharacters.FirstRefused(point) is null;

    private static string Unit(int value) => ((char)value).ToString();

    private static string Scalar(int value) => value is >= 0xD800 and <= 0xDFFF ? Unit(value) : char.ConvertFromUtf32(value);
}
