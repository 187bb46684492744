using HistoryBot.Core.Text;

namespace HistoryBot.Core.Facts;

/// <summary>
/// Month names of the four languages: every folded form the date parser accepts (Lithuanian
/// cases, Tagalog's Spanish-derived spellings, abbreviations) and the form dates are shown in.
/// </summary>
public static class MonthNames
{
    private static readonly string[][] English =
    [
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
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
        ["ianuarie", "ian"], ["februarie", "febr"], ["martie", "mart"], ["aprilie"], ["mai"], ["iunie"],
        ["iulie"], ["august"], ["septembrie"], ["octombrie"], ["noiembrie"], ["decembrie"],
    ];

    private static readonly Dictionary<string, string[]> Display = new()
    {
        [Language.English] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        [Language.Lithuanian] = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"],
        [Language.Tagalog] = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"],
        [Language.Romanian] = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
    };

    /// <summary>Every folded month form of every language, with its month number (1–12).</summary>
    public static IReadOnlyDictionary<string, int> Forms { get; } = BuildForms();

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

    private static Dictionary<string, int> BuildForms()
    {
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in new[] { English, Lithuanian, Tagalog, Romanian })
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
