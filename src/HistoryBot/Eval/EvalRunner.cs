using System.Text.Json;
using HistoryBot.Core.Answers;
using HistoryBot.Core.Chat;

namespace HistoryBot.Eval;

/// <summary>
/// Runs a question set through the query service. A found answer is correct at rank k when
/// the k-th paragraph contains an expected substring (case-insensitive); an answerable
/// question answered NotFound is a miss; an unanswerable one is right only as NotFound.
/// </summary>
public sealed class EvalRunner(IQueryService queries)
{
    private static readonly string[] Kinds = ["same", "cross", "typo", "unanswerable"];

    public static List<EvalQuestion> ReadQuestions(string path)
    {
        var questions = new List<EvalQuestion>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            EvalQuestion question;
            try
            {
                question = JsonSerializer.Deserialize(line, EvalJsonContext.Default.EvalQuestion)
                    ?? throw new JsonException("empty line");
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{path}:{lineNumber}: not a question line ({ex.Message}).", ex);
            }
            if (!Kinds.Contains(question.Kind))
                throw new FormatException($"{path}:{lineNumber}: kind \"{question.Kind}\" is not one of {string.Join(", ", Kinds)}.");
            if (!question.IsUnanswerable && question.Expect.Count == 0)
                throw new FormatException($"{path}:{lineNumber}: a {question.Kind} question needs \"expect\" (the substrings a right paragraph holds).");
            questions.Add(question);
        }
        return questions;
    }

    public async Task<EvalReport> RunAsync(IReadOnlyList<EvalQuestion> questions, CancellationToken cancellationToken = default)
    {
        var lines = new List<EvalResultLine>();
        var signals = new List<string>();
        var outcomes = new List<(EvalQuestion Question, bool Found, int Rank)>();
        foreach (var question in questions)
        {
            var answer = await queries.AskAsync(question.Question, question.Lang, cancellationToken);
            var rank = 0;
            if (answer.IsFound)
            {
                var ranked = answer.Results;
                for (var i = 0; i < ranked.Count && rank == 0; i++)
                {
                    if (question.Expect.Any(expected => ranked[i].Paragraph.Text.Contains(expected, StringComparison.OrdinalIgnoreCase)))
                        rank = i + 1;
                }
            }
            outcomes.Add((question, answer.IsFound, rank));
            signals.Add(SignalsLine(question, answer));
            lines.Add(new EvalResultLine(
                question.Id,
                answer.IsFound ? "found" : "not_found",
                AnswerReplies.Render(answer, "eval").ToMarkdown(),
                answer.Results.Select(result => new EvalResult(result.Citation.SourceId.Value, result.Citation.ParagraphNumber,
                    result.Citation.Language, result.Paragraph.Text, Math.Round(result.Score, 4))).ToList()));
        }

        var byKind = outcomes.GroupBy(outcome => outcome.Question.Kind).OrderBy(group => group.Key)
            .Select(group => Figures(group.Key, group.ToList())).ToList();
        var answerable = Figures("answerable", outcomes.Where(outcome => !outcome.Question.IsUnanswerable).ToList());
        var unanswerable = Figures("unanswerable", outcomes.Where(outcome => outcome.Question.IsUnanswerable).ToList());
        return new EvalReport(byKind, answerable, unanswerable, lines) { SignalLines = signals };
    }

    /// <summary>
    /// One JSON line per question for `eval --signals`: the judge's signals for every paragraph
    /// it ranked, with the paragraph text, so tests/data/eval/fit-answer-model.py can label and refit.
    /// </summary>
    private static string SignalsLine(EvalQuestion question, Answer answer)
    {
        var decision = answer.Decision;
        var line = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = question.Id,
            ["lang"] = question.Lang,
            ["kind"] = question.Kind,
            ["status"] = answer.IsFound ? "found" : "not_found",
            ["unknown_share"] = decision?.UnknownShare ?? 1,
            ["fact_absent"] = decision?.FactAbsent ?? false,
            ["place_absent"] = decision?.PlaceAbsent ?? false,
            ["name_absent"] = decision?.NameAbsent ?? false,
            ["untold_event"] = decision?.UntoldEvent ?? false,
            ["unheld_event"] = decision?.UnheldEvent ?? false,
            ["decision_features"] = decision is null || decision.Features.Count == 0 ? null : new System.Text.Json.Nodes.JsonObject(
                Core.Answers.Judging.AnswerModel.AbstainFeatures.Select((name, i) => KeyValuePair.Create(name, (System.Text.Json.Nodes.JsonNode?)Math.Round(decision.Features[i], 6)))),
            ["unknown_name"] = decision?.UnknownName ?? false,
            ["unknown_words"] = decision?.UnknownCount ?? 0,
            ["foreign_topics"] = decision?.ForeignTopics ?? 0,
            ["confidence"] = decision?.Confidence ?? 0,
            ["intent"] = decision?.Intent,
            ["words"] = new System.Text.Json.Nodes.JsonArray((decision?.Words ?? []).Select(word => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject
            {
                ["word"] = word.Word,
                ["known"] = word.Known,
                ["kind"] = word.Kind.ToString().ToLowerInvariant(),
                ["predicate"] = word.Predicate,
                ["event"] = word.Event,
            }).ToArray()),
            ["candidates"] = new System.Text.Json.Nodes.JsonArray((decision?.Candidates ?? []).Select(candidate => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject
            {
                ["source"] = candidate.Source,
                ["paragraph_number"] = candidate.ParagraphNumber,
                ["language"] = candidate.Language,
                ["translation_of"] = candidate.TranslationOf,
                ["paragraph"] = candidate.Text,
                ["words"] = string.Join(' ', candidate.Words.Select(word => $"{word.Word}:{word.Kind.ToString().ToLowerInvariant()}" + (word.Matched is { } matched && matched != word.Word ? "=" + matched : ""))),
                ["coverage"] = candidate.Signals.Coverage,
                ["known_coverage"] = candidate.Signals.KnownCoverage,
                ["engine_answers"] = candidate.Signals.EngineAnswers,
                ["cohesion"] = candidate.Signals.Cohesion,
                ["engine"] = candidate.Signals.EngineScore,
                ["intent"] = candidate.Signals.IntentFit,
                ["period"] = candidate.Signals.PeriodFit,
                ["same_language"] = candidate.Signals.SameLanguage,
                ["translation"] = candidate.Signals.IsTranslation,
                ["rank_score"] = candidate.Signals.RankScore,
                ["predicate"] = candidate.Signals.Predicate,
                ["predicate_missing"] = candidate.Signals.PredicateMissing,
                ["predicate_sentence"] = candidate.Signals.PredicateSentence,
                ["fact"] = candidate.Signals.Fact,
                ["event_fact"] = candidate.Signals.EventFact,
                ["event_held"] = candidate.Signals.EventHeld,
                ["event_intent"] = candidate.Signals.EventIntent,
                ["names_missing"] = candidate.Signals.NamesMissing,
            }).ToArray()),
        };
        return line.ToJsonString();
    }

    public static void WriteLines(string path, IEnumerable<EvalResultLine> lines)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        foreach (var line in lines)
            writer.WriteLine(JsonSerializer.Serialize(line, EvalJsonContext.Default.EvalResultLine));
    }

    private static EvalFigures Figures(string kind, List<(EvalQuestion Question, bool Found, int Rank)> outcomes)
    {
        var count = outcomes.Count;
        var notFound = outcomes.Count(outcome => !outcome.Found);
        if (count == 0)
            return new EvalFigures(kind, 0, 0, 0, 0, 0, 0);
        if (kind == "unanswerable")
            return new EvalFigures(kind, count, 0, 0, 0, notFound, notFound);
        var hit1 = outcomes.Count(outcome => outcome.Rank == 1);
        var hit3 = outcomes.Count(outcome => outcome.Rank is >= 1 and <= 3);
        var mrr = outcomes.Sum(outcome => outcome.Rank > 0 ? 1.0 / outcome.Rank : 0);
        return new EvalFigures(kind, count, (double)hit1 / count, (double)hit3 / count, mrr / count, notFound, hit1);
    }
}
