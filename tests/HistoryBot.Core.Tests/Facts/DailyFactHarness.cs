using System.Collections.Concurrent;
using HistoryBot.Core.Administration;
using HistoryBot.Core.Answers;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Chat.Commands;
using HistoryBot.Core.Facts;
using HistoryBot.Core.State;
using HistoryBot.Testing;
using Microsoft.Extensions.Options;
using Moq;

namespace HistoryBot.Core.Tests.Facts;

/// <summary>
/// One bot process on a state database file: real SQLite stores, the real poster, scheduler and
/// commands, a fake clock, and a strict transport mock that records what it was asked to send.
/// Two harnesses on one file are two processes sharing a state store.
/// </summary>
public sealed class DailyFactHarness
{
    public const string Chat = "-100123";

    public DailyFactHarness(FactCatalog catalog, string statePath, ManualTimeProvider time, DailyFactOptions? options = null, ILeaseStore? leases = null)
    {
        Catalog = catalog;
        Time = time;
        Options = options ?? new DailyFactOptions();
        Database = new SqliteStateDatabase(statePath);
        Subscriptions = new SqlSubscriptionStore(Database);
        Posts = new SqlFactPostLog(Database);
        Rotations = new SqlFactRotationStore(Database, time);
        Audit = new SqlAuditLog(Database);
        Questions = new SqlQuestionStore(Database, time);
        Transport.Setup(transport => transport.Platform).Returns(Platform.Telegram);
        RespondWith(DeliveryResult.Sent);
        Poster = new DailyFactPoster(catalog, Subscriptions, Posts, Rotations, [Transport.Object], Microsoft.Extensions.Options.Options.Create(Options), time, PosterLog.For<DailyFactPoster>());
        Scheduler = new DailyFactScheduler(Subscriptions, leases ?? new SqlLeaseStore(Database, time), Poster, Signal, Microsoft.Extensions.Options.Options.Create(Options), time);
    }

    public FactCatalog Catalog { get; }

    public ManualTimeProvider Time { get; }

    public DailyFactOptions Options { get; }

    public SqliteStateDatabase Database { get; }

    public SqlSubscriptionStore Subscriptions { get; }

    public SqlFactPostLog Posts { get; }

    public SqlFactRotationStore Rotations { get; }

    public SqlAuditLog Audit { get; }

    public SqlQuestionStore Questions { get; }

    public Mock<IChatTransport> Transport { get; } = new(MockBehavior.Strict);

    public ConcurrentQueue<SentPost> Sent { get; } = new();

    public CapturedLogs PosterLog { get; } = new();

    public FactScheduleSignal Signal { get; } = new();

    public DailyFactPoster Poster { get; }

    public DailyFactScheduler Scheduler { get; }

    public static ChannelKey Channel(string chat = Chat) => new(Platform.Telegram, new ChatId(chat));

    /// <summary>Every send from now on records the message and answers <paramref name="result"/>.</summary>
    public void RespondWith(DeliveryResult result) =>
        Transport.Setup(transport => transport.SendAsync(It.IsAny<ChatId>(), It.IsAny<Reply>(), It.IsAny<CancellationToken>()))
            .Callback((ChatId chat, Reply reply, CancellationToken _) => Sent.Enqueue(new SentPost(chat, reply, Time.GetUtcNow())))
            .ReturnsAsync(result);

    public Task SubscribeAsync(string time, string zone, string language = "en", string chat = Chat, DateTimeOffset? since = null) =>
        Subscriptions.SaveAsync(new Subscription(Channel(chat), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), zone, language,
            Active: true, Since: since ?? Time.GetUtcNow(), SetBy: "moderator"));

    /// <summary>Moves the clock and runs one scheduler pass there.</summary>
    public async Task RunAtAsync(DateTimeOffset instant)
    {
        Time.SetUtcNow(instant);
        await Scheduler.RunDueAsync(CancellationToken.None);
    }

    /// <summary>
    /// Moves the clock to <paramref name="target"/> while the hosted scheduler runs, one of its
    /// wake-ups at a time: the clock stops at each timer's due time and waits for the pass that
    /// follows, so every pass reads the instant it woke for (one jump over several wake-ups
    /// would let a pass read an instant the clock passed through on its way). Call it while the
    /// scheduler sleeps.
    /// </summary>
    public async Task MoveClockAsync(DateTimeOffset target)
    {
        while (Time.NextDueAt is { } due && due <= target)
        {
            var idle = Scheduler.NextIdle;
            Time.SetUtcNow(due);
            await idle.WaitAsync(TimeSpan.FromSeconds(5));
        }
        Time.SetUtcNow(target);
    }

    public ChatBot Bot(IQueryService? queries = null, int questionsPerMinute = 100)
    {
        var limiter = new RateLimiter(Microsoft.Extensions.Options.Options.Create(new ChatOptions { QuestionsPerMinute = questionsPerMinute }), Time);
        IChatCommand[] commands =
        [
            new FactCommand(Catalog, Subscriptions, limiter, Time, new Random(7)),
            new DailyFactCommand(Subscriptions, Posts, Rotations, Catalog, Poster, Signal, new AdminAudit(Audit, Time), limiter, Time),
        ];
        IChatActionHandler[] actions = [new FactActions(Catalog, queries ?? Mock.Of<IQueryService>(MockBehavior.Strict), Questions, limiter)];
        return new ChatBot(commands, actions);
    }

    public static ChatMessage Message(string text, ChatRole role = ChatRole.Moderator, string? language = null, string chat = Chat) =>
        new(new ChatOrigin(Platform.Telegram, new ChatId(chat), new UserId("42"), "Alice", role, ChatKind.Group, language), text);
}
