using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Facts;

/// <summary>The daily-fact lines of /status: subscribed chats and the facts of the serving index.</summary>
public sealed class DailyFactStatus(ISubscriptionStore subscriptions, FactCatalog catalog) : IStatusContributor
{
    public async Task<IReadOnlyList<string>> LinesAsync(CancellationToken cancellationToken)
    {
        var active = await subscriptions.ActiveAsync(cancellationToken);
        var facts = await catalog.CurrentAsync(cancellationToken);
        var byPlatform = active.GroupBy(subscription => subscription.Channel.Platform)
            .OrderBy(group => group.Key)
            .Select(group => $"{group.Key.ToString().ToLowerInvariant()} {group.Count()}");
        var byLanguage = facts.CountByLanguage.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}");
        return
        [
            $"Daily facts: {active.Count} {(active.Count == 1 ? "chat" : "chats")} subscribed{(active.Count > 0 ? $" ({string.Join(", ", byPlatform)})" : "")}; " +
            $"{facts.Count} facts ({string.Join(", ", byLanguage)}), {facts.All.Count(fact => fact.Date?.Precision == DatePrecision.Day)} with a day for \"on this day\"",
        ];
    }
}
