using System.Globalization;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Feedback;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Gaps;

/// <summary>
/// The coverage-gaps report: unanswered questions and 👎 answers over a period, grouped per
/// language by similar wording. Two questions are alike when their stems (the same analysis the
/// index uses: folded, stop words dropped, stemmed) overlap by at least half (Jaccard), so
/// "Who was the first king of Mars?" and "who was the 1st King of Mars" fall together.
/// No member names: the stores keep none.
/// </summary>
public sealed class GapReport(IGapStore gaps, IFeedbackStore feedback, TextAnalyzer analyzer)
{
    public const double Similarity = 0.5;
    public const int MaxGroups = 10;

    public async Task<(IReadOnlyList<GapGroup> NotFound, IReadOnlyList<GapGroup> Downvoted)> BuildAsync(
        DateTimeOffset since, Platform? platform, ChatId? chat, CancellationToken cancellationToken)
    {
        var unanswered = await gaps.UnansweredAsync(since, platform, chat, cancellationToken);
        var downvotes = await feedback.DownvotesAsync(since, platform, chat, cancellationToken);
        var notFound = Group(unanswered.Select(question => new Item(question.Question, question.Language, question.At, null, null)));
        var downvoted = Group(downvotes.Select(vote => new Item(vote.Question, vote.Language ?? Text.Language.Unknown, vote.At,
            $"{vote.SourceId} ¶{vote.ParagraphNumber}", vote.Reason)));
        return (notFound, downvoted);
    }

    /// <summary>The report as a reply: a section per kind and language, the most asked first.</summary>
    public async Task<Reply> RenderAsync(TimeSpan period, DateTimeOffset now, Platform? platform, ChatId? chat, CancellationToken cancellationToken)
    {
        var (notFound, downvoted) = await BuildAsync(now - period, platform, chat, cancellationToken);
        var scope = chat is null ? "all chats" : "this chat";
        var title = $"Coverage gaps, last {Days(period)} ({scope})";
        if (notFound.Count == 0 && downvoted.Count == 0)
            return Reply.Info("No unanswered questions and no 👎 in this period.", title) with { Private = true };

        var body = RichText.Empty;
        body = Section(body, "Not found", notFound, group => $"{group.Count}× “{group.Wording}”{More(group)} · last {Time(group.LastAsked)}");
        body = Section(body, "Most 👎", downvoted, group =>
            $"{group.Count}× 👎 “{group.Wording}”{More(group)} → {group.Answer} · last {Time(group.LastAsked)}"
            + (group.Reasons is { Count: > 0 } reasons ? " · " + string.Join("; ", reasons.Take(3).Select(reason => $"“{reason}”")) : ""));
        return new Reply { Kind = ReplyKind.Info, Title = title, Body = body, Private = true };
    }

    public static string Days(TimeSpan period) => period.TotalDays == 1 ? "day" : $"{period.TotalDays:0} days";

    private IReadOnlyList<GapGroup> Group(IEnumerable<Item> items)
    {
        var clusters = new List<Cluster>();
        // Newest first, so a group's "last asked" is its first member.
        foreach (var item in items.OrderByDescending(item => item.At))
        {
            var stems = Stems(item.Question, item.Language);
            var home = clusters.FirstOrDefault(cluster => cluster.Language == item.Language && cluster.Answer == item.Answer && Jaccard(cluster.Stems, stems) >= Similarity);
            if (home is null)
            {
                home = new Cluster(item.Language, item.Answer, stems);
                clusters.Add(home);
            }
            home.Items.Add(item);
        }
        return clusters
            .Select(cluster => new GapGroup(
                cluster.Language,
                // The most common wording; on a tie the newest (items are newest first, and the sort is stable).
                cluster.Items.GroupBy(item => item.Question.Trim(), StringComparer.OrdinalIgnoreCase).OrderByDescending(wording => wording.Count()).First().Key,
                cluster.Items.Count,
                cluster.Items.Select(item => item.Question.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
                cluster.Items[0].At,
                cluster.Answer,
                cluster.Items.Where(item => item.Reason is not null).Select(item => item.Reason!).ToList()))
            .OrderByDescending(group => group.Count).ThenByDescending(group => group.LastAsked)
            .ToList();
    }

    private HashSet<string> Stems(string question, string language)
    {
        var stems = analyzer.Analyze(question, Text.Language.IsSupported(language) ? language : Text.Language.English)
            .Where(token => token.Stem is not null)
            .Select(token => token.Stem!)
            .ToHashSet(StringComparer.Ordinal);
        // A question of stop words only is grouped by its folded words.
        return stems.Count > 0 ? stems : analyzer.Tokenize(question).Select(token => token.Folded).ToHashSet(StringComparer.Ordinal);
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
            return 1;
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static RichText Section(RichText body, string heading, IReadOnlyList<GapGroup> groups, Func<GapGroup, string> line)
    {
        foreach (var language in groups.Select(group => group.Language).Distinct())
        {
            if (body.Spans.Count > 0)
                body = body.Append("\n\n");
            body = body.Append($"{heading} — {Text.Language.DisplayName(language)}", TextStyle.Bold);
            foreach (var group in groups.Where(group => group.Language == language).Take(MaxGroups))
                body = body.Append("\n• " + line(group));
        }
        return body;
    }

    private static string More(GapGroup group) => group.Wordings > 1 ? $" (+{group.Wordings - 1} similar)" : "";

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private sealed record Item(string Question, string Language, DateTimeOffset At, string? Answer, string? Reason);

    private sealed class Cluster(string language, string? answer, HashSet<string> stems)
    {
        public string Language { get; } = language;

        public string? Answer { get; } = answer;

        public HashSet<string> Stems { get; } = stems;

        public List<Item> Items { get; } = [];
    }
}
