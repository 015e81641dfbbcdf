using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using CarePages.Core.Documents;

namespace CarePages.Core.Audit;

/// <summary>
/// The fingerprint of what one culture's checks read: the culture's values and name, the invariant values, and the source
/// culture's, which translations are checked against. Equal fingerprints give equal findings under equal settings, so
/// a culture whose fingerprint has not changed is not checked again.
/// </summary>
public static class AuditFingerprint
{
    // Parts up to a third of this many characters are encoded on the stack, longer ones (rich text) in a rented buffer.
    private const int StackLimit = 768;

    /// <summary>The fingerprint of <paramref name="culture"/> of <paramref name="document"/>, translated from <paramref name="sourceCulture"/>.</summary>
    public static string Of(MultiCultureDocument document, string culture, string sourceCulture)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, document.DocumentType.Id.ToString("N"));
        foreach (var variant in document.Variants.Where(v => Concerns(v.Culture, culture, sourceCulture)))
        {
            Append(hash, "n", Role(variant.Culture, culture), variant.Segment, variant.Name);
        }

        foreach (var value in document.Values.Where(v => Concerns(v.Culture, culture, sourceCulture)))
        {
            Append(hash, "v", Role(value.Culture, culture), value.Segment, value.Alias);
            Append(hash, JsonMarshal.GetRawUtf8Value(value.Value));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static bool Concerns(string? valueCulture, string culture, string sourceCulture) =>
        valueCulture is null
        || string.Equals(valueCulture, culture, StringComparison.OrdinalIgnoreCase)
        || string.Equals(valueCulture, sourceCulture, StringComparison.OrdinalIgnoreCase);

    // The checked culture and the source are told apart, so swapping a value between them changes the fingerprint.
    private static string Role(string? valueCulture, string culture) =>
        valueCulture is null ? "i" : string.Equals(valueCulture, culture, StringComparison.OrdinalIgnoreCase) ? "c" : "s";

    private static void Append(IncrementalHash hash, params ReadOnlySpan<string?> parts)
    {
        Span<byte> stack = stackalloc byte[StackLimit];
        foreach (var part in parts)
        {
            var text = part ?? "\0";
            var rented = text.Length > StackLimit / 3 ? ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length)) : null;
            var bytes = rented is null ? stack : rented.AsSpan();
            Append(hash, bytes[..Encoding.UTF8.GetBytes(text, bytes)]);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    // Length-prefixed, so that no two different sequences of parts hash the same bytes.
    private static void Append(IncrementalHash hash, ReadOnlySpan<byte> utf8)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(length, utf8.Length);
        hash.AppendData(length);
        hash.AppendData(utf8);
    }
}
