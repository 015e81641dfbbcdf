using CarePages.Core.Checks;
using CarePages.Persistence.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarePages.Cli.Input;

/// <summary>
/// The check engine the commands run, from the package's composition root (<c>AddCarePagesChecks</c>) as an Umbraco
/// site gets it, with the <c>CarePages:Checks</c> section of an <c>appsettings.json</c> bound the way a site binds it.
/// </summary>
internal static class SettingsLoader
{
    /// <summary>The engine with the built-in rules and default options.</summary>
    public static CheckEngine DefaultEngine() => Engine(new ConfigurationBuilder().Build(), "defaults");

    /// <summary>The engine with the settings in <paramref name="path"/>; default options when the file has no such section.</summary>
    /// <exception cref="UsageException">The file is missing or not JSON, a value has the wrong type, or the settings name unknown rules or parameters.</exception>
    public static CheckEngine Engine(string path, string workingDirectory)
    {
        var full = Path.GetFullPath(path, workingDirectory);
        if (!File.Exists(full))
        {
            throw new UsageException($"--settings {path}: no such file.");
        }

        IConfiguration configuration;
        try
        {
            configuration = new ConfigurationBuilder().AddJsonFile(full, optional: false, reloadOnChange: false).Build();
        }
        catch (Exception exception) when (exception is FormatException or InvalidDataException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--settings {path}: {Flatten(exception)}", exception);
        }

        return Engine(configuration, $"--settings {path}");
    }

    private static CheckEngine Engine(IConfiguration configuration, string source)
    {
        using var services = new ServiceCollection().AddSingleton(configuration).AddCarePagesChecks().BuildServiceProvider();
        try
        {
            return services.GetRequiredService<CheckEngine>();
        }
        catch (OptionsValidationException exception)
        {
            throw new UsageException($"{source}: {string.Join(" ", exception.Failures)}", exception);
        }
        catch (InvalidOperationException exception)
        {
            throw new UsageException($"{source}: {Flatten(exception)}", exception);
        }
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
