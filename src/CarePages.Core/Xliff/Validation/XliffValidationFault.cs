using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Xliff.Validation;

/// <summary>One reason a file is not valid XLIFF.</summary>
/// <param name="Code">The rule broken, e.g. <c>schema</c>, <c>root</c> or <c>unique-ids</c> (see <see cref="XliffValidationCodes"/>).</param>
/// <param name="Message">What is wrong, in words a translator or developer can act on.</param>
/// <param name="Line">The 1-based line of the offending node; 0 when unknown.</param>
/// <param name="Position">The 1-based position on that line; 0 when unknown.</param>
public sealed record XliffValidationFault(string Code, string Message, int Line = 0, int Position = 0)
{
    /// <summary>True when <see cref="Line"/> and <see cref="Position"/> point at the node.</summary>
    public bool HasLocation => Line > 0;

    /// <summary>The note <see cref="Message"/> is written from, when the fault can be shown in the reader's language (the file could not be loaded); null for the specifications' faults, which stay in English.</summary>
    public ExchangeNote? Note { get; init; }
}
