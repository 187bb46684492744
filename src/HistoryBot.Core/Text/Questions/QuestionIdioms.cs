using System.Text.RegularExpressions;

namespace HistoryBot.Core.Text.Questions;

/// <summary>
/// Idioms people ask with that the sources say in one word: "said no to the Soviets" is how a chat asks of the refusal the
/// sources tell with "refused" ("au refuzat", "atsisakė", "tumanggi"). Read as that word before the question is searched,
/// so the idiom's own words ("said") do not match every passage that reports what someone said. Neither WordNet nor the
/// lexicon knows these phrases. So with English phrasal verbs whose verb alone is another event: "fall apart" is
/// "collapse" ("fall" had matched "the charges fell on…"), "take over" is "succeed", "make peace" is "end the war". And
/// "get into NATO" and "become a member of" are "join", the latter in all four languages ("maging miyembro ng", "tapti
/// nare", "să devină membru"): the sources say "a request to join NATO"; "member" had pulled the passage on the membership
/// proposal above it, and "going" matched "such a move".
/// </summary>
public static partial class QuestionIdioms
{
    /// <summary>The question with its idioms read as the words the sources use; unchanged when it has none.</summary>
    public static string Rewrite(string question, string language)
    {
        if (language is Language.English or Language.Unknown)
        {
            question = ReadAs(EnglishSayNo(), question, Refuse);
            question = ReadAs(EnglishFallApart(), question, Collapse);
            question = ReadAs(EnglishTakeOver(), question, Succeed);
            question = ReadAs(EnglishMakePeace(), question, EndWar);
            question = ReadAs(EnglishBecomeMember(), question, Join);
            question = ReadAs(EnglishGetInto(), question, Join);
        }
        if (language is Language.Romanian or Language.Unknown)
        {
            question = RomanianSayNo().Replace(question, "${aux} refuzat");
            question = RomanianBecomeMember().Replace(question, match => match.Groups["verb"].Value.Equals("devenit", StringComparison.OrdinalIgnoreCase) ? "aderat" : "adera");
        }
        if (language is Language.Lithuanian or Language.Unknown)
        {
            question = LithuanianSayNo().Replace(question, "atsisakė");
            question = LithuanianBecomeMember().Replace(question, match =>
                (match.Groups["verb"].Value.Equals("tapti", StringComparison.OrdinalIgnoreCase) ? "įstoti" : "įstojo")
                + (match.Groups["body"].Success ? " į " + match.Groups["body"].Value : ""));
        }
        if (language is Language.Tagalog or Language.Unknown)
        {
            question = TagalogSayNo().Replace(question, "tinanggihan");
            question = TagalogBecomeMember().Replace(question, "sumali sa");
        }
        return question;
    }

    /// <summary>An English verb's forms, to put in place of an idiom in the same tense.</summary>
    private sealed record Verb(string Base, string Third, string Past, string Ing);

    private static readonly Verb Refuse = new("refuse", "refuses", "refused", "refusing");
    private static readonly Verb Collapse = new("collapse", "collapses", "collapsed", "collapsing");
    private static readonly Verb Succeed = new("succeed", "succeeds", "succeeded", "succeeding");
    private static readonly Verb EndWar = new("end the war", "ends the war", "ended the war", "ending the war");
    private static readonly Verb Join = new("join", "joins", "joined", "joining");

    /// <summary>The past forms of the idioms' verbs (all irregular).</summary>
    private static readonly HashSet<string> PastForms = new(StringComparer.Ordinal) { "said", "fell", "took", "taken", "made", "became", "went", "gone", "got", "gotten" };

    /// <summary>
    /// Each match of <paramref name="idiom"/> replaced by <paramref name="verb"/> in the form of the idiom's own verb (the
    /// pattern's "verb" group): past, "-ing", third person or base.
    /// </summary>
    private static string ReadAs(Regex idiom, string question, Verb verb) =>
        idiom.Replace(question, match => match.Groups["verb"].Value.ToLowerInvariant() switch
        {
            var form when PastForms.Contains(form) => verb.Past,
            var form when form.EndsWith("ing", StringComparison.Ordinal) => verb.Ing,
            var form when form.EndsWith('s') => verb.Third,
            _ => verb.Base,
        });

    /// <summary>"say no", "said no", "saying no", "says no".</summary>
    [GeneratedRegex(@"\b(?<verb>say|says|said|saying)\s+no\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishSayNo();

    /// <summary>"fall apart", "fell apart": collapse.</summary>
    [GeneratedRegex(@"\b(?<verb>fall|falls|fell|falling)\s+apart\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishFallApart();

    /// <summary>"take over", "took over" (as a leader): succeed.</summary>
    [GeneratedRegex(@"\b(?<verb>take|takes|took|taken|taking)\s+over\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishTakeOver();

    /// <summary>"make peace", "made peace": end the war (the sources: "an agreement to end the state of war").</summary>
    [GeneratedRegex(@"\b(?<verb>make|makes|made|making)\s+peace\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishMakePeace();

    /// <summary>"become a member of", "became members of": join (the sources: "a request to join NATO").</summary>
    [GeneratedRegex(@"\b(?<verb>become|becomes|became|becoming)\s+(?:a\s+|an\s+)?(?:full\s+)?members?(?:\s+(?:of|in))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishBecomeMember();

    /// <summary>"get into NATO", "going into the alliance": join (not "go into" anything else: "went into Afghanistan").</summary>
    [GeneratedRegex(@"\b(?<verb>go|goes|went|gone|going|get|gets|got|gotten|getting)\s+(?:in)?to(?=\s+(?:the\s+)?(?:nato|alliance|north\s+atlantic|bloc)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishGetInto();

    /// <summary>"să devină membru al", "a devenit membră": join ("adera", "aderat").</summary>
    [GeneratedRegex(@"\b(?<verb>deveni|devină|devina|devine|devenit)\s+membr(?:u|ă|a|i|e)(?:\s+(?:al|a|ai|ale|în|in))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RomanianBecomeMember();

    /// <summary>"tapti nariu/nare", "tapo NATO nare" (became NATO's member): join ("įstoti", "įstojo į NATO").</summary>
    [GeneratedRegex(@"\b(?<verb>tapti|tapo)\s+(?:(?<body>\w+)\s+)?nar(?:iu|e|ė|ėmis|emis|iais)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LithuanianBecomeMember();

    /// <summary>"maging miyembro ng", "naging kasapi ng": join ("sumali sa").</summary>
    [GeneratedRegex(@"\b(?:maging|naging|magiging)\s+(?:isang\s+)?(?:miyembro|kasapi)(?:\s+(?:ng|sa))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagalogBecomeMember();

    /// <summary>"au spus nu", "a zis nu" (have said no).</summary>
    [GeneratedRegex(@"\b(?<aux>a|au)\s+(?:spus|zis)\s+nu\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RomanianSayNo();

    /// <summary>"pasakė ne", "sakė ne" (said no), with or without the diacritic.</summary>
    [GeneratedRegex(@"\b(?:pa)?sak[eė]\s+ne\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LithuanianSayNo();

    /// <summary>"sinabihan ng no/hindi" (were told no), "nagsabi ng no/hindi" (said no), "nag-no".</summary>
    [GeneratedRegex(@"\b(?:(?:sinabihan|nagsabi|sinabi)\s+(?:ng|nang)\s+(?:no|hindi)|nag-?no)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagalogSayNo();
}
