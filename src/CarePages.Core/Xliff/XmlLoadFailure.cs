using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Xliff;

/// <summary>Why a file could not be loaded, and where the parser stopped (line and position, 0 when unknown).</summary>
internal sealed record XmlLoadFailure(XmlLoadFailureKind Kind, ExchangeNote Note, int Line = 0, int Position = 0)
{
    /// <summary>Why, in English.</summary>
    public string Message => Note.English;
}
