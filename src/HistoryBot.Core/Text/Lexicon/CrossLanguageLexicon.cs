using System.Collections.Frozen;

namespace HistoryBot.Core.Text.Lexicon;

/// <summary>
/// A small four-language dictionary (lexicon.tsv: one concept per line, en/lt/ro/tl cells of
/// word forms) used to translate question words, so an English question can find a passage
/// that exists only in Romanian. Word forms are analysed with the same analyzer as the
/// index, so the dictionary speaks in index stems.
/// </summary>
public sealed class CrossLanguageLexicon
{
    private static readonly string[] Columns = [Language.English, Language.Lithuanian, Language.Romanian, Language.Tagalog];

    // (language, stem) → concepts; concept → language → stems.
    private readonly FrozenDictionary<(string Language, string Stem), int[]> _concepts;
    private readonly Dictionary<string, HashSet<string>>[] _stems;
    private readonly string[] _englishBase;

    public CrossLanguageLexicon(TextReader reader, TextAnalyzer analyzer)
    {
        var concepts = new Dictionary<(string, string), List<int>>();
        var stems = new List<Dictionary<string, HashSet<string>>>();
        var englishBase = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var cells = line.Split('\t');
            if (cells.Length != Columns.Length)
                continue;
            var concept = stems.Count;
            var byLanguage = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            for (var column = 0; column < Columns.Length; column++)
            {
                var language = Columns[column];
                var set = new HashSet<string>(StringComparer.Ordinal);
                foreach (var form in cells[column].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    // Multi-part forms ("sud-coreean") index as their parts; each part is a form.
                    foreach (var token in Tokenizer.Tokenize(form))
                    {
                        if (StopWords.For(language).Contains(token.Folded) || token.Folded.Length < 2)
                            continue;
                        var stem = Search.IndexTerms.Clean(analyzer.Stem(token.Folded, language));
                        if (stem is null)
                            continue;
                        set.Add(stem);
                        if (!concepts.TryGetValue((language, stem), out var list))
                            concepts[(language, stem)] = list = [];
                        if (list.Count == 0 || list[^1] != concept)
                            list.Add(concept);
                    }
                }
                byLanguage[language] = set;
            }
            stems.Add(byLanguage);
            englishBase.Add(cells[0].Split(',', StringSplitOptions.TrimEntries)[0].ToLowerInvariant());
        }
        _concepts = concepts.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray());
        _stems = [.. stems];
        _englishBase = [.. englishBase];
    }

    /// <summary>The built-in lexicon shipped inside the assembly.</summary>
    public static CrossLanguageLexicon LoadDefault(TextAnalyzer analyzer)
    {
        var assembly = typeof(CrossLanguageLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(resource => resource.EndsWith("lexicon.tsv", StringComparison.Ordinal));
        if (name is null)
            return new CrossLanguageLexicon(new StringReader(""), analyzer);
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return new CrossLanguageLexicon(reader, analyzer);
    }

    /// <summary>
    /// The English base forms ("union", "ussr": each concept's first English form) of the concepts
    /// a word's stem in a language belongs to; empty when the dictionary does not know it.
    /// </summary>
    public IReadOnlyList<string> EnglishWords(string language, string stem)
    {
        if (!_concepts.TryGetValue((language, stem), out var concepts))
            return [];
        var words = new List<string>(concepts.Length);
        foreach (var concept in concepts)
        {
            if (_englishBase[concept].Length > 0 && !words.Contains(_englishBase[concept]))
                words.Add(_englishBase[concept]);
        }
        return words;
    }

    /// <summary>
    /// The stems that translate a word, per language — its own language included, for
    /// synonyms ("ask"/"request") — given the word's stems in the languages it may be in.
    /// Empty when the dictionary does not know the word.
    /// </summary>
    public Dictionary<string, HashSet<string>> Translate(IEnumerable<(string Language, string Stem)> stems)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (language, stem) in stems)
        {
            if (!_concepts.TryGetValue((language, stem), out var concepts))
                continue;
            foreach (var concept in concepts)
            {
                foreach (var (target, targetStems) in _stems[concept])
                {
                    if (!result.TryGetValue(target, out var set))
                        result[target] = set = new HashSet<string>(StringComparer.Ordinal);
                    set.UnionWith(targetStems);
                }
            }
        }
        return result;
    }
}
