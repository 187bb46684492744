using HistoryBot.Core.Answers.Judging;
using HistoryBot.Core.Search;

namespace HistoryBot.Core.Answers;

/// <summary>
/// Turns ranked paragraphs into an answer: decides found or not found, picks the sentence
/// that answers best (a "when" question prefers the one with the date), marks the matched
/// words and gathers alternatives from other paragraphs.
/// </summary>
public static class AnswerComposer
{
    /// <summary>Below this share of the question's weight, a best match is not an answer.</summary>
    public const double MinimumCoverage = 0.5;

    /// <summary>A lower share suffices when one sentence holds two distinctive question words.</summary>
    public const double MinimumCoverageWithEvidence = 0.3;

    private const double SentenceEvidenceShare = 0.3;

    public const int MaxAlternatives = 4;

    private const double AlternativeScoreShare = 0.2;
    private const double AlternativeCoverage = 0.3;

    /// <summary>
    /// The answer from ranked hits. With the judge's <paramref name="decision"/> the hits are in
    /// its order and it decides found or not found; without one, coverage thresholds do.
    /// </summary>
    public static Answer Compose(SearchQuery query, IReadOnlyList<SearchHit> hits, AnswerDecision? decision = null) =>
        ComposeCore(query, hits, decision) with { Query = query, Decision = decision };

    private static Answer ComposeCore(SearchQuery query, IReadOnlyList<SearchHit> hits, AnswerDecision? decision)
    {
        var results = hits.Select(ToPassage).ToList();
        if (query.Terms.Count == 0)
            return new Answer(AnswerStatus.NotFound, query.Text, query.Language, null, [], results, NotFoundReason.NoSearchableWords);
        if (hits.Count == 0)
            return new Answer(AnswerStatus.NotFound, query.Text, query.Language, null, [], results, NotFoundReason.NoMatch);
        if (decision is null ? !Answers(query, hits[0]) : !decision.Answer)
            return new Answer(AnswerStatus.NotFound, query.Text, query.Language, null, [], results, NotFoundReason.WeakMatch);

        var best = results[0];
        var alternatives = new List<Passage>();
        for (var i = 1; i < hits.Count && alternatives.Count < MaxAlternatives; i++)
        {
            if (hits[i].Score >= hits[0].Score * AlternativeScoreShare && hits[i].Coverage >= AlternativeCoverage)
                alternatives.Add(results[i]);
        }
        return new Answer(AnswerStatus.Found, query.Text, query.Language, best, alternatives, results);
    }

    /// <summary>
    /// Whether the best hit answers rather than merely shares words: it covers most of the
    /// question, or at least a good part of it with two distinctive question words standing
    /// together in one of its sentences. (The engine's rule; the answer judge reads it as one signal.)
    /// </summary>
    public static bool Answers(SearchQuery query, SearchHit best)
    {
        if (best.Coverage >= MinimumCoverage)
            return true;
        if (best.Coverage < MinimumCoverageWithEvidence)
            return false;
        if (best.Match is not { } match)
            return false;
        var (terms, weight) = Searcher.SentenceEvidence(query, match);
        return terms >= 2 && weight >= SentenceEvidenceShare * query.TotalWeight;
    }

    private static Passage ToPassage(SearchHit hit)
    {
        var paragraph = hit.Paragraph.Paragraph;
        var marks = hit.MatchedTokens.Keys
            .Order()
            .Select(index => hit.Paragraph.Tokens[index].Token)
            .Select(token => new TextRange(token.Start, token.Length))
            .ToList();
        var sentence = BestSentence(hit, marks);
        var citation = new Citation(paragraph.SourceId, paragraph.SourceTitle, paragraph.Section, paragraph.Number, paragraph.Language);
        return new Passage(citation, sentence, new MarkedText(paragraph.Text, marks), hit.Score, hit.Coverage) { Signals = hit.Signals };
    }

    private static MarkedText BestSentence(SearchHit hit, List<TextRange> marks)
    {
        var text = hit.Paragraph.Paragraph.Text;
        var sentences = hit.Paragraph.Sentences;
        if (sentences.Count == 0)
            return new MarkedText(text, marks);
        var chosen = sentences[hit.BestSentence];
        var sentenceMarks = marks
            .Where(mark => mark.Start >= chosen.Start && mark.End <= chosen.End)
            .Select(mark => mark with { Start = mark.Start - chosen.Start })
            .ToList();
        return new MarkedText(text.Substring(chosen.Start, chosen.Length), sentenceMarks);
    }
}
