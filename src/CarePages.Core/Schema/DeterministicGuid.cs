using System.Security.Cryptography;
using System.Text;

namespace CarePages.Core.Schema;

/// <summary>
/// Name-based (RFC 9562 version 5) GUIDs. Property and container keys are derived from their
/// type's fixed key and their alias, so they stay the same on every site and every run
/// without a hand-kept list of GUIDs.
/// </summary>
public static class DeterministicGuid
{
    /// <summary>Creates the GUID for <paramref name="name"/> within <paramref name="namespaceKey"/>.</summary>
    public static Guid Create(Guid namespaceKey, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> namespaceBytes = stackalloc byte[16];
        namespaceKey.TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[16 + nameBytes.Length];
        namespaceBytes.CopyTo(buffer);
        nameBytes.CopyTo(buffer, 16);
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5; this is not a security use.
        var hash = SHA1.HashData(buffer);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
