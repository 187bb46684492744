using System.Collections.Frozen;

namespace HistoryBot.Core.Text.Synonyms;

/// <summary>
/// A capital stands for its state: people ask "Why was Moscow upset…" or "Did Washington answer…"
/// where the sources name the USSR or the United States. The shipped table (<c>capitals.tsv</c>)
/// gives each capital's state in English, one way only (a question about the state does not look
/// for its capital). Asked in English: a question in another language reaches it through the
/// lexicon ("Maskvos" → "moscow"), and the state is written back in every language like a name's
/// other form (<see cref="Synonym.Pertains"/>).
/// </summary>
public sealed class CapitalSynonyms : ISynonymSource
{
    /// <summary>The <see cref="ISynonymSource.Name"/> shown in `ask --json`.</summary>
    public const string SourceName = "capitals";

    /// <summary>How much a match on the state counts for its capital: the capital may also be the place itself.</summary>
    public const double Weight = 0.6;

    private readonly FrozenDictionary<string, Synonym[]> _states;

    public CapitalSynonyms(TextReader table)
    {
        var states = new Dictionary<string, Synonym[]>(StringComparer.Ordinal);
        string? line;
        while ((line = table.ReadLine()) is not null)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var cells = line.Split('\t');
            if (cells.Length != 2)
                throw new FormatException($"A capitals line must be a capital, a tab and its state's names: \"{line}\".");
            var names = cells[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            states[TextFolding.Fold(cells[0]).Trim()] = names.Select(name => new Synonym(TextFolding.Fold(name), Weight, SourceName) { Pertains = true }).ToArray();
        }
        _states = states.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string Name => SourceName;

    /// <summary>The capitals the table knows.</summary>
    public int Count => _states.Count;

    public IReadOnlyList<Synonym> For(string phrase, string language) =>
        language == Language.English && _states.TryGetValue(phrase, out var states) ? states : [];

    /// <summary>A capital is a name, not an expression of two words.</summary>
    public bool KnowsPhrase(string phrase, string language) => false;

    /// <summary>The table shipped inside the assembly.</summary>
    public static CapitalSynonyms LoadDefault()
    {
        var assembly = typeof(CapitalSynonyms).Assembly;
        using var stream = assembly.GetManifestResourceStream("HistoryBot.Core.Text.Synonyms.capitals.tsv")
            ?? throw new InvalidOperationException("The capitals table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return new CapitalSynonyms(reader);
    }
}
