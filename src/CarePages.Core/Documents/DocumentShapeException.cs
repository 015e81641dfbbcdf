namespace CarePages.Core.Documents;

/// <summary>Thrown when a stored document does not match the CarePages schema; the message says where.</summary>
public sealed class DocumentShapeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentShapeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DocumentShapeException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public DocumentShapeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
