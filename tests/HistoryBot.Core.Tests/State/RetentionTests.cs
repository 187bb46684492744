using HistoryBot.Core.Administration;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.State;
using HistoryBot.Core.Text;
using HistoryBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace HistoryBot.Core.Tests.State;

/// <summary>Retention runs while the bot runs (not only at start) and keeps what is young.</summary>
public sealed class RetentionTests
{
    private static readonly RetentionOptions Retention = new()
    {
        Questions = TimeSpan.FromDays(30),
        HandledIds = TimeSpan.FromDays(7),
        Audit = TimeSpan.FromDays(30),
        Trash = TimeSpan.FromDays(30),
        RateLimitState = TimeSpan.FromMinutes(10),
        Interval = TimeSpan.FromHours(1),
    };

    [Theory(Timeout = 20_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task A_running_bot_forgets_old_questions_handled_ids_audit_entries_and_idle_rate_limit_queues(StateProvider provider)
    {
        // Arrange
        using var state = new TestStateDatabase(provider);
        var time = new ManualTimeProvider();
        var database = state.Open();
        var questions = new SqlQuestionStore(database, time);
        var handled = new SqlHandledOnceStore(database, time);
        var audit = new SqlAuditLog(database);
        var limiter = new RateLimiter(Options.Create(new ChatOptions()), time);
        var options = Options.Create(Retention);
        using var service = new RetentionService(
            [new StateRetention(database, handled, options), new RateLimitRetention(limiter, options)], options, time, NullLogger<RetentionService>.Instance);

        var oldQuestion = await questions.RememberAsync("Who founded Vilnius?", "en");
        await handled.TryClaimAsync(new HandledKey(Platform.Telegram, "1:1"), null);
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), Platform.Telegram, new ChatId("1"), new UserId("2"), "Alice", "/reindex", "ok"));
        limiter.TryAcquire(Platform.Telegram, new UserId("2"), out _);
        await service.StartAsync(CancellationToken.None);
        await WaitForFirstSweepAsync(service);

        // Act: 20 days later (only the handled id is old), then 11 more (the question and audit entry too).
        await AdvanceAndWaitForSweepAsync(service, time, TimeSpan.FromDays(20));
        var handledAfter20Days = await new SqlHandledOnceStore(database, time).TryClaimAsync(new HandledKey(Platform.Telegram, "1:1"), null);
        var questionAfter20Days = await questions.RecallAsync(oldQuestion);
        var youngQuestion = await questions.RememberAsync("When was Trakai built?", "en");
        await AdvanceAndWaitForSweepAsync(service, time, TimeSpan.FromDays(11));
        await service.StopAsync(CancellationToken.None);

        // Assert
        Assert.True(handledAfter20Days);
        Assert.NotNull(questionAfter20Days);
        Assert.Null(await questions.RecallAsync(oldQuestion));
        Assert.NotNull(await questions.RecallAsync(youngQuestion));
        Assert.Empty(await audit.RecentAsync(10));
        Assert.Equal(0, limiter.Tracked);
    }

    [Fact(Timeout = 20_000)]
    public async Task Removed_sources_leave_the_trash_once_past_the_retention_also_while_the_bot_runs()
    {
        // Arrange
        using var temp = new TempDirectory();
        var time = new ManualTimeProvider();
        var storage = Options.Create(new StorageOptions { DataDirectory = temp.Combine("data"), SourcesDirectory = temp.Combine("sources") });
        var sources = new SourceManager(storage, new CorpusLoader(new LanguageDetector()), time);
        Directory.CreateDirectory(sources.TrashDirectory);
        var old = Path.Combine(sources.TrashDirectory, "old.txt");
        var young = Path.Combine(sources.TrashDirectory, "young.txt");
        File.WriteAllText(old, "Removed long ago.");
        File.WriteAllText(young, "Removed yesterday.");
        File.SetLastWriteTimeUtc(old, (time.GetUtcNow() - TimeSpan.FromDays(40)).UtcDateTime);
        File.SetLastWriteTimeUtc(young, (time.GetUtcNow() - TimeSpan.FromDays(1)).UtcDateTime);
        var options = Options.Create(Retention);
        using var service = new RetentionService([new TrashRetention(sources, options)], options, time, NullLogger<RetentionService>.Instance);

        // Act
        await service.StartAsync(CancellationToken.None);
        await WaitForFirstSweepAsync(service);
        var atStart = sources.Trash().Select(item => item.Name).ToList();
        await AdvanceAndWaitForSweepAsync(service, time, TimeSpan.FromDays(30));
        var aMonthLater = sources.Trash().Select(item => item.Name).ToList();
        await service.StopAsync(CancellationToken.None);

        // Assert
        Assert.Equal(["young.txt"], atStart);
        Assert.False(File.Exists(old));
        Assert.Empty(aMonthLater);
    }

    /// <summary>
    /// Moves the clock by <paramref name="by"/> and waits for the sweep that follows. The service
    /// may not have set its next timer yet, so the clock goes on a minute at a time until it does.
    /// </summary>
    private static async Task AdvanceAndWaitForSweepAsync(RetentionService service, ManualTimeProvider time, TimeSpan by)
    {
        var target = time.GetUtcNow() + by;
        time.Advance(by);
        while (service.LastSweep is not { } last || last < target)
        {
            await Task.Delay(20);
            if (service.LastSweep is not { } seen || seen < target)
                time.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private static async Task WaitForFirstSweepAsync(RetentionService service)
    {
        while (service.LastSweep is null)
            await Task.Delay(10);
    }
}
