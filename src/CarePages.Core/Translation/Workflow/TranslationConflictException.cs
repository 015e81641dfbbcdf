namespace CarePages.Core.Translation.Workflow;

/// <summary>Translation states kept changing under an operation that cannot be refused (recording a source change).</summary>
public sealed class TranslationConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TranslationConflictException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TranslationConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public TranslationConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
