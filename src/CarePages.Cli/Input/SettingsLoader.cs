using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using Microsoft.Extensions.Configuration;

namespace CarePages.Cli.Input;

/// <summary>Reads the <c>CarePages:Checks</c> section of an <c>appsettings.json</c> the way an Umbraco site binds it.</summary>
internal static class SettingsLoader
{
    /// <summary>The section path in the settings file.</summary>
    public const string SectionPath = "CarePages:" + CheckOptions.SectionName;

    /// <summary>The check options in <paramref name="path"/>; defaults when the file has no such section.</summary>
    /// <exception cref="UsageException">The file is missing or not JSON, a value has the wrong type, or the settings name unknown rules or parameters.</exception>
    public static CheckOptions Load(string path, string workingDirectory)
    {
        var full = Path.GetFullPath(path, workingDirectory);
        if (!File.Exists(full))
        {
            throw new UsageException($"--settings {path}: no such file.");
        }

        CheckOptions options;
        try
        {
            var configuration = new ConfigurationBuilder().AddJsonFile(full, optional: false, reloadOnChange: false).Build();
            options = configuration.GetSection(SectionPath).Get<CheckOptions>(binder => binder.ErrorOnUnknownConfiguration = true) ?? new CheckOptions();
        }
        catch (Exception exception) when (exception is FormatException or InvalidDataException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--settings {path}: {Flatten(exception)}", exception);
        }

        var errors = CheckOptionsValidator.Validate(options, CheckRuleSetBuilder.WithBuiltInRules().Build());
        return errors.Count == 0 ? options : throw new UsageException($"--settings {path}: {string.Join(" ", errors)}");
    }

    // The configuration binder wraps the real reason (e.g. a JSON syntax error) in an outer exception.
    private static string Flatten(Exception exception)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            // "'ErrorOnUnknownConfiguration' was set and binding has failed…" only wraps the real reason.
            if (current.InnerException is null || !current.Message.Contains("binding has failed", StringComparison.Ordinal))
            {
                messages.Add(current.Message);
            }
        }

        return string.Join(" ", messages.Distinct(StringComparer.Ordinal));
    }
}
