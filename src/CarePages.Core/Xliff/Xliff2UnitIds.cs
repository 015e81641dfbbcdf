using System.Xml;

namespace CarePages.Core.Xliff;

/// <summary>
/// XLIFF 2.x ids are NMTOKENs, which the planned unit ids (<c>body#1</c>, <c>body#1@2.alt</c>,
/// <c>blocks/key/text</c>) are not; they are written with <see cref="XmlConvert.EncodeNmToken"/>
/// (<c>body_x0023_1</c>) and decoded on import, so both versions share one plan. The readable id is in <c>name</c>.
/// </summary>
internal static class Xliff2UnitIds
{
    /// <summary>The NMTOKEN written for <paramref name="plannedId"/>.</summary>
    public static string Encode(string plannedId) => XmlConvert.EncodeNmToken(plannedId)!;

    /// <summary>The planned id a file's unit id stands for.</summary>
    public static string Decode(string fileId) => XmlConvert.DecodeName(fileId)!;
}
