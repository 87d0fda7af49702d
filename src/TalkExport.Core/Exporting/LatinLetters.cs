using System.Collections.Frozen;

namespace TalkExport.Core.Exporting;

/// <summary>
/// Latin letters with diacritics, as base letter plus TeX accent commands. The runtime runs
/// with invariant globalization, where <see cref="string.Normalize()"/> does not decompose,
/// so the table is our own (generated from Unicode data for Latin-1, Latin Extended-A/B and
/// Latin Extended Additional). Citation keys fold with it; the BibTeX exporter writes
/// <c>{\"o}</c> from it.
/// </summary>
public static class LatinLetters
{
    // Each entry: the letter, its ASCII base letter, then its accents outermost last, as the
    // character after the backslash of the TeX accent command (` ' ^ ~ " = . u v H r c k d b).
    private const string AccentTable = """
        ÀA` ÁA' ÂA^ ÃA~ ÄA" ÇCc ÈE` ÉE' ÊE^ ËE" ÌI` ÍI' ÎI^ ÏI" ÑN~ ÒO` ÓO' ÔO^ ÕO~ ÖO" ÙU` ÚU' ÛU^ ÜU"
        ÝY' àa` áa' âa^ ãa~ äa" çcc èe` ée' êe^ ëe" ìi` íi' îi^ ïi" ñn~ òo` óo' ôo^ õo~ öo" ùu` úu' ûu^
        üu" ýy' ÿy" ĀA= āa= ĂAu ăau ĄAk ąak ĆC' ćc' ĈC^ ĉc^ ĊC. ċc. ČCv čcv ĎDv ďdv ĒE= ēe= ĔEu ĕeu ĖE.
        ėe. ĘEk ęek ĚEv ěev ĜG^ ĝg^ ĞGu ğgu ĠG. ġg. ĢGc ģgc ĤH^ ĥh^ ĨI~ ĩi~ ĪI= īi= ĬIu ĭiu ĮIk įik İI.
        ĴJ^ ĵj^ ĶKc ķkc ĹL' ĺl' ĻLc ļlc ĽLv ľlv ŃN' ńn' ŅNc ņnc ŇNv ňnv ŌO= ōo= ŎOu ŏou ŐOH őoH ŔR' ŕr'
        ŖRc ŗrc ŘRv řrv ŚS' śs' ŜS^ ŝs^ ŞSc şsc ŠSv šsv ŢTc ţtc ŤTv ťtv ŨU~ ũu~ ŪU= ūu= ŬUu ŭuu ŮUr ůur
        ŰUH űuH ŲUk ųuk ŴW^ ŵw^ ŶY^ ŷy^ ŸY" ŹZ' źz' ŻZ. żz. ŽZv žzv ǍAv ǎav ǏIv ǐiv ǑOv ǒov ǓUv ǔuv ǕU"=
        ǖu"= ǗU"' ǘu"' ǙU"v ǚu"v ǛU"` ǜu"` ǞA"= ǟa"= ǠA.= ǡa.= ǦGv ǧgv ǨKv ǩkv ǪOk ǫok ǬOk= ǭok= ǰjv ǴG' ǵg' ǸN` ǹn`
        ǺAr' ǻar' ȞHv ȟhv ȦA. ȧa. ȨEc ȩec ȪO"= ȫo"= ȬO~= ȭo~= ȮO. ȯo. ȰO.= ȱo.= ȲY= ȳy= ḂB. ḃb. ḄBd ḅbd ḆBb ḇbb
        ḈCc' ḉcc' ḊD. ḋd. ḌDd ḍdd ḎDb ḏdb ḐDc ḑdc ḔE=` ḕe=` ḖE=' ḗe=' ḜEcu ḝecu ḞF. ḟf. ḠG= ḡg= ḢH. ḣh. ḤHd ḥhd
        ḦH" ḧh" ḨHc ḩhc ḮI"' ḯi"' ḰK' ḱk' ḲKd ḳkd ḴKb ḵkb ḶLd ḷld ḸLd= ḹld= ḺLb ḻlb ḾM' ḿm' ṀM. ṁm. ṂMd ṃmd
        ṄN. ṅn. ṆNd ṇnd ṈNb ṉnb ṌO~' ṍo~' ṎO~" ṏo~" ṐO=` ṑo=` ṒO=' ṓo=' ṔP' ṕp' ṖP. ṗp. ṘR. ṙr. ṚRd ṛrd ṜRd= ṝrd=
        ṞRb ṟrb ṠS. ṡs. ṢSd ṣsd ṤS'. ṥs'. ṦSv. ṧsv. ṨSd. ṩsd. ṪT. ṫt. ṬTd ṭtd ṮTb ṯtb ṸU~' ṹu~' ṺU=" ṻu=" ṼV~ ṽv~
        ṾVd ṿvd ẀW` ẁw` ẂW' ẃw' ẄW" ẅw" ẆW. ẇw. ẈWd ẉwd ẊX. ẋx. ẌX" ẍx" ẎY. ẏy. ẐZ^ ẑz^ ẒZd ẓzd ẔZb ẕzb
        ẖhb ẗt" ẘwr ẙyr ẠAd ạad ẤA^' ấa^' ẦA^` ầa^` ẪA^~ ẫa^~ ẬAd^ ậad^ ẮAu' ắau' ẰAu` ằau` ẴAu~ ẵau~ ẶAdu ặadu ẸEd ẹed
        ẼE~ ẽe~ ẾE^' ếe^' ỀE^` ềe^` ỄE^~ ễe^~ ỆEd^ ệed^ ỊId ịid ỌOd ọod ỐO^' ốo^' ỒO^` ồo^` ỖO^~ ỗo^~ ỘOd^ ộod^ ỤUd ụud
        ỲY` ỳy` ỴYd ỵyd ỸY~ ỹy~
        """;

    private static readonly FrozenDictionary<char, (char Base, string Accents)> Accented = BuildAccented();

    // Letters that are not a base letter plus accents: ASCII folding and the TeX command.
    private static readonly FrozenDictionary<char, (string Ascii, string TeX)> Special = new Dictionary<char, (string, string)>
    {
        ['ß'] = ("ss", @"\ss"),
        ['ẞ'] = ("SS", @"\SS"),
        ['æ'] = ("ae", @"\ae"),
        ['Æ'] = ("AE", @"\AE"),
        ['ø'] = ("o", @"\o"),
        ['Ø'] = ("O", @"\O"),
        ['œ'] = ("oe", @"\oe"),
        ['Œ'] = ("OE", @"\OE"),
        ['ł'] = ("l", @"\l"),
        ['Ł'] = ("L", @"\L"),
        ['đ'] = ("d", @"\dj"),
        ['Đ'] = ("D", @"\DJ"),
        ['ð'] = ("d", @"\dh"),
        ['Ð'] = ("D", @"\DH"),
        ['þ'] = ("th", @"\th"),
        ['Þ'] = ("TH", @"\TH"),
        ['ı'] = ("i", @"\i"),
        ['ŋ'] = ("ng", @"\ng"),
        ['Ŋ'] = ("NG", @"\NG"),
        ['å'] = ("a", @"\aa"),
        ['Å'] = ("A", @"\AA"),
    }.ToFrozenDictionary();

    /// <summary>
    /// The TeX form of one non-ASCII letter without the outer braces (<c>\"o</c>, <c>\AA</c>,
    /// <c>\'{\^a}</c>), or null when the letter has none.
    /// </summary>
    public static string? ToTeX(char letter)
    {
        if (Special.TryGetValue(letter, out var special))
        {
            return special.TeX;
        }

        if (!Accented.TryGetValue(letter, out var accented))
        {
            return null;
        }

        // Innermost accent first: ấ is a + circumflex + acute, written \'{\^a}.
        string inner = accented.Base.ToString();
        for (var i = 0; i < accented.Accents.Length; i++)
        {
            var command = accented.Accents[i];
            var letterCommand = char.IsAsciiLetter(command);
            inner = i == 0 && !letterCommand
                ? $"\\{command}{inner}"
                : $"\\{command}{{{inner}}}";
        }

        return inner;
    }

    /// <summary>
    /// Folds to ASCII: accents removed (Å→A, ö→o), special letters spelled out (ß→ss, æ→ae);
    /// other characters are kept as they are. Returns <paramref name="text"/> itself when it is ASCII.
    /// </summary>
    public static string FoldToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var firstNonAscii = text.AsSpan().IndexOfAnyExceptInRange('\0', '\x7f');
        if (firstNonAscii < 0)
        {
            return text;
        }

        // Measured first, so the result is the only object made.
        var length = text.Length;
        for (var i = firstNonAscii; i < text.Length; i++)
        {
            if (text[i] >= 0x80 && TryFold(text[i], out _, out var spelled) && spelled is not null)
            {
                length += spelled.Length - 1;
            }
        }

        return string.Create(length, (text, firstNonAscii), static (destination, state) =>
        {
            var (source, start) = state;
            source.AsSpan(0, start).CopyTo(destination);
            var j = start;
            for (var i = start; i < source.Length; i++)
            {
                var c = source[i];
                if (c < 0x80 || !TryFold(c, out var single, out var spelled))
                {
                    destination[j++] = c;
                }
                else if (spelled is null)
                {
                    destination[j++] = single;
                }
                else
                {
                    spelled.CopyTo(destination[j..]);
                    j += spelled.Length;
                }
            }
        });
    }

    /// <summary>
    /// The ASCII form of one non-ASCII letter: its base letter (<paramref name="single"/>, ö→o) or, for
    /// a letter spelled with several (ß→ss), <paramref name="spelled"/>. Both are ASCII letters only.
    /// False when the character has no ASCII form here.
    /// </summary>
    internal static bool TryFold(char c, out char single, out string? spelled)
    {
        if (Special.TryGetValue(c, out var special))
        {
            single = '\0';
            spelled = special.Ascii;
            return true;
        }

        spelled = null;
        if (Accented.TryGetValue(c, out var accented))
        {
            single = accented.Base;
            return true;
        }

        single = '\0';
        return false;
    }

    /// <summary>The spelled-out ASCII form of a special letter (ß→ss), or null; the raw table, for tests.</summary>
    internal static string? SpecialAscii(char c) => Special.TryGetValue(c, out var special) ? special.Ascii : null;

    /// <summary>The ASCII base of an accented letter (ö→o), or null: the raw table, for tests and for Hugo's <c>removePathAccents</c>.</summary>
    internal static char? AccentBase(char c) => Accented.TryGetValue(c, out var accented) ? accented.Base : null;

    private static FrozenDictionary<char, (char, string)> BuildAccented()
    {
        var map = new Dictionary<char, (char, string)>();
        foreach (var entry in AccentTable.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            map[entry[0]] = (entry[1], entry[2..]);
        }

        return map.ToFrozenDictionary();
    }
}
