using System.ComponentModel.DataAnnotations;

namespace HistoryBot.Core.Facts;

/// <summary>The daily-fact scheduler's settings (section "DailyFacts").</summary>
public sealed class DailyFactOptions
{
    public const string Section = "DailyFacts";

    /// <summary>False in a replica that should never post (another one does).</summary>
    public bool SchedulerEnabled { get; init; } = true;

    /// <summary>
    /// How long the daily-fact leader's lease lasts. Only the leader posts; it renews the lease
    /// every third of this, and when it dies another replica takes over once the lease ran out.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "DailyFacts:LeaderLease must be between 00:00:01 and 00:10:00.")]
    public TimeSpan LeaderLease { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the scheduler looks again when nothing is due: picks up changes other processes made.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00", ErrorMessage = "DailyFacts:PollInterval must be between 00:00:05 and 1.00:00:00.")]
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a claim on a day's post holds before another process may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00", ErrorMessage = "DailyFacts:ClaimLease must be between 00:00:10 and 01:00:00.")]
    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The wait before a failed post is tried again the same day.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "06:00:00", ErrorMessage = "DailyFacts:RetryDelay must be between 00:00:10 and 06:00:00.")]
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Tries per chat and day before the day is given up.</summary>
    [Range(1, 50, ErrorMessage = "DailyFacts:MaxAttempts must be between 1 and 50.")]
    public int MaxAttempts { get; init; } = 5;
}
