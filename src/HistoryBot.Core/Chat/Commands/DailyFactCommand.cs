using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HistoryBot.Core.Administration;
using HistoryBot.Core.Facts;
using HistoryBot.Core.State;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>
/// /dailyfact set|off|now|status: a chat's moderators run its fact of the day. Every use is
/// written to the audit log, refusals of bad input included; bad input changes nothing. Every
/// use counts against the user's question limit (anyone who creates a group moderates it), and
/// a use over the limit is neither run nor audited, so nobody floods the audit view.
/// </summary>
public sealed partial class DailyFactCommand(
    ISubscriptionStore subscriptions,
    IFactPostLog posts,
    IFactRotationStore rotations,
    FactCatalog catalog,
    DailyFactPoster poster,
    FactScheduleSignal signal,
    AdminAudit audit,
    RateLimiter rateLimiter,
    TimeProvider time) : IChatCommand
{
    private const int MaxAuditedArguments = 200;

    private static readonly string Languages = string.Join(", ", Language.All.Select(code => $"{code} ({Language.DisplayName(code)})"));

    private static readonly string Usage = $"""
        /dailyfact set <HH:MM> [time zone] [language] — post a fact here every day at that local time (default UTC, English)
        /dailyfact off — stop the daily fact
        /dailyfact now — post today's fact now (it counts as today's)
        /dailyfact status — time, zone, language, next post, facts left before the cycle repeats
        Time zones are IANA names such as {TimeZones.Examples}. Languages: {Languages}.
        Example: /dailyfact set 09:00 Europe/Vilnius lt
        """;

    public CommandInfo Info { get; } = new(
        "dailyfact",
        ChatRole.Moderator,
        "Run this chat's daily history fact: set, off, now, status",
        new Dictionary<string, string>
        {
            ["lt"] = "Šio pokalbio dienos faktas: set, off, now, status",
            ["ro"] = "Faptul istoric zilnic al acestui chat: set, off, now, status",
            ["tl"] = "Ang pang-araw-araw na kaalaman ng chat na ito: set, off, now, status",
        },
        ArgumentName: "action",
        ArgumentDescription: "set <HH:MM> [time zone] [language] · off · now · status",
        AllowedInPrivateChats: true);

    public async Task<Reply> ExecuteAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        if (!rateLimiter.TryAcquire(message.Platform, message.UserId, out var retryAfter))
            return RateLimiter.Notice(retryAfter);
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var channel = new ChannelKey(message.Platform, message.ChatId);
        var action = words.Length == 0 ? "" : words[0].ToLowerInvariant();
        var (reply, result) = action switch
        {
            "set" => await SetAsync(message, channel, words[1..], cancellationToken),
            "off" => await OffAsync(channel, cancellationToken),
            "now" => await NowAsync(channel, cancellationToken),
            "status" => await StatusAsync(channel, cancellationToken),
            "" or "help" => (Reply.Info(Usage, "Daily fact") with { Private = true }, "usage shown"),
            _ => (Reply.Error($"I don't know \"/dailyfact {BotTexts.Truncate(words[0], 32)}\".\n{Usage}"), "rejected: unknown action"),
        };

        var audited = arguments.Trim();
        await audit.RecordAsync(AdminActor.From(message), "dailyfact " + BotTexts.Truncate(audited, MaxAuditedArguments), result, cancellationToken);
        return reply;
    }

    private async Task<(Reply, string)> SetAsync(ChatMessage message, ChannelKey channel, string[] words, CancellationToken cancellationToken)
    {
        if (words.Length == 0)
            return Rejected($"Tell me the time: /dailyfact set <HH:MM> [time zone] [language], e.g. /dailyfact set 09:00 Europe/Vilnius lt.", "no time");
        if (words.Length > 3)
            return Rejected($"Too many words after \"set\": give a time, then at most a time zone and a language, e.g. /dailyfact set 09:00 Europe/Vilnius lt.", "too many arguments");
        if (ParseTime(words[0]) is not { } postTime)
            return Rejected($"\"{BotTexts.Truncate(words[0], 32)}\" is not a time of day. Use 24-hour HH:MM from 00:00 to 23:59, e.g. 09:00 or 18:30.", "bad time");

        var existing = await subscriptions.GetAsync(channel, cancellationToken);
        TimeZoneInfo? zone = null;
        string? language = null;
        foreach (var word in words[1..])
        {
            if (Language.Parse(word) is { } code && language is null)
            {
                language = code;
                continue;
            }
            if (zone is null && TimeZones.TryFind(word, out var found))
            {
                zone = found;
                continue;
            }
            return Rejected(Unknown(word, zone is not null, language is not null), "bad time zone or language");
        }
        // What is not given stays as it was (UTC and English for a new daily fact).
        zone ??= (existing is null ? null : TimeZones.Find(existing.TimeZoneId)) ?? TimeZoneInfo.Utc;
        language ??= existing?.Language ?? Language.English;

        var now = time.GetUtcNow();
        var subscription = new Subscription(channel, postTime, zone.Id, language, Active: true, Since: now, SetBy: message.UserName);
        await subscriptions.SaveAsync(subscription, cancellationToken);
        signal.Notify();

        var schedule = new DailySchedule(postTime, zone);
        var next = await NextPostAsync(subscription, schedule, now, cancellationToken);
        var text = $"Daily fact on: every day at {Describe(subscription, schedule, now)}.\nNext post: {DescribeInstant(next, schedule, now)}.";
        if (!poster.CanPostTo(channel.Platform))
            text += $"\nNote: this process cannot post to {channel.Platform} chats; a process that can will post.";
        return (Reply.Info(text, "Daily fact") with { Private = true }, $"ok: {postTime:HH\\:mm} {zone.Id} {language}");
    }

    private async Task<(Reply, string)> OffAsync(ChannelKey channel, CancellationToken cancellationToken)
    {
        if (!await subscriptions.DeactivateAsync(channel, "turned off with /dailyfact off", cancellationToken))
            return (Reply.Info("This chat has no daily fact to turn off.") with { Private = true }, "nothing to turn off");
        signal.Notify();
        return (Reply.Info("Daily facts are off in this chat. /dailyfact set <HH:MM> turns them back on.", "Daily fact") with { Private = true }, "ok: off");
    }

    private async Task<(Reply, string)> NowAsync(ChannelKey channel, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(channel, cancellationToken);
        if (subscription is not { Active: true })
            return Rejected("This chat has no daily fact. Start one first, e.g. /dailyfact set 09:00 Europe/Vilnius lt.", "no subscription");
        if (DailySchedule.For(subscription) is not { } schedule)
            return Rejected($"The time zone {subscription.TimeZoneId} is not known here any more; set it again with /dailyfact set.", "unknown stored time zone");

        var now = time.GetUtcNow();
        var today = schedule.LocalDate(now);
        var outcome = await poster.PostAsync(subscription, today, manual: true, cancellationToken);
        var tomorrow = DescribeInstant(schedule.DueAt(today.AddDays(1)), schedule, now);
        var (text, result) = outcome.Result switch
        {
            PostAttemptResult.Sent => ($"Posted today's fact. The next one comes {tomorrow}.", "ok: posted " + outcome.Fact!.Id),
            PostAttemptResult.AlreadyPosted => ($"Today's fact was already posted{At(outcome.Post?.FinishedAt, schedule)}; one a day. The next one comes {tomorrow}.", "already posted today"),
            PostAttemptResult.InProgress => ("Today's fact is being posted right now.", "in progress"),
            PostAttemptResult.Unconfirmed => ("Today's post was interrupted while sending and may have gone out; to never post twice, I will not send it again today.", "unconfirmed today"),
            PostAttemptResult.RetryLater => ($"Posting failed ({outcome.Detail}); I will try again at {Local(outcome.RetryAt!.Value, schedule)}.", "failed: " + outcome.Detail),
            PostAttemptResult.GaveUp => ($"Posting today's fact failed too often ({outcome.Detail}); the next one comes {tomorrow}.", "gave up: " + outcome.Detail),
            PostAttemptResult.Forbidden => ("I may not post in this chat (I was removed or blocked), so daily facts are now off here.", "forbidden: deactivated"),
            PostAttemptResult.NoFacts => ("My library has no facts to post yet.", "no facts"),
            _ => ($"I cannot post to {channel.Platform} chats from this process.", "no transport"),
        };
        var kind = outcome.Result is PostAttemptResult.Sent or PostAttemptResult.AlreadyPosted or PostAttemptResult.InProgress ? ReplyKind.Info : ReplyKind.Error;
        return (new Reply { Kind = kind, Title = "Daily fact", Body = RichText.Plain(text), Private = true }, result);
    }

    private async Task<(Reply, string)> StatusAsync(ChannelKey channel, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(channel, cancellationToken);
        if (subscription is null)
            return (Reply.Info("This chat has no daily fact. Start one with /dailyfact set 09:00 Europe/Vilnius lt.", "Daily fact") with { Private = true }, "status: none");
        if (!subscription.Active)
            return (Reply.Info($"Daily facts are off here ({subscription.InactiveReason ?? "turned off"}). /dailyfact set <HH:MM> turns them back on.", "Daily fact") with { Private = true }, "status: off");
        if (DailySchedule.For(subscription) is not { } schedule)
            return Rejected($"The time zone {subscription.TimeZoneId} is not known here any more; set it again with /dailyfact set.", "status: unknown stored time zone");

        var now = time.GetUtcNow();
        var lines = new StringBuilder();
        lines.AppendLine($"Every day at {Describe(subscription, schedule, now)}; set by {subscription.SetBy}.");
        lines.AppendLine($"Next post: {DescribeInstant(await NextPostAsync(subscription, schedule, now, cancellationToken), schedule, now)}.");
        var today = await posts.GetAsync(channel, schedule.LocalDate(now), cancellationToken);
        if (today is not null)
            lines.AppendLine($"Today: {DescribeToday(today, schedule)}.");

        var facts = await catalog.CurrentAsync(cancellationToken);
        var cycle = await rotations.CurrentCycleAsync(channel, cancellationToken);
        var posted = await posts.PostedInCycleAsync(channel, cycle, cancellationToken);
        var left = FactChooser.LeftInCycle(facts, posted);
        var inLanguage = facts.All.Count(fact => fact.Language == subscription.Language && !posted.Contains(fact.Id));
        lines.Append($"Facts left before the cycle repeats: {left} of {facts.Count} ({inLanguage} in {Language.DisplayName(subscription.Language)}; cycle {cycle}).");
        return (Reply.Info(lines.ToString(), "Daily fact") with { Private = true }, "status shown");
    }

    /// <summary>
    /// When the scheduler will post next: today's time (late if it passed) while today has no post
    /// and the time was set before it, a failed post's retry, else tomorrow's time.
    /// </summary>
    private async Task<DateTimeOffset> NextPostAsync(Subscription subscription, DailySchedule schedule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = schedule.LocalDate(now);
        var due = schedule.DueAt(today);
        return await posts.GetAsync(subscription.Channel, today, cancellationToken) switch
        {
            null when due >= subscription.Since => due,
            { Status: DailyPostState.Failed, RetryAt: { } retry } => retry,
            _ => schedule.DueAt(today.AddDays(1)),
        };
    }

    private static (Reply, string) Rejected(string text, string reason) => (Reply.Error(text), "rejected: " + reason);

    private static string Unknown(string word, bool haveZone, bool haveLanguage)
    {
        var shown = BotTexts.Truncate(word, 40);
        if (haveZone && TimeZones.TryFind(word, out _))
            return $"Two time zones given; give one, e.g. /dailyfact set 09:00 Europe/Vilnius lt.";
        if (haveLanguage && Language.Parse(word) is not null)
            return $"Two languages given; give one of: {Languages}.";
        if (word.Contains('/'))
            return $"I don't know the time zone \"{shown}\". Use an IANA time zone name such as {TimeZones.Examples}.";
        if (word.Length <= 3)
            return $"I don't know the language \"{shown}\". Use one of: {Languages}.";
        return $"\"{shown}\" is neither a time zone nor a language I know. Time zones are IANA names such as {TimeZones.Examples}; languages: {Languages}.";
    }

    private static TimeOnly? ParseTime(string text)
    {
        var match = TimePattern().Match(text);
        return match.Success
            ? new TimeOnly(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    private static string Describe(Subscription subscription, DailySchedule schedule, DateTimeOffset now)
    {
        var offset = schedule.Zone.GetUtcOffset(now);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return $"{subscription.Time:HH\\:mm} {schedule.Zone.Id} (now UTC{sign}{offset.Duration():hh\\:mm}), in {Language.DisplayName(subscription.Language)}";
    }

    private static string DescribeInstant(DateTimeOffset instant, DailySchedule schedule, DateTimeOffset now)
    {
        var wait = instant - now;
        var when = wait <= TimeSpan.Zero
            ? "any moment now (it is late)"
            : wait.TotalHours >= 1 ? $"in {(int)wait.TotalHours} h {wait.Minutes} min" : $"in {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} min";
        return $"{Local(instant, schedule)} ({when})";
    }

    private static string DescribeToday(DailyPost post, DailySchedule schedule) => post.Status switch
    {
        DailyPostState.Sent => $"posted{At(post.FinishedAt, schedule)}{(post.OnThisDay ? " (on this day)" : "")}",
        DailyPostState.Failed => $"failed ({post.Detail}); retrying{(post.RetryAt is { } retry ? " at " + Local(retry, schedule) : "")}",
        DailyPostState.Forbidden => "I may not post here",
        DailyPostState.GaveUp => $"gave up ({post.Detail})",
        DailyPostState.Unconfirmed => "interrupted while sending; not sent again",
        _ => "being posted",
    };

    private static string At(DateTimeOffset? instant, DailySchedule schedule) =>
        instant is { } at ? " at " + TimeZoneInfo.ConvertTime(at, schedule.Zone).ToString("HH:mm", CultureInfo.InvariantCulture) : "";

    private static string Local(DateTimeOffset instant, DailySchedule schedule) =>
        TimeZoneInfo.ConvertTime(instant, schedule.Zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);


    [GeneratedRegex(@"^([01]?[0-9]|2[0-3]):([0-5][0-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
