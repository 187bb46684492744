using System.Globalization;
using HistoryBot.Core.Administration;
using HistoryBot.Core.Gaps;
using HistoryBot.Core.State;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>
/// /gaps [period] | weekly here | off: the questions the sources did not answer and the answers
/// that got the most 👎, grouped by wording. Bot admins see every chat; a chat's moderators see
/// their own chat only. A weekly digest is posted by <see cref="GapDigestScheduler"/>. Changes
/// (weekly, off) and refused input are written to the audit log.
/// </summary>
public sealed class GapsCommand(
    GapReport report,
    IGapStore gaps,
    AdminAudit audit,
    GapDigestSignal signal,
    IOptions<RetentionOptions> retention,
    TimeProvider time) : IChatCommand
{
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(30);
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(365);

    private const string Usage = """
        /gaps [period] — unanswered questions and the most 👎 answers, grouped by wording (period: 7d, 2w; default 30d)
        /gaps weekly here — post that digest of the last 7 days here every week
        /gaps off — stop the weekly digest here
        """;

    public CommandInfo Info { get; } = new(
        "gaps",
        ChatRole.Moderator,
        "Questions I could not answer and answers with 👎",
        new Dictionary<string, string>
        {
            ["lt"] = "Neatsakyti klausimai ir atsakymai su 👎",
            ["ro"] = "Întrebări fără răspuns și răspunsuri cu 👎",
            ["tl"] = "Mga tanong na hindi nasagot at mga sagot na may 👎",
        },
        ArgumentName: "period",
        ArgumentDescription: "7d, 2w (default 30d) · weekly here · off");

    public async Task<Reply> ExecuteAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = words.Length == 0 ? "" : words[0].ToLowerInvariant();
        // Bot admins see every chat; a chat's moderators their own.
        var allChats = message.Role >= ChatRole.Admin;
        switch (first)
        {
            case "weekly" when words.Length == 2 && words[1].Equals("here", StringComparison.OrdinalIgnoreCase):
                await gaps.SaveDigestAsync(new GapDigest(message.Platform, message.ChatId, allChats, time.GetUtcNow(), message.UserName), cancellationToken);
                signal.Notify();
                await AuditAsync(message, "gaps weekly here", allChats ? "weekly digest of every chat on" : "weekly digest of this chat on", cancellationToken);
                var scope = allChats ? "all chats" : "this chat";
                var on = $"Every week from now I post here the unanswered questions and 👎 answers of the last 7 days ({scope}). /gaps off stops it.";
                return Reply.Info(on, "Coverage gaps") with { Private = true };
            case "off" when words.Length == 1:
                var removed = await gaps.RemoveDigestAsync(message.Platform, message.ChatId, cancellationToken);
                await AuditAsync(message, "gaps off", removed ? "weekly digest off" : "no weekly digest here", cancellationToken);
                return Reply.Info(removed ? "The weekly gaps digest here is off." : "There was no weekly gaps digest here.", "Coverage gaps") with { Private = true };
            case "help":
                return Reply.Info(Usage, "Coverage gaps") with { Private = true };
        }
        if (words.Length > 1 || (first.Length > 0 && ParsePeriod(first) is null))
        {
            await AuditAsync(message, "gaps " + BotTexts.Truncate(arguments.Trim(), 100), "rejected: bad arguments", cancellationToken);
            return Reply.Error($"I don't understand \"/gaps {BotTexts.Truncate(arguments.Trim(), 40)}\". A period is a number of days or weeks, up to {MaxPeriod.TotalDays:0} days.\n{Usage}");
        }
        var period = first.Length == 0 ? DefaultPeriod : ParsePeriod(first)!.Value;
        var reply = await report.RenderAsync(period, time.GetUtcNow(), allChats ? null : message.Platform, allChats ? null : message.ChatId, cancellationToken);
        var kept = retention.Value.Questions;
        return period > kept
            ? reply with { Footer = $"Questions are kept {GapReport.Days(kept)} (Retention:Questions); older ones are gone." }
            : reply;
    }

    /// <summary>"7d", "2w", "30" (days): a period up to <see cref="MaxPeriod"/>; null when not one.</summary>
    public static TimeSpan? ParsePeriod(string text)
    {
        var unit = text[^1] switch { 'd' => 1, 'w' => 7, _ => 0 };
        var digits = unit == 0 ? text : text[..^1];
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            return null;
        var days = (long)count * Math.Max(unit, 1);
        return days > MaxPeriod.TotalDays ? null : TimeSpan.FromDays(days);
    }

    private Task AuditAsync(ChatMessage message, string action, string result, CancellationToken cancellationToken) =>
        audit.RecordAsync(AdminActor.From(message), action, result, cancellationToken);

}
