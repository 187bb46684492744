using HistoryBot.Core.Corpus;
using HistoryBot.Core.Text;

namespace HistoryBot.Bench;

/// <summary>
/// A large corpus made deterministically (fixed seed) by sampling and recombining the
/// sources' sentences: each paragraph takes 3–8 sentences of one language, so the analyzer
/// sees realistic text in all four languages.
/// </summary>
internal static class SyntheticCorpus
{
    public const int Seed = 1954;
    private const int ParagraphsPerSource = 1000;

    public static LoadedCorpus Generate(LoadedCorpus library, int paragraphs)
    {
        var sentencesByLanguage = library.Paragraphs
            .GroupBy(paragraph => paragraph.Language)
            .ToDictionary(group => group.Key, group => group
                .SelectMany(paragraph => SentenceSplitter.Split(paragraph.Text).Select(range => paragraph.Text.Substring(range.Start, range.Length)))
                .ToArray());
        var languages = sentencesByLanguage.Keys.Order(StringComparer.Ordinal).ToArray();
        var random = new Random(Seed);
        var result = new List<Paragraph>(paragraphs);
        var sources = new List<SourceInfo>();
        for (var index = 0; index < paragraphs; index++)
        {
            var sourceNumber = index / ParagraphsPerSource;
            var language = languages[sourceNumber % languages.Length];
            var id = new SourceId($"synthetic-{sourceNumber:D4}.{language}");
            if (index % ParagraphsPerSource == 0)
                sources.Add(new SourceInfo(id, $"Synthetic {language} {sourceNumber}", language, id.Value + ".txt", Math.Min(ParagraphsPerSource, paragraphs - index), null, false));
            var pool = sentencesByLanguage[language];
            var count = random.Next(3, 9);
            var text = string.Join(' ', Enumerable.Range(0, count).Select(_ => pool[random.Next(pool.Length)]));
            result.Add(new Paragraph(id, sources[^1].Title, null, index % ParagraphsPerSource + 1, language, text));
        }
        return new LoadedCorpus(sources, result, []);
    }

    /// <summary>
    /// Writes a corpus one paragraph per line (UTF-8), the form <see cref="FromFile"/> reads: the
    /// generated paragraphs given to `bench --corpus` measure the same text as one source.
    /// </summary>
    public static void WriteLines(LoadedCorpus corpus, string path) =>
        File.WriteAllLines(path, corpus.Paragraphs.Select(paragraph => paragraph.Text.ReplaceLineEndings(" ")));

    /// <summary>One paragraph per line of a UTF-8 file, language detected per paragraph.</summary>
    public static LoadedCorpus FromFile(string path, LanguageDetector detector)
    {
        var paragraphs = new List<Paragraph>();
        var sources = new List<SourceInfo>();
        var id = new SourceId("external");
        foreach (var line in File.ReadLines(path))
        {
            var text = line.Trim();
            if (text.Length == 0)
                continue;
            var guess = detector.Detect(text.Length > 600 ? text[..600] : text);
            paragraphs.Add(new Paragraph(id, "External corpus", null, paragraphs.Count + 1, guess.IsKnown ? guess.Language : Language.English, text));
        }
        sources.Add(new SourceInfo(id, "External corpus", Language.English, Path.GetFileName(path), paragraphs.Count, null, false));
        return new LoadedCorpus(sources, paragraphs, []);
    }
}
