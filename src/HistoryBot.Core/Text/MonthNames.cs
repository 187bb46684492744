namespace HistoryBot.Core.Text;

/// <summary>
/// Month names of the four languages, the one list for every part that reads dates: the facts'
/// date parser (every folded form, abbreviations too) and the ranking's "does this sentence name
/// a date" test (whole words only: Lithuanian cases, Tagalog's Spanish-derived spellings), and the
/// form dates are shown in.
/// </summary>
public static class MonthNames
{
    private static readonly string[][] English =
    [
        ["january"], ["february"], ["march"], ["april"], ["may"], ["june"],
        ["july"], ["august"], ["september"], ["october"], ["november"], ["december"],
    ];

    // Nominative, genitive (dates: "kovo 31 d."), accusative and locative ("gegužę", "gegužėje"), folded.
    private static readonly string[][] Lithuanian =
    [
        ["sausis", "sausio", "sausi", "sausyje"],
        ["vasaris", "vasario", "vasari", "vasaryje"],
        ["kovas", "kovo", "kova", "kove"],
        ["balandis", "balandzio", "balandi", "balandyje"],
        ["geguze", "geguzes", "geguzeje"],
        ["birzelis", "birzelio", "birzeli", "birzelyje"],
        ["liepa", "liepos", "liepoje"],
        ["rugpjutis", "rugpjucio", "rugpjuti", "rugpjutyje"],
        ["rugsejis", "rugsejo", "rugseji", "rugsejyje"],
        ["spalis", "spalio", "spali", "spalyje"],
        ["lapkritis", "lapkricio", "lapkriti", "lapkrityje"],
        ["gruodis", "gruodzio", "gruodi", "gruodyje"],
    ];

    private static readonly string[][] Tagalog =
    [
        ["enero"], ["pebrero", "febrero"], ["marso", "marzo"], ["abril"], ["mayo"], ["hunyo", "junio"],
        ["hulyo", "julio"], ["agosto"], ["setyembre", "septiyembre", "septiembre"], ["oktubre", "octubre"],
        ["nobyembre", "noviembre"], ["disyembre", "diciembre"],
    ];

    // With the article forms ("lunii martie" needs none; "martiei" is rare but seen).
    private static readonly string[][] Romanian =
    [
        ["ianuarie"], ["februarie"], ["martie"], ["aprilie"], ["mai"], ["iunie"],
        ["iulie"], ["august"], ["septembrie"], ["octombrie"], ["noiembrie"], ["decembrie"],
    ];

    // Written short in dates ("31 Mar 1954", "31 mart. 1954"); as words most are something else.
    private static readonly string[][] Abbreviations =
    [
        ["jan", "ian"], ["feb", "febr"], ["mar", "mart"], ["apr"], [], ["jun"],
        ["jul"], ["aug"], ["sept", "sep"], ["oct"], ["nov"], ["dec"],
    ];

    private static readonly Dictionary<string, string[]> Display = new()
    {
        [Language.English] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        [Language.Lithuanian] = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"],
        [Language.Tagalog] = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"],
        [Language.Romanian] = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
    };

    /// <summary>Every folded month form of every language, abbreviations included, with its month number (1–12).</summary>
    public static IReadOnlyDictionary<string, int> Forms { get; } = BuildForms(English, Lithuanian, Tagalog, Romanian, Abbreviations);

    /// <summary>The folded month names that are whole words (no abbreviations), with their month number.</summary>
    public static IReadOnlyDictionary<string, int> Words { get; } = BuildForms(English, Lithuanian, Tagalog, Romanian);

    /// <summary>The month of a folded form, or 0.</summary>
    public static int MonthOf(string folded) => Forms.GetValueOrDefault(folded);

    /// <summary>A day of the year as people of that language write it: "31 March", "kovo 31 d.", "31 martie", "Marso 31".</summary>
    public static string DayAndMonth(int month, int day, string language)
    {
        var name = Display.GetValueOrDefault(language, Display[Language.English])[month - 1];
        return language switch
        {
            Language.Lithuanian => $"{name} {day} d.",
            Language.Tagalog => $"{name} {day}",
            _ => $"{day} {name}",
        };
    }

    private static Dictionary<string, int> BuildForms(params string[][][] tables)
    {
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            for (var month = 0; month < 12; month++)
            {
                foreach (var form in table[month])
                    forms.TryAdd(form, month + 1);
            }
        }
        return forms;
    }
}
