using System.Security.Cryptography;
using System.Text;
using CarePages.Core.Documents;

namespace CarePages.Core.Ports;

/// <summary>
/// The version a draft save is made against: a fingerprint of the draft's whole content, so that any save in between
/// (another import, an editor in the backoffice) is noticed whichever store keeps the draft, and a save that would
/// overwrite it is refused as a conflict instead of losing that work.
/// </summary>
public static class DraftVersion
{
    /// <summary>The version of <paramref name="draft"/> as it was read.</summary>
    public static string Of(MultiCultureDocument draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(MultiCultureDocumentJson.Write(draft))));
    }
}
