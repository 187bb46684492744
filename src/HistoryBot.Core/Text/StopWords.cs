using System.Collections.Frozen;

namespace HistoryBot.Core.Text;

/// <summary>
/// Words too common to select a passage, per language, in folded form. Question words
/// ("when", "kada", "kailan", "cand") are included: they shape the answer, not the match. So are the
/// Tagalog prefixes written with a hyphen before a vowel or a borrowed word ("nag-apply", "nag-utos",
/// "pag-uugali"): the tokenizer splits them off, and alone they are no word. As English "do", "did" and
/// "must", the other languages' light verbs of doing and having to ("a face", "trebuie", "daryti",
/// "reikia", "gawin", "dapat") say nothing about what is asked. Tagalog as chat spells it is included
/// ("nya", "nung", "yun" for "niya", "noong", "iyon"; the fillers "talaga", "naman", "daw").
/// </summary>
public static class StopWords
{
    /// <summary>
    /// The Tagalog verb prefixes written with a hyphen before a vowel or a borrowed word ("nag-apply", "na-reject", "i-push",
    /// "pakikipag-ugnayan"): the tokenizer splits them off, and the word after one is often English.
    /// </summary>
    public static readonly FrozenSet<string> TagalogHyphenPrefixes = FrozenSet.ToFrozenSet(
        ["nag", "mag", "pag", "ipag", "pinag", "napag", "mapag", "makipag", "nakipag", "pakikipag",
            "i", "na", "ma", "ni", "in", "um", "maki", "naki", "ipa", "pina"],
        StringComparer.Ordinal);

    /// <summary>The prefixes in "-ag" (nag-, mag-, pag-, makipag-…) are no words of their own: stop words. The others are words too ("na", "ni", "in").</summary>
    private static bool IsPrefixOnly(string prefix) => prefix.EndsWith("ag", StringComparison.Ordinal);

    private static readonly FrozenDictionary<string, FrozenSet<string>> ByLanguage = new Dictionary<string, FrozenSet<string>>
    {
        [Language.English] = Set("""
            a an and are as at be been being but by can could did do does doing done for from had has have having
            he her hers him his how i if in into is it its itself me my no nor not of on or our ours she so such
            than that the their theirs them then there these they this those to too us was we were what when where
            which while who whom whose why will with would you your yours also any all each both either other some
            very just about against am shall should may might must own same here out up down over under again
            once only more most few off until s t don does didn wasn weren isn aren
            besides exactly else actually really anyway
            among amongst themselves himself herself ourselves yourself yourselves
            thing things stuff something anything
            """),
        [Language.Lithuanian] = Set("""
            ir ar kad bet o tai taip tas ta tie tos to tuo tam su is i iki per prie po nuo del apie be kaip kur
            kas kada kodel kuris kuri kurie kurios kuriame kuria kuriuo kokia koks kokie kokios kiek yra buvo bus
            butu jis ji jie jos jo ju juos jas jam jai jiems joms mes jus as tu savo ne nei jau dar tik net labai
            pat pati pats ten cia taciau nes arba tarp ant uz sis si sie sios sio sia siuo tada kai jeigu jei
            nors vis visi visa visos visu nebuvo gali galejo turi turejo turetu yra esu esi esame esate mano tavo
            musu jusu ka kam kuo kurio kurios kurioje kurie kuriais tuo tokia toks tokie
            reikia reikejo reiketu daryti dare daro padare padaryti
            pagal vel ja kokiais kokiu
            tiksliai butent
            """),
        [Language.Romanian] = Set("""
            si sau dar de la in din pe cu pentru prin catre despre ca sa se nu mai a al ai ale o un una unei unui
            unor este sunt fost fi era erau au am ai are avea aveau ce cine cand unde cum care cui cat cate cati
            acest aceasta aceste acesti acel acea aceea acestea acestia lui lor ei ea el ele noi voi eu tu le li
            ii il isi iar intre sub fara pana asupra spre dintre printre catre fie nici doar chiar foarte tot
            toate toti totul cea cel cei celor cele sale sau sai lor s-a ne va vor vom ar fi fiind fusese
            trebuie trebuia trebuiau trebui trebuit face faca facut facea faceau poate putea puteau putut
            exact anume oare
            """),
        [Language.Tagalog] = Set("""
            ang ng mga sa na at ay si sina ni nina kay kina ito iyon iyan dito doon diyan ako ka ikaw siya kami
            tayo kayo sila niya nila namin natin ninyo ko mo nito noon noong ba din rin lang lamang pa po may
            mayroon wala hindi kung kapag para upang dahil pero ngunit o kanyang kaniyang kanila kanilang ano
            sino kailan bakit saan paano alin ilan nang yung iyong isang isa ang mga nasa mula hanggang tungkol
            kaysa tulad gaya sapagkat kaya habang bilang pati
            nya nung yun dun dyan talaga naman daw raw pala eh lng
            eksakto eksaktong mismo mismong
            pagsapit pagdating
            anong sinong kanino meron
            nilang niyang naming nating ninyong kong mong aming ating inyong silang siyang nitong niyon sarili sariling
            dapat kailangan kinailangan gawin ginawa ginagawa gumawa maaari puwede pwede
            """).Union(TagalogHyphenPrefixes.Where(IsPrefixOnly)).ToFrozenSet(StringComparer.Ordinal),
    }.ToFrozenDictionary();

    private static readonly FrozenSet<string> Any = ByLanguage.Values.SelectMany(set => set).ToFrozenSet();

    /// <summary>The stop words of a language; for an unknown language, those of every language.</summary>
    public static FrozenSet<string> For(string language) =>
        ByLanguage.TryGetValue(language, out var set) ? set : Any;

    public static bool IsStopWordInAnyLanguage(string folded) => Any.Contains(folded);

    /// <summary>
    /// Whether the question's word at <paramref name="index"/> is a stop word of <paramref name="language"/>, read in its
    /// place: without diacritics Romanian writes the preposition "între" (between) and the verb "(să) intre" ((to) enter,
    /// "de ce a vrut URSS să intre în NATO?") alike; after the subjunctive "să" only the verb can stand.
    /// </summary>
    public static bool IsStopWordAt(IReadOnlyList<Token> tokens, int index, string language) =>
        For(language).Contains(tokens[index].Folded)
        && !(language == Language.Romanian && index > 0 && tokens[index - 1].Folded == "sa" && RomanianSubjunctives.Contains(tokens[index].Folded));

    /// <summary>Romanian verb forms after "să" that fold to a stop word.</summary>
    private static readonly FrozenSet<string> RomanianSubjunctives = FrozenSet.ToFrozenSet(["intre"], StringComparer.Ordinal);

    /// <summary>How much a word that says little counts against a content word's 1 (<see cref="ContentWeight"/>).</summary>
    public const double FunctionWordWeight = 0.35;

    /// <summary>
    /// How much a question word can say, for every part that weighs question words: a function
    /// word of any language, or a one- or two-letter word that is not a number, says little (<see cref="FunctionWordWeight"/>).
    /// </summary>
    public static double ContentWeight(string folded) =>
        IsStopWordInAnyLanguage(folded) || (folded.Length <= 2 && !char.IsDigit(folded[0])) ? FunctionWordWeight : 1.0;

    private static FrozenSet<string> Set(string words) =>
        words.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
