using System.ComponentModel.DataAnnotations;

namespace HistoryBot.Core.State;

/// <summary>How long the bot keeps what would otherwise grow forever (section "Retention").</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Questions remembered for the buttons under an answer (asking again renews one), votes under answers and unanswered questions (for /gaps).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00", ErrorMessage = "Retention:Questions must be between 00:01:00 and 3650.00:00:00.")]
    public TimeSpan Questions { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Handled Telegram update and Discord event ids (Telegram redelivers for 24 hours at most).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:HandledIds must be between 1.00:00:00 and 3650.00:00:00.")]
    public TimeSpan HandledIds { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Audit log entries.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "36500.00:00:00", ErrorMessage = "Retention:Audit must be between 1.00:00:00 and 36500.00:00:00.")]
    public TimeSpan Audit { get; init; } = TimeSpan.FromDays(365);

    /// <summary>Removed sources in the trash (restorable with /restoresource until then).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "36500.00:00:00", ErrorMessage = "Retention:Trash must be between 00:01:00 and 36500.00:00:00.")]
    public TimeSpan Trash { get; init; } = TimeSpan.FromDays(30);

    /// <summary>In-memory rate-limit state (a member's recent questions, a Discord route's bucket) unused this long.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Retention:RateLimitState must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan RateLimitState { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the retention runs while the bot runs (also once at start).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Retention:Interval must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan Interval { get; init; } = TimeSpan.FromHours(1);
}
