using HistoryBot.Core.Answers.Judging;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Search;
using HistoryBot.Testing;

namespace HistoryBot.Core.Tests.Search;

/// <summary>The one matcher of question words against paragraph words, read by the ranker, the judge and the highlight.</summary>
public sealed class ParagraphMatcherTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private Library Library => fixture.Library;

    private (SearchQuery Query, ParagraphMatch Match) MatchIn(string question, string source, Func<Paragraph, bool> which)
    {
        using var lease = Library.Index.Acquire();
        var generation = lease.Generation;
        var query = Library.Searcher.Parse(question, null, generation);
        var paragraph = generation.ParagraphsOf(new SourceId(source)).First(which);
        var analyzed = new AnalyzedParagraph(0, paragraph, Library.Analyzer.Analyze(paragraph.Text, paragraph.Language));
        return (query, new ParagraphMatcher(query).Match(analyzed));
    }

    private static WordInParagraph Word(SearchQuery query, ParagraphMatch match, string folded) =>
        match.Words[query.Terms.Select(term => term.Folded).ToList().IndexOf(folded)];

    [Fact]
    public void Each_question_word_matches_by_its_strongest_kind_at_that_kinds_level()
    {
        // Act
        var (query, match) = MatchIn("wen was the warsaw pakt signd", "why-ussr-not-accepted-into-nato.en", paragraph => paragraph.Text.Contains("Warsaw Pact", StringComparison.Ordinal));

        // Assert
        var warsaw = Word(query, match, "warsaw");
        Assert.Equal((MatchKind.Stem, MatchLevel.Stem), (warsaw.Kind, warsaw.Level));
        var pakt = Word(query, match, "pakt");
        Assert.Equal((MatchKind.Typo, MatchLevel.Typo), (pakt.Kind, pakt.Level));
        Assert.Equal("Pact", match.Paragraph.Tokens[pakt.Token].Token.Surface);
        Assert.Equal(MatchKind.Typo, Word(query, match, "signd").Kind);
    }

    [Fact]
    public void A_shared_prefix_within_one_language_is_no_match()
    {
        // Act
        var (query, english) = MatchIn("Which capital did they keep?", "why-ussr-not-accepted-into-nato.en", paragraph => paragraph.Text.Contains("capitalist", StringComparison.Ordinal));

        // Assert: "capitalist" is another English word than "capital" (the stemmer would have joined an inflection).
        Assert.Equal(MatchKind.None, Word(query, english, "capital").Kind);
        Assert.DoesNotContain(english.Tokens.Keys, token => english.Paragraph.Tokens[token].Token.Folded == "capitalist");
    }

    [Fact]
    public void A_common_word_synonym_does_not_match_a_word_the_paragraph_writes_as_a_name_but_a_name_synonym_does()
    {
        // Act: WordNet's "conditions" → "state" (a condition), and "USSR" → "Soviet Union" (a name).
        var (query, match) = MatchIn("What conditions did the West set for the USSR?", "why-ussr-not-accepted-into-nato.en",
            paragraph => paragraph.Text.Contains("the United States, France and England refused", StringComparison.Ordinal));

        // Assert
        Assert.Equal(MatchKind.None, Word(query, match, "conditions").Kind);
        var ussr = Word(query, match, "ussr");
        Assert.Equal(MatchKind.Synonym, ussr.Kind);
        Assert.Equal("Soviet", match.Paragraph.Tokens[ussr.Token].Token.Surface);
    }

    [Fact]
    public void A_word_synonym_matches_its_own_forms_but_not_another_word_of_its_stem()
    {
        // Act: WordNet's "place" → "position" stems to "posit", as the paragraph's "positive" does;
        // "handed" → "submit" meets "submitted", an inflection.
        var (placeQuery, positive) = MatchIn("What year was NATO set up in the first place?", "why-ussr-not-accepted-into-nato.en",
            paragraph => paragraph.Text.Contains("To give a positive answer", StringComparison.Ordinal));
        var (handedQuery, submitted) = MatchIn("Which republics handed papers to NATO?", "ussr-left-without-nato.en",
            paragraph => paragraph.Text.Contains("submitted applications", StringComparison.Ordinal));

        // Assert
        Assert.NotEqual(MatchKind.Synonym, Word(placeQuery, positive, "place").Kind);
        Assert.DoesNotContain(positive.Tokens.Keys, token => positive.Paragraph.Tokens[token].Token.Folded == "positive");
        var handed = Word(handedQuery, submitted, "handed");
        Assert.Equal(MatchKind.Synonym, handed.Kind);
        Assert.Equal("submitted", submitted.Paragraph.Tokens[handed.Token].Token.Surface);
    }

    [Theory]
    [InlineData("aply", "apply", true)]
    [InlineData("reqest", "request", true)]
    [InlineData("signd", "sign", true)]
    [InlineData("australia", "austria", false)]
    [InlineData("pact", "fact", false)]
    [InlineData("war", "was", false)]
    [InlineData("1954", "1955", false)]
    [InlineData("apply", "apply", false)]
    public void A_typo_keeps_the_first_letter_and_the_length_within_one_and_stays_within_the_edit_allowance(string questionWord, string paragraphWord, bool typo)
    {
        // Act
        var isTypo = ParagraphMatcher.IsTypo(questionWord, paragraphWord);

        // Assert
        Assert.Equal(typo, isTypo);
    }

    [Fact]
    public async Task The_judge_explains_each_word_as_the_searcher_matched_it_and_the_highlight_marks_that_word()
    {
        // Act
        var answer = await Library.Queries.AskAsync("wen did the warsaw pakt get signd");

        // Assert: one match per paragraph, so the judge's explanation, the ranker's signals and the marks agree.
        Assert.True(answer.IsFound);
        var best = answer.Best!;
        var terms = answer.Query!.Terms.Select(term => term.Folded).ToList();
        foreach (var word in answer.Decision!.Words.Where(word => word.Kind != MatchKind.None))
        {
            Assert.Equal(word.Kind, best.Signals!.TermMatches[terms.IndexOf(word.Word.ToLowerInvariant())]);
            Assert.Contains(best.Paragraph.Marks, mark => best.Paragraph.Text.Substring(mark.Start, mark.Length) == word.Matched);
        }
    }

    [Fact]
    public void The_judge_judges_a_candidate_the_same_whether_it_brings_the_searchers_match_or_not()
    {
        // Arrange
        using var lease = Library.Index.Acquire();
        var generation = lease.Generation;
        var query = Library.Searcher.Parse("Why did the West refuse the USSR's NATO bid?", null, generation);
        var hits = Library.Searcher.Search(generation, query, 10);
        var withMatch = hits.Select(hit => new JudgeCandidate(hit.Paragraph.Paragraph, hit.Score, null) { Match = hit.Match }).ToList();
        var withoutMatch = hits.Select(hit => new JudgeCandidate(hit.Paragraph.Paragraph, hit.Score, null)).ToList();

        // Act
        var matched = Library.Judge.Judge(query, withMatch, new GenerationTermStatistics(generation));
        var unmatched = Library.Judge.Judge(query, withoutMatch, new GenerationTermStatistics(generation));

        // Assert
        Assert.NotNull(hits[0].Match);
        Assert.Equal(unmatched.Order, matched.Order);
        Assert.Equal(unmatched.Signals, matched.Signals);
        Assert.Equal(unmatched.Decision.Words, matched.Decision.Words);
    }

    [Fact]
    public void Looking_each_tokens_stem_up_once_matches_every_question_of_the_eval_sets_as_trying_every_rule_on_every_token()
    {
        // Arrange: every question of every eval set against every paragraph of the five sources.
        using var lease = Library.Index.Acquire();
        var generation = lease.Generation;
        var questions = Directory.GetFiles(Path.Combine(RepoPaths.TestData, "eval"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()!)
            .ToList();
        var paragraphs = generation.Sources
            .SelectMany(source => generation.ParagraphsOf(source.Id))
            .Select(paragraph => new AnalyzedParagraph(0, paragraph, Library.Analyzer.Analyze(paragraph.Text, paragraph.Language)))
            .ToList();
        Assert.True(questions.Count >= 300);
        var compared = 0;

        foreach (var question in questions)
        {
            var query = Library.Searcher.Parse(question, null, generation);
            var fast = new ParagraphMatcher(query);
            var everyRule = new ParagraphMatcher(query, everyRule: true);
            foreach (var paragraph in paragraphs)
            {
                // Act
                var expected = everyRule.Match(paragraph);
                var actual = fast.Match(paragraph);

                // Assert
                Assert.Equal(expected.Words, actual.Words);
                Assert.Equal(expected.SentenceLevels.Select(levels => string.Join(' ', levels)), actual.SentenceLevels.Select(levels => string.Join(' ', levels)));
                Assert.Equal(expected.Tokens.ToList(), actual.Tokens.ToList());
                compared += expected.Tokens.Count;
            }
        }
        Assert.True(compared > 10_000);
    }

    [Fact]
    public void A_matcher_reused_across_a_questions_paragraphs_matches_each_as_a_fresh_matcher_does()
    {
        // Arrange: what a matcher keeps between paragraphs (per-language rules, typo distances) must not leak into another paragraph's match.
        using var lease = Library.Index.Acquire();
        var generation = lease.Generation;
        var questions = Directory.GetFiles(Path.Combine(RepoPaths.TestData, "eval"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()!)
            .ToList();
        var paragraphs = generation.Sources
            .SelectMany(source => generation.ParagraphsOf(source.Id))
            .Select(paragraph => new AnalyzedParagraph(0, paragraph, Library.Analyzer.Analyze(paragraph.Text, paragraph.Language)))
            .ToList();
        var typos = 0;

        foreach (var question in questions)
        {
            var query = Library.Searcher.Parse(question, null, generation);
            var reused = new ParagraphMatcher(query);
            // Twice over: the second pass meets every written word the first one already measured.
            foreach (var paragraph in paragraphs.Concat(paragraphs))
            {
                // Act
                var expected = new ParagraphMatcher(query).Match(paragraph);
                var actual = reused.Match(paragraph);

                // Assert
                Assert.Equal(expected.Words, actual.Words);
                Assert.Equal(expected.SentenceLevels.Select(levels => string.Join(' ', levels)), actual.SentenceLevels.Select(levels => string.Join(' ', levels)));
                Assert.Equal(expected.Tokens.ToList(), actual.Tokens.ToList());
                typos += expected.Tokens.Values.Count(token => token.Kind == MatchKind.Typo);
            }
        }
        Assert.True(typos > 100, $"{typos} typo matches compared");
    }
}
