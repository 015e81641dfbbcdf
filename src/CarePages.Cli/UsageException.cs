namespace CarePages.Cli;

/// <summary>
/// Bad usage or unreadable input: the tool stops with exit code 2 and prints the message, one line, on standard error.
/// </summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UsageException()
    {
    }

    /// <summary>Creates the exception with the reason shown to the user.</summary>
    public UsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason shown to the user and its cause.</summary>
    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
