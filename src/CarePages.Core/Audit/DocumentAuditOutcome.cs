namespace CarePages.Core.Audit;

/// <summary>What auditing one document's versions gathers: the cultures checked again, those kept, and the next recheck day.</summary>
internal sealed class DocumentAuditOutcome
{
    public List<AuditCultureResult> Checked { get; } = [];

    public List<AuditCultureState> Kept { get; } = [];

    public DateOnly? RecheckOn { get; private set; }

    /// <summary>Keeps <paramref name="change"/> when it comes before every day considered so far.</summary>
    public void Consider(DateOnly? change)
    {
        if (change is { } day && (RecheckOn is null || day < RecheckOn))
        {
            RecheckOn = day;
        }
    }
}
