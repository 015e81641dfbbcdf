using System.Collections.Frozen;
using System.Globalization;

namespace CarePages.Core.Checks.Rules.Language;

/// <summary>
/// The primary language subtags a <c>lang</c> attribute may start with, as the ACT rules define a "valid language tag": a
/// language subtag of the IANA Language Subtag Registry. That is every ISO 639-1 code (two letters, the deprecated in, iw, ji, jw,
/// mo and sh included), and the three-letter ISO 639-2/639-3 codes in common use for languages that have no two-letter code
/// (Cantonese yue, Filipino fil, Sylheti syl, Egyptian Arabic arz, British Sign Language bfi …, plus und, mul, mis and zxx).
/// Three-letter codes of languages that have a two-letter one (<c>eng</c>, <c>spa</c>, <c>ara</c>) are not registered subtags and
/// are not valid. Kept in code so that no resource needs registering; extend the lists when a clinic needs another language.
/// </summary>
internal static class LanguageSubtags
{
    private const string TwoLetter = """
        aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es
        et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj
        kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv
        ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti
        tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu in iw ji jw mo sh
        """;

    private const string ThreeLetter = """
        ace ach acm ada ady aeb afb afh agq ain ajp akk ale alt ang anp apc apd arc arn arp arq ars arw ary arz asa ase ast awa
        ayl ayp bal ban bas bej bem ber bez bfi bgc bho bik bin bla bra brx bua bug byn bzs cad car ccp ceb cgg chb chg chk chm
        chn cho chp chr chy cjy ckb cmn cop crh csb ctg dak dar dav del den dgr din dje doi dsb dua dum dyo dyu ebu efi egy eka
        elx enm ewo fan fat fil fon frm fro frp frr frs fsl fur gaa gan gay gba gcf gez gil gmh goh gon gor got grb grc gsg gsw
        guz gwi hai hak haw hil hit hmn hne hsb hsn hup iba ilo inh jam jbo jgo jmc jpr jrb kaa kab kac kam kaw kbd kde kea kgp
        kha kho khq kkj kln kmb kok kos kpe krc krl kru ksb ksf ksh kum kut lad lag lah lam lez lij lkt lmo lol loz lrc ltg lua
        lui lun luo lus luy mad mag mai mak man mas mdf mdr men mer mfe mga mgh mgo mic min mis mnc mni moh mos mua mul mus mwl
        mwr myv mzn nan nap naq nds new nia niu nmg nnh nog non nqo nso nus nwc nym nyn nyo nzi osa ota pag pal pam pap pau pcm
        peo pes phn pms pnb pon pov pro prs raj rap rar rif rmy rof rom rue rup rwk sad sah sam saq sas sat sbp scn sco sdc sdn
        seh sel ses sga sgn shi shn sid skr sma smj smn sms snk sog srn srr ssp suk sus sux syc syl syr szl tem teo ter tet tig
        tiv tkl tlh tli tmh tog tok tpi tsi tum tvl twq tyv tzm udm uga umb und vai vec vls vot vun wae wal war was xal xog yao
        yap yav yrl yue zap zbl zea zen zgh zun zxx zza
        """;

    private static readonly FrozenSet<string> Known = (TwoLetter + " " + ThreeLetter)
        .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<FrozenDictionary<string, string>> TwoLetterOfThree = new(() =>
        CultureInfo.GetCultures(CultureTypes.NeutralCultures)
            .Where(c => c.Name.Length == 2 && c.ThreeLetterISOLanguageName.Length == 3)
            .GroupBy(c => c.ThreeLetterISOLanguageName, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase));

    /// <summary>The primary language subtag of <paramref name="tag"/>: what comes before the first hyphen, trimmed.</summary>
    public static string PrimaryOf(string tag)
    {
        var trimmed = tag.Trim();
        var dash = trimmed.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? trimmed : trimmed[..dash];
    }

    /// <summary>True when <paramref name="tag"/>'s primary language subtag is a registered language (case-insensitive).</summary>
    public static bool IsValid(string tag) => Known.Contains(PrimaryOf(tag));

    /// <summary>
    /// The two-letter code to use instead of <paramref name="tag"/>'s primary subtag when that is the ISO 639-2 code of a language
    /// that has one (<c>eng</c> → <c>en</c>), or null.
    /// </summary>
    public static string? TwoLetterFor(string tag) =>
        PrimaryOf(tag) is { Length: 3 } primary && TwoLetterOfThree.Value.TryGetValue(primary, out var two) && Known.Contains(two) ? two : null;
}
