using HistoryBot.Core;
using HistoryBot.Core.Answers;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Search;
using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Lexicon;
using HistoryBot.Testing;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Tests;

/// <summary>The real pipeline over a sources folder in a temp directory: loader, builder, index, query service.</summary>
public sealed class Library : IDisposable
{
    private static readonly Lazy<TextAnalyzer> SharedAnalyzer = new(() => new TextAnalyzer());
    private static readonly Lazy<HistoryBot.Core.Text.Synonyms.EnglishSynonyms> SharedSynonyms =
        new(() => HistoryBot.Core.Text.Synonyms.EnglishSynonyms.Open(HistoryBot.Core.Text.Synonyms.EnglishSynonyms.DefaultDirectory));
    private static readonly Lazy<HistoryBot.Core.Text.Synonyms.MetonymSynonyms> SharedMetonyms = new(HistoryBot.Core.Text.Synonyms.MetonymSynonyms.LoadDefault);

    public Library(string? sourcesDirectory = null, IEnumerable<IIndexPart>? parts = null, IEnumerable<HistoryBot.Core.Text.Synonyms.ISynonymSource>? synonymSources = null)
    {
        Temp = new TempDirectory();
        SourcesDirectory = sourcesDirectory ?? TestCorpus.CopySources(Temp.Path);
        Storage = new StorageOptions { DataDirectory = Temp.Combine("data"), SourcesDirectory = SourcesDirectory };
        Analyzer = SharedAnalyzer.Value;
        Detector = new LanguageDetector();
        Loader = new CorpusLoader(Detector);
        Builder = new IndexBuilder(Analyzer, parts ?? [], TimeProvider.System);
        Index = new SearchIndex(Options.Create(Storage), Analyzer, Loader, Builder);
        var lexicon = CrossLanguageLexicon.LoadDefault(Analyzer);
        Synonyms = new HistoryBot.Core.Text.Synonyms.SynonymSources(synonymSources ?? [SharedSynonyms.Value, SharedMetonyms.Value]);
        Searcher = new Searcher(Analyzer, Detector, lexicon, Synonyms);
        Judge = new HistoryBot.Core.Answers.Judging.AnswerJudge(Analyzer, SharedSynonyms.Value, lexicon, HistoryBot.Core.Answers.Judging.AnswerModel.LoadDefault());
        Queries = new QueryService(Index, Searcher, Judge);
    }

    public TempDirectory Temp { get; }

    public string SourcesDirectory { get; }

    public StorageOptions Storage { get; }

    public TextAnalyzer Analyzer { get; }

    public LanguageDetector Detector { get; }

    public CorpusLoader Loader { get; }

    public IndexBuilder Builder { get; }

    public SearchIndex Index { get; }

    public Searcher Searcher { get; }

    /// <summary>The synonym sources every question is read with (WordNet and the capitals, as shipped, unless the test gives its own).</summary>
    public HistoryBot.Core.Text.Synonyms.SynonymSources Synonyms { get; }

    public HistoryBot.Core.Answers.Judging.AnswerJudge Judge { get; }

    public QueryService Queries { get; }

    /// <summary>
    /// The judge's verdict on <paramref name="question"/> over the paragraphs of one source with
    /// the given numbers, as candidates in that order, each with the same engine score.
    /// </summary>
    public HistoryBot.Core.Answers.Judging.Judgement JudgeParagraphs(string question, string sourceId, params int[] numbers)
    {
        using var lease = Index.Acquire();
        var generation = lease.Generation;
        var query = Searcher.Parse(question, null, generation);
        var paragraphs = generation.ParagraphsOf(new SourceId(sourceId)).ToList();
        var candidates = numbers.Select(number => new HistoryBot.Core.Answers.Judging.JudgeCandidate(paragraphs.Single(paragraph => paragraph.Number == number), 1.0, null)).ToList();
        return Judge.Judge(query, candidates, new HistoryBot.Core.Answers.Judging.GenerationTermStatistics(generation));
    }

    public void Dispose()
    {
        Index.Dispose();
        Temp.Dispose();
    }
}
