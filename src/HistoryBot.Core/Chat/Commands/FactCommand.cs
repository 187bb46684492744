using HistoryBot.Core.Facts;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>/fact: a fact from the sources at random; /fact today: an event that happened on today's date.</summary>
public sealed class FactCommand(FactCatalog catalog, ISubscriptionStore subscriptions, RateLimiter rateLimiter, TimeProvider time, Random? random = null) : IChatCommand
{
    private readonly Random _random = random ?? Random.Shared;

    public CommandInfo Info { get; } = new(
        "fact",
        ChatRole.Member,
        "A fact from my sources; \"today\" for an event on today's date",
        new Dictionary<string, string>
        {
            ["lt"] = "Faktas iš mano šaltinių; „today“ – šios dienos įvykis",
            ["ro"] = "Un fapt din sursele mele; „today” – un eveniment din ziua de azi",
            ["tl"] = "Isang kaalaman mula sa aking sanggunian; \"today\" para sa pangyayari ngayong araw",
        },
        ArgumentName: "when",
        ArgumentDescription: "Leave empty for any fact, or \"today\" for an event that happened on today's date");

    public async Task<Reply> ExecuteAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        var argument = arguments.Trim().ToLowerInvariant();
        if (argument is not ("" or "today"))
            return Reply.Error("Use /fact for a fact from my sources, or /fact today for an event that happened on today's date.");
        // Facts count against the asker's question budget, so nobody floods a group with them.
        if (!rateLimiter.TryAcquire(message.Platform, message.UserId, out var retryAfter))
            return RateLimiter.Notice(retryAfter);

        var subscription = await subscriptions.GetAsync(new ChannelKey(message.Platform, message.ChatId), cancellationToken);
        // The chat's /settings language or else the asker's app language (ChatBot puts either in the hint), else the chat's daily-fact language, else English.
        var language = Language.Parse(message.LanguageHint?.Split('-', '_')[0]) ?? subscription?.Language ?? Language.English;
        var facts = await catalog.CurrentAsync(cancellationToken);
        if (facts.Count == 0)
            return Reply.Info(FactTexts.NoFacts(language));
        if (argument == "")
            return FactReplies.Random(FactChooser.Random(facts, language, _random)!, language);

        // "Today" in the chat's daily-fact time zone when it has one.
        var zone = (subscription is null ? null : TimeZones.Find(subscription.TimeZoneId)) ?? TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        if (FactChooser.OnThisDay(facts, today.Month, today.Day, language, _random) is { } onThisDay)
            return FactReplies.OnThisDay(onThisDay, language);

        var date = MonthNames.DayAndMonth(today.Month, today.Day, language);
        if (FactChooser.NextEventDay(facts, today.Month, today.Day, language) is { } next
            && FactChooser.OnThisDay(facts, next.Month, next.Day, language, _random) is { } nextEvent)
        {
            return FactReplies.Other(nextEvent, language, FactTexts.NothingOn(date, MonthNames.DayAndMonth(next.Month, next.Day, language), language));
        }
        return FactReplies.Other(FactChooser.Random(facts, language, _random)!, language, FactTexts.NothingOnAnyDay(date, language));
    }
}
