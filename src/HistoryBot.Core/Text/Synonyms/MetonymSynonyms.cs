using System.Collections.Frozen;

namespace HistoryBot.Core.Text.Synonyms;

/// <summary>
/// A name that stands for others: people ask "Why was Moscow upset…" or "Did Washington answer…"
/// where the sources name the USSR or the United States. The shipped table (<c>metonyms.tsv</c>)
/// gives, in English, what each name stands for, one way only (a question about a state does not
/// look for its capital). Asked in English: a question in another language reaches it through the
/// lexicon ("Maskvos" → "moscow"), and what it stands for is written back in every language like a
/// name's other form (<see cref="Synonym.Pertains"/>).
/// </summary>
public sealed class MetonymSynonyms : ISynonymSource
{
    /// <summary>The <see cref="ISynonymSource.Name"/> shown in `ask --json`.</summary>
    public const string SourceName = "metonyms";

    /// <summary>How much a match on what a name stands for counts: the name may also mean itself (the city, the direction).</summary>
    public const double Weight = 0.6;

    private readonly FrozenDictionary<string, Synonym[]> _states;

    public MetonymSynonyms(TextReader table)
    {
        var states = new Dictionary<string, Synonym[]>(StringComparer.Ordinal);
        string? line;
        while ((line = table.ReadLine()) is not null)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var cells = line.Split('\t');
            if (cells.Length != 2)
                throw new FormatException($"A metonyms line must be a name, a tab and the names it stands for: \"{line}\".");
            var names = cells[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            states[TextFolding.Fold(cells[0]).Trim()] = names.Select(name => new Synonym(TextFolding.Fold(name), Weight, SourceName) { Pertains = true }).ToArray();
        }
        _states = states.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string Name => SourceName;

    /// <summary>The names the table knows.</summary>
    public int Count => _states.Count;

    public IReadOnlyList<Synonym> For(string phrase, string language) =>
        language == Language.English && _states.TryGetValue(phrase, out var states) ? states : [];

    /// <summary>The table's names are single words, not expressions of two.</summary>
    public bool KnowsPhrase(string phrase, string language) => false;

    /// <summary>The table shipped inside the assembly.</summary>
    public static MetonymSynonyms LoadDefault()
    {
        var assembly = typeof(MetonymSynonyms).Assembly;
        using var stream = assembly.GetManifestResourceStream("HistoryBot.Core.Text.Synonyms.metonyms.tsv")
            ?? throw new InvalidOperationException("The metonyms table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return new MetonymSynonyms(reader);
    }
}
