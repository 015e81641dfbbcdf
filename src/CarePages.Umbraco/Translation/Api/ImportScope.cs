using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Jobs;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>
/// What a returned file can change, read before it is imported so that it can be authorised first: the target culture
/// of its job, and the documents it may touch (an XLIFF file: every document of its job; a Markdown file: the one
/// document its header names, when the job has it).
/// </summary>
/// <param name="DocumentKeys">The documents the file may touch.</param>
/// <param name="TargetCulture">The culture it would write.</param>
internal sealed record ImportScope(IReadOnlyList<Guid> DocumentKeys, string TargetCulture)
{
    /// <summary>The scope of <paramref name="content"/>, or null when it names no known job (the import refuses such a file unread).</summary>
    public static async Task<ImportScope?> ReadAsync(byte[] content, ITranslationJobStore jobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(jobs);
        var identity = ExchangeFileIdentity.Read(content);
        if (identity.JobId is null || await jobs.FindAsync(identity.JobId, cancellationToken).ConfigureAwait(false) is not { } job)
        {
            return null;
        }

        var keys = job.Export.Documents.Select(d => d.Key).ToArray();
        return new ImportScope(identity.DocumentKey is { } key ? keys.Where(k => k == key).ToArray() : keys, job.TargetCulture);
    }
}
