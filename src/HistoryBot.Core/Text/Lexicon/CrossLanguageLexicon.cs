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
    private readonly string[][] _englishForms;

    // concept → whether it names a place or a people (the sections PlaceSections).
    private readonly bool[] _placeNames;

    // concept → whether it names a country or its people (the section CountrySection).
    private readonly bool[] _countryNames;

    // concept → whether it names a continent or a people of one ("europe", "asian").
    private readonly bool[] _continentNames;

    private const string CountrySection = "Countries and their peoples";
    private const string ContinentSection = "Continents";

    /// <summary>The lexicon's sections whose concepts are places and peoples: names, however they are typed ("japan", "china").</summary>
    private static readonly HashSet<string> PlaceSections = new(StringComparer.Ordinal) { ContinentSection, CountrySection, "Cities and places" };

    // language → first letter → (folded form, concept): where a misspelt word is looked for.
    private readonly Dictionary<string, Dictionary<char, List<(string Form, int Concept)>>> _forms = new(StringComparer.Ordinal);

    // concept → language → its folded written forms.
    private readonly List<Dictionary<string, HashSet<string>>> _written = [];

    // concept → its kin among the places (a country and its people: "france" and "french"; "europe" and "european"), or -1.
    private readonly int[] _kin;

    public CrossLanguageLexicon(TextReader reader, TextAnalyzer analyzer)
    {
        var concepts = new Dictionary<(string, string), List<int>>();
        var stems = new List<Dictionary<string, HashSet<string>>>();
        var englishForms = new List<string[]>();
        var placeNames = new List<bool>();
        var countryNames = new List<bool>();
        var continentNames = new List<bool>();
        var section = "";
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.StartsWith("# ===", StringComparison.Ordinal))
                section = line.Trim('#', '=', ' ');
            if (line.Length == 0 || line[0] == '#')
                continue;
            var cells = line.Split('\t');
            if (cells.Length != Columns.Length)
                continue;
            var concept = stems.Count;
            _written.Add(new Dictionary<string, HashSet<string>>(StringComparer.Ordinal));
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
                        AddForm(language, token.Folded, concept);
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
            placeNames.Add(PlaceSections.Contains(section));
            countryNames.Add(section == CountrySection);
            continentNames.Add(section == ContinentSection);
            englishForms.Add(cells[0].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(form => form.ToLowerInvariant()).ToArray());
        }
        _concepts = concepts.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray());
        _stems = [.. stems];
        _englishForms = [.. englishForms];
        _placeNames = [.. placeNames];
        _countryNames = [.. countryNames];
        _continentNames = [.. continentNames];
        _kin = new int[_stems.Length];
        Array.Fill(_kin, -1);
        // The lexicon writes a people's row after its place's ("italy", then "italian,italians"; "france", then "french").
        for (var concept = 0; concept + 1 < _kin.Length; concept++)
        {
            if (_placeNames[concept] && _placeNames[concept + 1] && SameOpening(_englishForms[concept][0], _englishForms[concept + 1][0]))
                (_kin[concept], _kin[concept + 1]) = (concept + 1, concept);
        }
    }

    private static bool SameOpening(string a, string b) => a.Length >= 2 && b.Length >= 2 && a.AsSpan(0, 2).SequenceEqual(b.AsSpan(0, 2));

    private void AddForm(string language, string folded, int concept)
    {
        if (!_written[concept].TryGetValue(language, out var written))
            _written[concept][language] = written = new HashSet<string>(StringComparer.Ordinal);
        written.Add(folded);
        if (!_forms.TryGetValue(language, out var byLetter))
            _forms[language] = byLetter = [];
        if (!byLetter.TryGetValue(folded[0], out var list))
            byLetter[folded[0]] = list = [];
        if (!list.Contains((folded, concept)))
            list.Add((folded, concept));
    }

    /// <summary>
    /// The dictionary's written forms a word the index does not know may be a misspelling of, in
    /// one of <paramref name="languages"/> ("vakarii" → "vakarai", "refure" → "refuse"): the same
    /// first letter, within the typo distance its length allows (one edit from 4 letters, two from
    /// 8), only the closest; none when they belong to more than <paramref name="maxConcepts"/>
    /// concepts (too ambiguous to guess), unless one of them is the word with a doubled letter
    /// typed once ("aply": "apply", not "ally").
    /// </summary>
    public IReadOnlyList<MisspeltForm> Misspelt(string folded, IReadOnlyList<string> languages, int maxConcepts = 2)
    {
        var allowed = Search.EditDistance.AllowedTypos(folded.Length);
        if (allowed == 0)
            return [];
        var found = new List<MisspeltForm>();
        var best = allowed + 1;
        foreach (var language in languages)
        {
            if (!_forms.TryGetValue(language, out var byLetter) || !byLetter.TryGetValue(folded[0], out var forms))
                continue;
            foreach (var (form, concept) in forms)
            {
                if (form.Length < 4 || Math.Abs(form.Length - folded.Length) > 1 || form == folded)
                    continue;
                var distance = Search.EditDistance.Bounded(folded, form, Math.Min(allowed, best));
                if (distance > allowed || distance > best)
                    continue;
                if (distance < best)
                {
                    best = distance;
                    found.Clear();
                }
                found.Add(new MisspeltForm(language, form, concept));
            }
        }
        if (found.Select(form => form.Concept).Distinct().Count() <= maxConcepts)
            return found;
        // Too many neighbours: a doubled letter typed once ("aply" for "apply", "comittee") is the likeliest slip, when it
        // points to one written word ("aply" is also one letter from "ally"), whatever concepts the lexicon files it under.
        var undoubled = found.Where(form => IsDoubledLetterDropped(folded, form.Form)).ToList();
        return undoubled.Select(form => form.Form).Distinct().Count() == 1 ? undoubled : [];
    }

    /// <summary>The word is the form with one of its doubled letters typed once ("aply", "apply").</summary>
    private static bool IsDoubledLetterDropped(string word, string form)
    {
        if (form.Length != word.Length + 1)
            return false;
        for (var i = 1; i < form.Length; i++)
        {
            if (form[i] == form[i - 1] && string.CompareOrdinal(form.Remove(i, 1), word) == 0)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the dictionary writes the word itself as a form in one of <paramref name="languages"/>
    /// ("bumagsak"), not only a word of the same stem ("nagpabagsak", shot down, stems as "bumagsak", fell).
    /// </summary>
    public bool HasForm(string folded, IReadOnlyList<string> languages) => HasForm(folded, languages, static (_, _) => true);

    /// <summary>
    /// Whether the dictionary writes the word itself as a form of a place or a people (its continents,
    /// countries and cities sections) in one of <paramref name="languages"/>: a name however it is typed
    /// ("japan", "china", "maskva"), though WordNet also knows "japan" (lacquer) and "china" (porcelain).
    /// </summary>
    public bool IsPlaceName(string folded, IReadOnlyList<string> languages) => HasForm(folded, languages, static (lexicon, concept) => lexicon._placeNames[concept]);

    /// <summary>Whether the dictionary writes the word itself as a form of a continent or its people ("Europe", "asiatice").</summary>
    public bool IsContinentName(string folded, IReadOnlyList<string> languages) => HasForm(folded, languages, static (lexicon, concept) => lexicon._continentNames[concept]);

    /// <summary>Whether the dictionary writes the word itself as a form of a country or its people ("Britanie", "Egypt", "Soviet"), not a continent or a city.</summary>
    public bool IsCountryName(string folded, IReadOnlyList<string> languages) => HasForm(folded, languages, static (lexicon, concept) => lexicon._countryNames[concept]);

    /// <summary>
    /// The folded forms, in <paramref name="language"/>, of the places and peoples the word writes in one of
    /// <paramref name="languages"/>, and of their kin: a country's people and a people's country ("Pransya" → "france",
    /// "french"; "Italija" → "italia", "italian"…). A passage may name a country by its people ("the French ambassador").
    /// </summary>
    public IReadOnlySet<string> PlaceAndKinForms(string folded, IReadOnlyList<string> languages, string language)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var concept in WrittenConcepts(folded, languages).Where(concept => _placeNames[concept]).Distinct())
        {
            int[] related = _kin[concept] >= 0 ? [concept, _kin[concept]] : [concept];
            foreach (var place in related)
            {
                if (_written[place].TryGetValue(language, out var written))
                    forms.UnionWith(written);
            }
        }
        return forms;
    }

    /// <summary>Whether the dictionary writes the word itself as a form, in one of the languages, of a concept <paramref name="of"/> accepts.</summary>
    private bool HasForm(string folded, IReadOnlyList<string> languages, Func<CrossLanguageLexicon, int, bool> of) =>
        WrittenConcepts(folded, languages).Any(concept => of(this, concept));

    /// <summary>The concepts that write the word itself as a form in one of the languages, language by language.</summary>
    private IEnumerable<int> WrittenConcepts(string folded, IReadOnlyList<string> languages)
    {
        foreach (var language in languages)
        {
            if (folded.Length == 0 || !_forms.TryGetValue(language, out var byLetter) || !byLetter.TryGetValue(folded[0], out var forms))
                continue;
            foreach (var (form, concept) in forms)
            {
                if (form == folded)
                    yield return concept;
            }
        }
    }

    /// <summary>The stems, per language, of the concepts of misspelt forms (as <see cref="Translate"/>).</summary>
    public Dictionary<string, HashSet<string>> Translate(IReadOnlyList<MisspeltForm> forms)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var concept in forms.Select(form => form.Concept).Distinct())
        {
            foreach (var (target, targetStems) in _stems[concept])
            {
                if (!result.TryGetValue(target, out var set))
                    result[target] = set = new HashSet<string>(StringComparer.Ordinal);
                set.UnionWith(targetStems);
            }
        }
        return result;
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
            // The concept's base form is its first English form.
            if (_englishForms[concept] is [var english, ..] && !words.Contains(english))
                words.Add(english);
        }
        return words;
    }

    /// <summary>
    /// Every English form, as written ("appear", "emerge", "arise"…), of the concepts a word's stems
    /// in the languages it may be in belong to; empty when the dictionary does not know the word.
    /// </summary>
    public IReadOnlyList<string> EnglishForms(IEnumerable<(string Language, string Stem)> stems) =>
        EnglishFormsOf(stems.SelectMany(pair => _concepts.GetValueOrDefault(pair) ?? []));

    /// <summary>
    /// The English forms of the concepts that write the word itself in one of <paramref name="languages"/>: Lithuanian
    /// "paleistas" is dissolved, though it stems as "paleisti" (launch, another concept). Empty when no concept writes it.
    /// </summary>
    public IReadOnlyList<string> WrittenEnglishForms(string folded, IReadOnlyList<string> languages) => EnglishFormsOf(WrittenConcepts(folded, languages));

    /// <summary><see cref="EnglishForms(IEnumerable{ValueTuple{string, string}})"/> of the concepts of misspelt forms.</summary>
    public IReadOnlyList<string> EnglishForms(IReadOnlyList<MisspeltForm> forms) => EnglishFormsOf(forms.Select(form => form.Concept));

    private List<string> EnglishFormsOf(IEnumerable<int> concepts) => concepts.Distinct().SelectMany(concept => _englishForms[concept]).Distinct().ToList();

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
