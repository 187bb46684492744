using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Diagnostics;

/// <summary>
/// The bot's measurements, on the meter "HistoryBot" (exported over OTLP when configured),
/// with running totals kept for /status.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "HistoryBot";

    private readonly Counter<long> _questions;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _reindexes;
    private readonly Histogram<double> _reindexDuration;
    private readonly Counter<long> _dailyFacts;
    private readonly Counter<long> _platformErrors;
    private readonly Counter<long> _votes;
    private readonly ConcurrentDictionary<string, long> _totals = new(StringComparer.Ordinal);

    public BotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _questions = meter.CreateCounter<long>("historybot.questions", "{question}", "Questions by platform and outcome (found, not_found, refused, rate_limited, error)");
        _answerDuration = meter.CreateHistogram<double>("historybot.answer.duration", "ms", "Time to answer a question");
        _reindexes = meter.CreateCounter<long>("historybot.reindexes", "{reindex}", "Index builds by result (ok, failed)");
        _reindexDuration = meter.CreateHistogram<double>("historybot.reindex.duration", "s", "Time to build an index generation");
        _dailyFacts = meter.CreateCounter<long>("historybot.daily_facts", "{post}", "Daily facts by platform and result (posted, failed, forbidden)");
        _votes = meter.CreateCounter<long>("historybot.feedback.votes", "{vote}", "Votes under answers by platform, vote (up, down, reason) and what the press did (cast, changed, withdrawn)");
        _platformErrors = meter.CreateCounter<long>("historybot.platform.errors", "{error}", "Platform API errors by platform and kind (error, rate_limited)");
    }

    public void Question(Platform platform, QuestionOutcome outcome, TimeSpan duration)
    {
        var tags = new TagList { { "platform", Tag(platform) }, { "outcome", Tag(outcome) } };
        _questions.Add(1, tags);
        _answerDuration.Record(duration.TotalMilliseconds, tags);
        Count($"questions {Tag(outcome)}");
    }

    public void Reindex(bool succeeded, TimeSpan duration)
    {
        var tags = new TagList { { "result", succeeded ? "ok" : "failed" } };
        _reindexes.Add(1, tags);
        _reindexDuration.Record(duration.TotalSeconds, tags);
        Count(succeeded ? "reindexes ok" : "reindexes failed");
    }

    public void DailyFact(Platform platform, DeliveryResult result)
    {
        var outcome = result switch
        {
            DeliveryResult.Sent => "posted",
            DeliveryResult.Forbidden => "forbidden",
            _ => "failed",
        };
        _dailyFacts.Add(1, new TagList { { "platform", Tag(platform) }, { "result", outcome } });
        Count($"daily facts {outcome}");
    }

    public void PlatformError(Platform platform, bool rateLimited)
    {
        var kind = rateLimited ? "rate_limited" : "error";
        _platformErrors.Add(1, new TagList { { "platform", Tag(platform) }, { "kind", kind } });
        Count($"{Tag(platform)} API {kind.Replace('_', ' ')}");
    }

    public void Vote(Platform platform, Feedback.VoteDirection direction, Feedback.VoteOutcome outcome)
    {
        var vote = direction == Feedback.VoteDirection.Up ? "up" : "down";
        var did = outcome.ToString().ToLowerInvariant();
        _votes.Add(1, new TagList { { "platform", Tag(platform) }, { "vote", vote }, { "outcome", did } });
        Count($"votes {vote} {did}");
    }

    /// <summary>A 👎 that got its optional reason.</summary>
    public void VoteReason(Platform platform)
    {
        _votes.Add(1, new TagList { { "platform", Tag(platform) }, { "vote", "reason" }, { "outcome", "cast" } });
        Count("votes reasons");
    }

    /// <summary>The totals since start, by name, for /status.</summary>
    public IReadOnlyDictionary<string, long> Totals() => new SortedDictionary<string, long>(_totals, StringComparer.Ordinal);

    private void Count(string name) => _totals.AddOrUpdate(name, 1, (_, value) => value + 1);

    private static string Tag(Platform platform) => platform.ToString().ToLowerInvariant();

    private static string Tag(QuestionOutcome outcome) => outcome switch
    {
        QuestionOutcome.Found => "found",
        QuestionOutcome.NotFound => "not_found",
        QuestionOutcome.Refused => "refused",
        QuestionOutcome.RateLimited => "rate_limited",
        _ => "error",
    };
}
