using HistoryBot.Core.Corpus;
using HistoryBot.Core.Search;
using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Analysis;
using HistoryBot.Testing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace HistoryBot.Core.Tests.Search;

public sealed class IndexBuilderTests
{
    private static readonly TextAnalyzer Analyzer = new();

    // Words the folding, stop-word and stemming steps each treat specially, in every language.
    private static readonly (string Language, string Text)[] Awkward =
    [
        (Language.Romanian, "Hruşciov şi Hrușciov: ştiinţă, știință; ŞCOALĂ ȘCOALĂ în 1954 a cerut aderarea."),
        (Language.Lithuanian, "VARŠUVOS sutartis ir Varšuvos sutarties 1954 m. kovo 31 d. įstoti į NATO."),
        (Language.Tagalog, "Nilagdaan ang kasunduan NG mga bansa noong Marso 31, 1954."),
        (Language.English, "İSTANBUL, ΣΟΦΊΑ and Ångström met Œuvre; cafe\u0301 and e\u0301\u0301 \u0301 at 6.000 km, USSR's IV-th."),
        (Language.Unknown, "Ein Absatz in keiner unterstützten Sprache, mit Wörtern wie Außenminister."),
    ];

    [Fact]
    public void Every_paragraph_is_indexed_with_the_terms_and_norms_its_fields_analyzers_give_it()
    {
        // Arrange: the five sources and awkward text, more than one thread's worth of paragraphs.
        using var temp = new TempDirectory();
        var loaded = new CorpusLoader(new LanguageDetector()).Load(TestCorpus.CopySources(temp.Path), CancellationToken.None);
        var texts = loaded.Paragraphs.Select(p => (p.Language, p.Text)).Concat(Awkward).ToList();
        var source = new SourceId("mixed");
        var paragraphs = Enumerable.Range(0, 5_200)
            .Select(i => new Paragraph(source, "Mixed", null, i + 1, texts[i % texts.Count].Language, texts[i % texts.Count].Text))
            .ToList();
        var corpus = new LoadedCorpus([new SourceInfo(source, "Mixed", Language.English, "mixed.txt", paragraphs.Count, null, false)], paragraphs, []);
        var folder = temp.Combine("generation");
        System.IO.Directory.CreateDirectory(folder);

        // Act
        new IndexBuilder(Analyzer, [], TimeProvider.System).Build(corpus, folder, 1);

        // Assert: the same postings (paragraph, frequency) and norms as each field analysed on its own.
        using var builtDirectory = FSDirectory.Open(Path.Combine(folder, IndexBuilder.EngineFolder));
        using var built = DirectoryReader.Open(builtDirectory);
        using var referenceDirectory = new RAMDirectory();
        using var reference = ReferenceIndex(referenceDirectory, paragraphs);
        var orderOf = ParagraphOrder(built);
        foreach (var field in AnalysisFields.StemFields.Append(AnalysisFields.Key))
        {
            Assert.Equal(Postings(reference, field, doc => doc), Postings(built, field, doc => orderOf[doc]));
            Assert.Equal(Norms(reference, field, doc => doc), Norms(built, field, doc => orderOf[doc]));
        }
        Assert.NotEmpty(Postings(built, AnalysisFields.StemsOf(Language.Romanian), doc => doc));
    }

    [Fact]
    public void A_large_library_is_written_as_one_segment_per_indexing_thread_each_a_run_of_the_corpus_in_order()
    {
        // Arrange
        using var temp = new TempDirectory();
        var folder = temp.Combine("generation");
        System.IO.Directory.CreateDirectory(folder);

        // Act
        new IndexBuilder(Analyzer, [], TimeProvider.System).Build(LargeCorpus(6_001), folder, 1);

        // Assert: each thread's share in one segment, written before the commit; together every paragraph once.
        using var directory = FSDirectory.Open(Path.Combine(folder, IndexBuilder.EngineFolder));
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(Math.Clamp(Environment.ProcessorCount, 1, 2), reader.Leaves.Count);
        var runs = reader.Leaves
            .Select(leaf => Enumerable.Range(0, leaf.Reader.MaxDoc).Select(doc => leaf.Reader.Document(doc).GetField(IndexFields.Order).GetInt32Value()!.Value).ToList())
            .ToList();
        Assert.All(runs, run => Assert.Equal(Enumerable.Range(run[0], run.Count), run));
        Assert.Equal(Enumerable.Range(1, 6_001), runs.SelectMany(run => run).Order());
    }

    [Fact]
    public void A_large_library_builds_its_parts_beside_the_index_and_reports_them_once_the_index_is_written()
    {
        // Arrange
        using var temp = new TempDirectory();
        var corpus = LargeCorpus(5_000);
        var folder = temp.Combine("generation");
        System.IO.Directory.CreateDirectory(folder);
        var stages = new List<string>();
        var part = new CountingPart(fail: false);

        // Act
        var report = new IndexBuilder(Analyzer, [part], TimeProvider.System)
            .Build(corpus, folder, 1, new SynchronousProgress(step => stages.Add($"{step.Stage} {step.Done}/{step.Total}")));

        // Assert
        Assert.Equal(5_000, report.Parts["counting"]);
        Assert.Equal(["commit 1/1", "counting 0/1", "counting 1/1"], stages.SkipWhile(stage => stage != "commit 1/1"));
    }

    [Fact]
    public void A_part_that_fails_beside_the_index_fails_the_build_with_its_reason()
    {
        // Arrange
        using var temp = new TempDirectory();
        var folder = temp.Combine("generation");
        System.IO.Directory.CreateDirectory(folder);

        // Act
        var error = Assert.Throws<IndexBuildException>(() =>
            new IndexBuilder(Analyzer, [new CountingPart(fail: true)], TimeProvider.System).Build(LargeCorpus(5_000), folder, 1));

        // Assert
        Assert.Contains("the disk is full", error.Message);
        Assert.False(File.Exists(Path.Combine(folder, GenerationManifest.FileName)));
    }

    private static LoadedCorpus LargeCorpus(int count)
    {
        var source = new SourceId("large");
        var paragraphs = Enumerable.Range(0, count)
            .Select(i => new Paragraph(source, "Large", null, i + 1, Language.English, $"In {1900 + i % 100} the council of Ravenna signed treaty number {i}."))
            .ToList();
        return new LoadedCorpus([new SourceInfo(source, "Large", Language.English, "large.txt", count, null, false)], paragraphs, []);
    }

    private sealed class CountingPart(bool fail) : IIndexPart
    {
        public string Name => "counting";

        public int Build(string directory, LoadedCorpus corpus, CancellationToken cancellationToken) =>
            fail ? throw new IOException("No space left on device") : corpus.Paragraphs.Count;
    }

    private sealed class SynchronousProgress(Action<BuildProgress> report) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => report(value);
    }

    /// <summary>The old way: each analysed field given the paragraph's text, analysed by the analyzer for that field alone.</summary>
    private static DirectoryReader ReferenceIndex(Lucene.Net.Store.Directory directory, List<Paragraph> paragraphs)
    {
        var stems = new FieldType { IsIndexed = true, IsTokenized = true, IndexOptions = IndexOptions.DOCS_AND_FREQS };
        var key = new FieldType { IsIndexed = true, IsTokenized = true, OmitNorms = true, IndexOptions = IndexOptions.DOCS_AND_FREQS };
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, Analyzer.Analyzer) { Similarity = IndexBuilder.Similarity };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var paragraph in paragraphs)
            {
                var document = new Document();
                if (Language.IsSupported(paragraph.Language))
                    document.Add(new Field(AnalysisFields.StemsOf(paragraph.Language), paragraph.Text, stems));
                document.Add(new Field(AnalysisFields.Key, paragraph.Text, key));
                writer.AddDocument(document);
            }
        }
        return DirectoryReader.Open(directory);
    }

    /// <summary>Each document's paragraph, numbered from 0 in corpus order.</summary>
    private static int[] ParagraphOrder(DirectoryReader reader) =>
        Enumerable.Range(0, reader.MaxDoc).Select(doc => reader.Document(doc).GetField(IndexFields.Order).GetInt32Value()!.Value - 1).ToArray();

    private static List<string> Postings(DirectoryReader reader, string field, Func<int, int> paragraphOf)
    {
        var postings = new List<string>();
        if (MultiFields.GetTerms(reader, field) is not { } terms)
            return postings;
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), field, termsEnum.Term);
            var entries = new List<(int Paragraph, int Freq)>();
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                entries.Add((paragraphOf(docs.DocID), docs.Freq));
            postings.Add($"{termsEnum.Term.Utf8ToString()}: {string.Join(' ', entries.Order().Select(e => $"{e.Paragraph}x{e.Freq}"))}");
        }
        return postings;
    }

    private static long[] Norms(DirectoryReader reader, string field, Func<int, int> paragraphOf)
    {
        var norms = new long[reader.MaxDoc];
        if (MultiDocValues.GetNormValues(reader, field) is not { } values)
            return norms;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
            norms[paragraphOf(doc)] = values.Get(doc);
        return norms;
    }
}
