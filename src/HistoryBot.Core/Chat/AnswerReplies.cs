using HistoryBot.Core.Answers;
using HistoryBot.Core.Search;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Chat;

/// <summary>Renders answers as platform-neutral replies, with the paging and source buttons.</summary>
public static class AnswerReplies
{
    public const string MorePrefix = "more";
    public const string SourcePrefix = "src";
    public const string LanguagesPrefix = "lang";
    public const string ClosestPrefix = "near";
    public const string VotePrefix = "vote";
    public const string UpVote = "u";
    public const string DownVote = "d";

    private const double OtherLanguageScoreShare = 0.4;

    /// <summary>The passages a user can page through: the best first, then the alternatives.</summary>
    public static IReadOnlyList<Passage> Pages(Answer answer) =>
        answer.IsFound ? [answer.Best!, .. answer.Alternatives] : [];

    /// <summary>The passage page <paramref name="page"/> shows (clamped), or null when nothing was found.</summary>
    public static Passage? PageOf(Answer answer, int page)
    {
        var pages = Pages(answer);
        return pages.Count == 0 ? null : pages[Math.Clamp(page, 0, pages.Count - 1)];
    }

    /// <summary>How many of a question's words no source mentions a "not found" reply names at most.</summary>
    private const int MaxNamedWords = 3;

    /// <summary>Page <paramref name="page"/> of an answer (0 is the best passage), with 👍/👎 and their counts.</summary>
    public static Reply Render(Answer answer, string key, int page = 0, Feedback.VoteTally votes = default)
    {
        if (!answer.IsFound)
        {
            var text = answer.Reason == NotFoundReason.NoSearchableWords
                ? BotTexts.NoSearchableWords(answer.QuestionLanguage)
                : BotTexts.NotFound(answer.QuestionLanguage);
            var untold = (answer.Decision?.Words ?? []).Where(word => word.ForeignTopic).Select(word => word.Word).Take(MaxNamedWords).ToList();
            if (untold.Count > 0)
                text += " " + BotTexts.NeverMentioned(answer.QuestionLanguage, untold);
            // "When was the Warsaw Pact dissolved?": the sources tell of the pact, not of its end.
            var unheld = answer.Decision is { UnheldEvent: true } decision
                ? decision.Words.Where(word => word.Predicate > 0 && word.Known && word.Kind == MatchKind.None).Select(word => word.Word).Take(MaxNamedWords).ToList()
                : [];
            // "Who was the British prime minister…": the closest passage never names the role (or the "first") asked about.
            // A word the first sentence already says no source mentions is not said again of the closest passage ("pilot").
            var missing = (unheld.Count > 0 ? unheld : answer.Decision?.FactWordsMissing ?? []).Except(untold, StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
                text += " " + BotTexts.ClosestNeverMentions(answer.QuestionLanguage, missing);
            else if (answer.Decision is { UnownedRole: { } unowned } owned)
                text += " " + BotTexts.ClosestRoleOfAnother(answer.QuestionLanguage, unowned, owned.RoleOwners);
            else if (answer.Decision is { Uncounted: { } counted })
                text += " " + BotTexts.ClosestDoesNotCount(answer.QuestionLanguage, counted);
            else if (answer.Decision is { UndatedPlaces.Count: > 0 } undated)
                text += " " + BotTexts.ClosestNamesInPassing(answer.QuestionLanguage, undated.UndatedPlaces);
            else if (answer.Decision is { PlaceAbsent: true })
                text += " " + BotTexts.ClosestNamesNoPlace(answer.QuestionLanguage);
            else if (answer.Decision is { NameAbsent: true })
                text += " " + BotTexts.ClosestGivesNoName(answer.QuestionLanguage);
            return new Reply
            {
                Kind = ReplyKind.NotFound,
                Body = RichText.Plain(text),
                Buttons = key.Length > 0 && OffersClosest(answer) ? [new ReplyButton(BotTexts.ClosestPassage, $"{ClosestPrefix}:{key}")] : [],
            };
        }

        var pages = Pages(answer);
        page = Math.Clamp(page, 0, pages.Count - 1);
        var passage = pages[page];
        var buttons = new List<ReplyButton>();
        if (page > 0)
            buttons.Add(new ReplyButton(BotTexts.Previous, $"{MorePrefix}:{key}:{page - 1}"));
        if (page + 1 < pages.Count)
            buttons.Add(new ReplyButton(BotTexts.MoreResults, $"{MorePrefix}:{key}:{page + 1}"));
        buttons.Add(new ReplyButton(BotTexts.Source, $"{SourcePrefix}:{key}:{page}"));
        if (answer.Results.Any(result => result.Citation.Language != passage.Citation.Language && result.Coverage >= AnswerComposer.MinimumCoverage))
            buttons.Add(new ReplyButton(BotTexts.OtherLanguages, $"{LanguagesPrefix}:{key}"));
        buttons.Add(new ReplyButton(BotTexts.VoteLabel(BotTexts.ThumbsUp, votes.Up), $"{VotePrefix}:{key}:{page}:{UpVote}"));
        buttons.Add(new ReplyButton(BotTexts.VoteLabel(BotTexts.ThumbsDown, votes.Down), $"{VotePrefix}:{key}:{page}:{DownVote}"));

        var footer = Cite(passage.Citation);
        if (pages.Count > 1)
            footer += $" · {page + 1}/{pages.Count}";
        if (page == 0 && answer.OnlyInOtherLanguage)
            footer = BotTexts.OnlyInOtherLanguage(answer.QuestionLanguage, passage.Citation.Language) + "\n" + footer;

        return new Reply
        {
            Kind = ReplyKind.Answer,
            Title = passage.Citation.SourceTitle,
            Body = RichText.From(passage.Sentence),
            Context = passage.Sentence.Text == passage.Paragraph.Text ? null : RichText.From(passage.Paragraph),
            Footer = footer,
            Buttons = buttons,
        };
    }

    /// <summary>The whole paragraph of page <paramref name="page"/>, with a button back to the answer.</summary>
    public static Reply RenderSource(Answer answer, string key, int page)
    {
        var pages = Pages(answer);
        if (pages.Count == 0)
            return Reply.Error("That answer is no longer in my sources (the library changed). Please ask again.");
        page = Math.Clamp(page, 0, pages.Count - 1);
        var passage = pages[page];
        return new Reply
        {
            Kind = ReplyKind.Info,
            Title = passage.Citation.SourceTitle,
            Body = RichText.From(passage.Paragraph),
            Footer = Cite(passage.Citation),
            Buttons = [new ReplyButton(BotTexts.Back, $"{MorePrefix}:{key}:{page}")],
        };
    }

    /// <summary>
    /// A "not found" offers the passage that came closest when the judge's confidence in it reached
    /// <see cref="ClosestConfidence"/> (without a judge: when it covers most of the question), though
    /// not the threshold to answer. One tap shows it, marked as such, so a wrong "not found" costs the
    /// asker a tap, not the answer; a question about something else offers nothing.
    /// </summary>
    public static bool OffersClosest(Answer answer) =>
        !answer.IsFound && answer.Reason == NotFoundReason.WeakMatch && answer.Results.Count > 0
        && (answer.Decision is { } decision ? decision.Confidence >= ClosestConfidence : answer.Results[0].Coverage >= AnswerComposer.MinimumCoverage);

    /// <summary>
    /// Measured on the tune sets: of the answerable questions wrongly "not found" whose best passage
    /// was right, 11 of 12 had a confidence of 0.4 or more (0.31–0.65); questions on other topics stay
    /// below ("Who won the football world cup in 1966?" 0.32, "What is the recipe for apple pie?" 0.35).
    /// </summary>
    public const double ClosestConfidence = 0.4;

    /// <summary>The passage that came closest to a question not answered, marked as perhaps not answering it (the answer itself if the question is answered now).</summary>
    public static Reply RenderClosest(Answer answer, string key)
    {
        if (answer.IsFound)
            return Render(answer, key);
        if (!OffersClosest(answer))
            return Reply.Info(BotTexts.NoClosestPassage(answer.QuestionLanguage));
        var passage = answer.Results[0];
        return new Reply
        {
            Kind = ReplyKind.Answer,
            Title = passage.Citation.SourceTitle,
            Body = RichText.From(passage.Sentence),
            Context = passage.Sentence.Text == passage.Paragraph.Text ? null : RichText.From(passage.Paragraph),
            Footer = BotTexts.ClosestCaveat(answer.QuestionLanguage) + "\n" + Cite(passage.Citation),
        };
    }

    /// <summary>The best passage in each language other than the one shown.</summary>
    public static Reply RenderOtherLanguages(Answer answer, string key)
    {
        var shown = Pages(answer).FirstOrDefault()?.Citation.Language;
        var best = answer.Results.Count == 0 ? 0 : answer.Results.Max(result => result.Score);
        // Only passages that would answer on their own, not near misses that share a word or two.
        var byLanguage = answer.Results
            .Where(result => result.Citation.Language != shown)
            .Where(result => result.Coverage >= AnswerComposer.MinimumCoverage && result.Score >= best * OtherLanguageScoreShare)
            .GroupBy(result => result.Citation.Language)
            .Select(group => group.First())
            .ToList();
        if (byLanguage.Count == 0)
            return Reply.Info("No other language has a passage on this.");
        var body = RichText.Empty;
        foreach (var passage in byLanguage)
        {
            if (body.Spans.Count > 0)
                body = body.Append("\n\n");
            body = body.Append($"{Language.DisplayName(passage.Citation.Language)}: ", TextStyle.Bold)
                .Append(RichText.From(passage.Sentence))
                .Append("\n— " + Cite(passage.Citation), TextStyle.Italic);
        }
        return new Reply
        {
            Kind = ReplyKind.Info,
            Title = BotTexts.OtherLanguages,
            Body = body,
            Buttons = [new ReplyButton(BotTexts.Back, $"{MorePrefix}:{key}:0")],
        };
    }

    public static string Cite(Citation citation)
    {
        var parts = new List<string> { citation.SourceTitle };
        if (citation.Section is not null)
            parts.Add(citation.Section);
        parts.Add($"¶{citation.ParagraphNumber}");
        parts.Add(Language.DisplayName(citation.Language));
        return string.Join(" · ", parts);
    }
}
