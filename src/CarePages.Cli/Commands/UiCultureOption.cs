using System.CommandLine;

namespace CarePages.Cli.Commands;

/// <summary>The <c>--ui-culture</c> option every command that writes for people has.</summary>
internal static class UiCultureOption
{
    /// <summary>Creates the option, English by default; <paramref name="what"/> says what it changes.</summary>
    public static Option<string> Create(string what) => new("--ui-culture")
    {
        Description = $"The language of {what}: en, es, fr, de or ar.",
        HelpName = "culture",
        DefaultValueFactory = _ => "en",
    };

    /// <summary>The value of <paramref name="option"/>, checked to be a language tag.</summary>
    /// <exception cref="UsageException">It is not a language tag.</exception>
    public static string Read(ParseResult result, Option<string> option)
    {
        var value = result.GetValue(option)!;
        CheckCommand.RequireLanguageTag("--ui-culture", value);
        return value;
    }
}
