using HistoryBot.Core.Chat;
using HistoryBot.Core.Feedback;
using HistoryBot.Core.Gaps;
using HistoryBot.Core.State;
using HistoryBot.Core.Text;
using HistoryBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace HistoryBot.Core.Tests.Chat;

/// <summary>The weekly gaps digest: posted once a week per chat, never twice, retried when refused, skipped when missed.</summary>
public sealed class GapDigestTests : IDisposable
{
    private static readonly ChatId Chat = new("-100");
    private static readonly TextAnalyzer Analyzer = new();

    private readonly TempDirectory _temp = new();
    private readonly ManualTimeProvider _time = new();
    private readonly SqliteStateDatabase _database;
    private readonly SqlGapStore _gaps;
    private readonly RecordingTransport _transport = new();

    public GapDigestTests()
    {
        _database = new SqliteStateDatabase(_temp.Combine("state.db"));
        _gaps = new SqlGapStore(_database, _time);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>A second process on the same database: its own claims owner.</summary>
    private GapDigestScheduler Scheduler() => new(_gaps, new GapReport(_gaps, new SqlFeedbackStore(_database, _time), Analyzer),
        new SqlHandledOnceStore(_database, _time), new SqlLeaseStore(_database, _time), new GapDigestSignal(), [_transport], _time,
        NullLogger<GapDigestScheduler>.Instance);

    [Fact]
    public async Task The_digest_goes_out_once_a_week_from_each_process_at_most_once_and_covers_the_last_week_of_the_chat()
    {
        // Arrange
        var start = _time.GetUtcNow();
        await _gaps.SaveDigestAsync(new GapDigest(Platform.Telegram, Chat, AllChats: false, start, "mod"));
        var first = Scheduler();
        var second = Scheduler();

        // Act
        var early = await first.RunDueAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(3));
        await _gaps.RecordUnansweredAsync(Platform.Telegram, Chat, "How tall is Mount Everest?", "en");
        await _gaps.RecordUnansweredAsync(Platform.Telegram, new ChatId("-200"), "Boiling point of water?", "en");
        _time.Advance(TimeSpan.FromDays(4) + TimeSpan.FromMinutes(5));
        await first.RunDueAsync(CancellationToken.None);
        await second.RunDueAsync(CancellationToken.None);
        await first.RunDueAsync(CancellationToken.None);

        // Assert
        Assert.Equal(start + TimeSpan.FromDays(7), early);
        var post = Assert.Single(_transport.Sent);
        Assert.Equal(Chat, post.Chat);
        Assert.False(post.Reply.Private);
        Assert.Equal("Coverage gaps, last 7 days (this chat)", post.Reply.Title);
        Assert.Contains("Mount Everest", post.Reply.Body.ToPlainText());
        Assert.DoesNotContain("Boiling", post.Reply.Body.ToPlainText());
    }

    [Fact]
    public async Task A_refused_post_is_tried_again_a_missed_week_is_skipped_and_off_stops_it()
    {
        // Arrange
        await _gaps.SaveDigestAsync(new GapDigest(Platform.Telegram, Chat, AllChats: true, _time.GetUtcNow(), "admin"));
        var scheduler = Scheduler();
        _transport.Results.Enqueue(DeliveryResult.Failed);

        // Act: week 1 fails once, then goes out; week 2 is missed by two days; week 3 is off.
        _time.Advance(TimeSpan.FromDays(7));
        await scheduler.RunDueAsync(CancellationToken.None);
        await scheduler.RunDueAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(9));
        await scheduler.RunDueAsync(CancellationToken.None);
        var removed = await _gaps.RemoveDigestAsync(Platform.Telegram, Chat);
        _time.Advance(TimeSpan.FromDays(5));
        await scheduler.RunDueAsync(CancellationToken.None);

        // Assert: two attempts in week 1, nothing after.
        Assert.Equal(2, _transport.Sent.Count);
        Assert.Equal("Coverage gaps, last 7 days (all chats)", _transport.Sent[1].Reply.Title);
        Assert.True(removed);
    }

    private sealed class RecordingTransport : IChatTransport
    {
        public List<(ChatId Chat, Reply Reply)> Sent { get; } = [];

        public Queue<DeliveryResult> Results { get; } = new();

        public Platform Platform => Platform.Telegram;

        public Task<DeliveryResult> SendAsync(ChatId chat, Reply reply, CancellationToken cancellationToken = default)
        {
            Sent.Add((chat, reply));
            return Task.FromResult(Results.TryDequeue(out var result) ? result : DeliveryResult.Sent);
        }
    }
}
