using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryBot.Core.Answers;
using HistoryBot.Core.Chat;
using HistoryBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HistoryBot.Cli;

/// <summary>`ask "question" [--json]`: one answer to standard output.</summary>
internal static class AskCli
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, in English, Lithuanian, Romanian or Tagalog" };
        var json = new Option<bool>("--json") { Description = "Print the answer as JSON" };
        var language = new Option<string?>("--lang") { Description = "The asker's language (en, lt, ro, tl) when the question does not tell" };
        language.AcceptOnlyFromAmong([.. HistoryBot.Core.Text.Language.All]);
        var command = new Command("ask", "Answer one question and exit") { question, json, language };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = BotHost.Build(BotHost.CreateBuilder(CliOptions.Overrides(parseResult), quiet: true));
            var queries = host.Services.GetRequiredService<IQueryService>();
            var text = parseResult.GetValue(question) ?? "";
            if (string.IsNullOrWhiteSpace(text))
            {
                Console.Error.WriteLine(BotTexts.EmptyQuestion);
                return 2;
            }
            var answer = await queries.AskAsync(text, parseResult.GetValue(language), cancellationToken);
            if (parseResult.GetValue(json))
                Console.WriteLine(ToJson(answer).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            else
                ConsoleChat.ConsoleRenderer.Render(AnsiConsole.Console, AnswerReplies.Render(answer, "cli") with { Buttons = [] });
            return answer.IsFound ? 0 : 1;
        });
        return command;
    }

    private static JsonObject ToJson(Answer answer)
    {
        var reply = AnswerReplies.Render(answer, "cli");
        return new JsonObject
        {
            ["status"] = answer.IsFound ? "found" : "not_found",
            ["question"] = answer.Question,
            ["language"] = answer.QuestionLanguage,
            ["answer"] = reply.ToMarkdown(),
            ["only_in_other_language"] = answer.OnlyInOtherLanguage,
            ["terms"] = new JsonArray((answer.Query?.Terms ?? []).Select(term => (JsonNode)new JsonObject
            {
                ["word"] = term.Surface,
                ["weight"] = Math.Round(term.Weight, 3),
                ["stems"] = string.Join(" ", term.Stems),
                ["prefix"] = term.Prefix,
                ["typo_of"] = string.Join(" ", term.TypoStems),
                ["forms"] = new JsonArray(term.Forms.Select(form => (JsonNode)$"{form.Field}:{form.Text} {form.Kind} ×{form.Level:0.##} df {form.DocumentFrequency}").ToArray()),
            }).ToArray()),
            ["words"] = new JsonArray((answer.Decision?.Words ?? []).Select(word => (JsonNode)new JsonObject
            {
                ["word"] = word.Word,
                ["weight"] = word.Weight,
                ["known"] = word.Known,
                ["matched_as"] = word.Kind == Core.Search.MatchKind.None ? (word.Known ? "absent" : "unknown") : word.Kind.ToString().ToLowerInvariant(),
                ["matched"] = word.Matched,
                ["synonym_source"] = word.Source,
                ["predicate"] = word.Predicate,
                ["event"] = word.Event,
                ["foreign_topic"] = word.ForeignTopic,
            }).ToArray()),
            ["decision"] = answer.Decision is not { } decision ? null : new JsonObject
            {
                ["answer"] = decision.Answer,
                ["confidence"] = Math.Round(decision.Confidence, 3),
                ["threshold"] = decision.Threshold,
                ["intent"] = decision.Intent,
                ["period"] = decision.Period,
                ["margin"] = Math.Round(decision.Margin, 3),
                ["unknown_share"] = Math.Round(decision.UnknownShare, 3),
                ["coverage"] = decision.Best is null ? null : Math.Round(decision.Best.Coverage, 3),
                ["cohesion"] = decision.Best is null ? null : Math.Round(decision.Best.Cohesion, 3),
                ["intent_fit"] = decision.Best?.IntentFit,
                ["period_fit"] = decision.Best?.PeriodFit,
                ["same_language"] = decision.Best?.SameLanguage,
                ["rank_score"] = decision.Best is null ? null : Math.Round(decision.Best.RankScore, 3),
                ["predicate"] = decision.Best is null ? null : Math.Round(decision.Best.Predicate, 3),
                ["predicate_missing"] = decision.Best is null ? null : Math.Round(decision.Best.PredicateMissing, 3),
                ["predicate_sentence"] = decision.Best is null ? null : Math.Round(decision.Best.PredicateSentence, 3),
                ["fact"] = decision.Best is null ? null : Math.Round(decision.Best.Fact, 3),
                ["event_fact"] = decision.Best is null ? null : Math.Round(decision.Best.EventFact, 3),
                ["predicate_absent"] = decision.Best is null ? null : Core.Answers.Judging.AnswerModel.PredicateAbsent(decision.Best),
                ["intent_absent"] = decision.Best is null ? null : Core.Answers.Judging.AnswerModel.IntentAbsent(decision.Best),
                ["fact_absent"] = decision.FactAbsent,
                ["place_absent"] = decision.PlaceAbsent,
                ["name_absent"] = decision.NameAbsent,
                ["fact_words_missing"] = new JsonArray(decision.FactWordsMissing.Select(word => (JsonNode)JsonValue.Create(word)!).ToArray()),
                ["undated_places"] = new JsonArray(decision.UndatedPlaces.Select(word => (JsonNode)JsonValue.Create(word)!).ToArray()),
                ["uncounted"] = decision.Uncounted,
                ["unowned_role"] = decision.UnownedRole,
                ["role_owners"] = new JsonArray(decision.RoleOwners.Select(word => (JsonNode)JsonValue.Create(word)!).ToArray()),
                ["untold_event"] = decision.UntoldEvent,
                ["unheld_event"] = decision.UnheldEvent,
                ["event_held"] = decision.Best is null ? null : Math.Round(decision.Best.EventHeld, 3),
                ["event_intent"] = decision.Best is null ? null : Math.Round(decision.Best.EventIntent, 3),
                ["names_missing"] = decision.Best?.NamesMissing,
            },
            ["best"] = answer.Best is null ? null : ToJson(answer.Best),
            ["alternatives"] = new JsonArray(answer.Alternatives.Select(passage => (JsonNode)ToJson(passage)).ToArray()),
            ["results"] = new JsonArray(answer.Results.Select(passage => (JsonNode)ToJson(passage, answer.Query)).ToArray()),
        };
    }

    private static JsonObject ToJson(Passage passage, Core.Search.SearchQuery? query)
    {
        var json = ToJson(passage);
        if (passage.Signals is not { } signals)
            return json;
        var terms = query?.Terms ?? [];
        json["signals"] = new JsonObject
        {
            ["engine_score"] = Math.Round(signals.EngineScore, 4),
            ["paragraph_score"] = Math.Round(signals.ParagraphScore, 4),
            ["sentence_score"] = Math.Round(signals.SentenceScore, 4),
            ["evidence_terms"] = signals.EvidenceTerms,
            ["evidence_weight"] = Math.Round(signals.EvidenceWeight, 3),
            ["words"] = new JsonObject(signals.TermMatches.Select((kind, i) =>
                KeyValuePair.Create(i < terms.Count ? terms[i].Surface : i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    (JsonNode?)(kind == Core.Search.MatchKind.None ? "unknown" : kind.ToString())))
                .DistinctBy(pair => pair.Key)),
        };
        return json;
    }

    private static JsonObject ToJson(Passage passage) => new()
    {
        ["sentence"] = passage.Sentence.ToMarkdown(),
        ["paragraph"] = passage.Paragraph.Text,
        ["source"] = passage.Citation.SourceId.Value,
        ["title"] = passage.Citation.SourceTitle,
        ["section"] = passage.Citation.Section,
        ["paragraph_number"] = passage.Citation.ParagraphNumber,
        ["language"] = passage.Citation.Language,
        ["score"] = Math.Round(passage.Score, 4),
        ["coverage"] = Math.Round(passage.Coverage, 3),
    };
}
