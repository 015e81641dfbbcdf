using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Persistence.Entities;

namespace CarePages.Persistence.Mapping;

/// <summary>Copies <see cref="TranslationMemorySegment"/> to and from its table row.</summary>
internal static class TranslationMemoryMapping
{
    /// <summary>
    /// The hash of a segment's texts: SHA-256 of the source's length, the source and the target (so that no two
    /// different pairs of texts run together into the same input), as 64 lower-case hex digits.
    /// </summary>
    public static string TextHash(string sourceText, string targetText)
    {
        var input = string.Create(CultureInfo.InvariantCulture, $"{sourceText.Length}:{sourceText}{targetText}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)));
    }

    /// <summary>A new row for <paramref name="segment"/>; the database numbers it.</summary>
    public static TranslationMemoryEntity ToEntity(TranslationMemorySegment segment)
    {
        var entity = new TranslationMemoryEntity
        {
            SourceCultureKey = CultureKeys.Of(segment.SourceCulture),
            TargetCultureKey = CultureKeys.Of(segment.TargetCulture),
            TextHash = TextHash(segment.SourceText, segment.TargetText),
        };
        CopyValues(segment, entity);
        return entity;
    }

    /// <summary>Overwrites every column but the id, culture keys and hash of <paramref name="entity"/> with <paramref name="segment"/>.</summary>
    public static void CopyValues(TranslationMemorySegment segment, TranslationMemoryEntity entity)
    {
        entity.SourceCulture = segment.SourceCulture;
        entity.TargetCulture = segment.TargetCulture;
        entity.SourceText = segment.SourceText;
        entity.TargetText = segment.TargetText;
        entity.DocumentKey = segment.DocumentKey;
        entity.FieldPath = segment.Path.Value;
        entity.ApprovedByKey = segment.ApprovedBy.UserKey;
        entity.ApprovedByName = segment.ApprovedBy.DisplayName;
        entity.ApprovedAt = segment.ApprovedAt;
    }

    /// <summary>The segment a row holds.</summary>
    public static TranslationMemorySegment ToSegment(TranslationMemoryEntity entity) => new()
    {
        SourceCulture = entity.SourceCulture,
        TargetCulture = entity.TargetCulture,
        SourceText = entity.SourceText,
        TargetText = entity.TargetText,
        DocumentKey = entity.DocumentKey,
        Path = new FieldPath(entity.FieldPath),
        ApprovedBy = new UserReference(entity.ApprovedByKey, entity.ApprovedByName),
        ApprovedAt = entity.ApprovedAt,
    };
}
