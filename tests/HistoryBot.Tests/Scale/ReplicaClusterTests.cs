using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryBot.Core.State;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace HistoryBot.Tests.Scale;

/// <summary>
/// Issue 16's end-to-end check: three real bot processes share one PostgreSQL database, one
/// library folder and the loopback fake Bot API, each behind its own webhook address (the test
/// plays the load balancer). Lease and poll intervals are short through configuration so the run
/// stays near a minute. The figures (questions/s with 1 and 3 replicas, following a new library
/// generation, leader failover) are printed to the test output:
/// <c>dotnet test tests/HistoryBot.Tests --filter "FullyQualifiedName~ReplicaClusterTests" --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class ReplicaClusterTests(ITestOutputHelper output)
{
    private const long AdminId = 4242;
    private const int Questions = 1000;
    private const int SingleReplicaQuestions = 100;
    private const int Chats = 100;
    private const string NewSourceWord = "Quokkaburg";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(7);

    [PostgresFact(Timeout = 480_000)]
    public async Task Three_replicas_answer_each_question_once_post_each_daily_fact_once_after_the_leader_is_killed_and_follow_an_added_source()
    {
        // Arrange: one database schema, one library, one fake Bot API, three replicas.
        using var timeout = new CancellationTokenSource(Patience);
        var token = timeout.Token;
        using var database = new TestStateDatabase(StateProvider.Postgres);
        using var temp = new TempDirectory();
        var sources = TestCorpus.CopySources(temp.Path);
        await using var api = await FakeBotApi.StartAsync(TimeProvider.System);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var environment = new Dictionary<string, string>
        {
            ["HISTORYBOT_Storage__PostgresConnectionString"] = database.ConnectionString!,
            ["HISTORYBOT_Telegram__Token"] = FakeBotApi.Token,
            ["HISTORYBOT_Telegram__ApiBaseUrl"] = api.BaseUrl,
            ["HISTORYBOT_Telegram__Mode"] = "Webhook",
            ["HISTORYBOT_Telegram__WebhookUrl"] = "https://bot.example.com/telegram/webhook",
            ["HISTORYBOT_Telegram__WebhookSecret"] = BotReplica.WebhookSecret,
            ["HISTORYBOT_Telegram__AdminUserIds__0"] = AdminId.ToString(CultureInfo.InvariantCulture),
            ["HISTORYBOT_Telegram__MaxConcurrentUpdates"] = "8",
            ["HISTORYBOT_Chat__QuestionsPerMinute"] = "1000",
            ["HISTORYBOT_DailyFacts__LeaderLease"] = "00:00:03",
            ["HISTORYBOT_DailyFacts__PollInterval"] = "00:00:05",
            ["HISTORYBOT_DailyFacts__ClaimLease"] = "00:00:10",
            ["HISTORYBOT_Library__FollowInterval"] = "00:00:01",
            ["HISTORYBOT_Logging__LogLevel__Default"] = "Information",
        };
        var started = DateTimeOffset.UtcNow;
        var replicas = Enumerable.Range(0, 3)
            .Select(i => BotReplica.Start($"replica-{i}", temp.Path, sources, temp.Combine($"data-{i}"), environment, http))
            .ToList();
        try
        {
            await Task.WhenAll(replicas.Select(replica => replica.WaitReadyAsync(token)));
            var questions = (await File.ReadAllLinesAsync(Path.Combine(RepoPaths.Root, "tests", "data", "eval", "dev-questions.jsonl"), token))
                .Where(line => line.Trim().Length > 0)
                .Select(line => JsonNode.Parse(line)!["question"]!.GetValue<string>())
                .ToList();
            var nextUpdate = 1_000_000L;

            // Act 1: 100 group chats subscribe (spread over the replicas) for the next minute at
            // least 25 s away, and the leader is killed at once, well before that time.
            var now = DateTimeOffset.UtcNow;
            var postAt = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(now.Second < 35 ? 1 : 2);
            var groups = Enumerable.Range(0, Chats).Select(i => -1_009_000_000_000L - i).ToList();
            var admin = Fixtures.User(AdminId, "Admin", "admin", "en");
            await Task.WhenAll(groups.Select((group, i) => replicas[i % 3].PostAsync(Update(++nextUpdate,
                Fixtures.Message(Group(group), admin, $"/dailyfact set {postAt:HH:mm} UTC en")), token)));
            await api.WaitForCallsAsync("sendMessage", Chats, call => call.ChatId is { } chat && groups.Contains(chat), token);
            var leaderPid = await LeaderProcessIdAsync(database.ConnectionString!, token);
            var leader = replicas.Single(replica => replica.ProcessId == leaderPid);
            var killedAt = DateTimeOffset.UtcNow;
            leader.Kill();
            Assert.True(DateTimeOffset.UtcNow < postAt, "The leader was killed after post time; the test ran too slowly to check a failover before posting.");
            var takeover = NewLeaderAsync(database.ConnectionString!, leaderPid, token);
            var survivors = replicas.Where(replica => replica != leader).ToList();
            // The orchestrator's restart: a new process with a new data folder joins the other two.
            var replacement = BotReplica.Start("replica-3", temp.Path, sources, temp.Combine("data-3"), environment, http);
            replicas.Add(replacement);

            // Act 2: /addsource on one survivor; a question only the new source answers goes to the other.
            var content = $"Notes on {NewSourceWord}\n\nThe treaty of {NewSourceWord} was signed by the fictional councils in 1961 after long talks.\n";
            var fileId = api.AddFile(System.Text.Encoding.UTF8.GetBytes(content));
            var upload = Fixtures.Message(Fixtures.PrivateChat(admin), admin, "placeholder");
            upload.Remove("text");
            upload["caption"] = "/addsource lang=en";
            upload["caption_entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = 10 });
            upload["document"] = new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_name"] = "quokkaburg.txt", ["file_size"] = content.Length };
            await survivors[0].PostAsync(Update(++nextUpdate, upload), token);
            var changedAt = await LibraryChangedAsync(database.ConnectionString!, token);
            var followedIn = await AskUntilFoundAsync(api, survivors[1], 900_000, () => ++nextUpdate, changedAt, token);

            // Act 3: while post time comes, 1,000 questions spread over the three live replicas,
            // 100 of them delivered a second time to another replica (a load balancer retrying);
            // then questions to one replica alone.
            await replacement.WaitReadyAsync(token);
            var live = new List<BotReplica> { survivors[0], survivors[1], replacement };
            var spread = await AskAllAsync(api, live, 300_000, Questions, questions, () => ++nextUpdate, redeliver: 100, token);
            var single = await AskAllAsync(api, [survivors[0]], 200_000, SingleReplicaQuestions, questions, () => ++nextUpdate, redeliver: 0, token);

            // Act 4: wait for the posts, and a little longer for any second copy.
            var posts = await api.WaitForCallsAsync("sendMessage", Chats, IsDailyPost(groups), token);
            await Task.Delay(TimeSpan.FromSeconds(3), token);
            posts = api.CallsTo("sendMessage").Where(IsDailyPost(groups)).ToList();
            var tookOver = await takeover;

            // Assert: every question answered once, across the three replicas…
            AssertAnsweredOnce(api, spread.Chats);
            AssertAnsweredOnce(api, single.Chats);
            // …every chat got exactly one daily post, although the leader died before post time…
            Assert.Equal(groups.Order(), posts.Select(call => call.ChatId!.Value).Order());
            Assert.All(posts, post => Assert.True(post.At >= postAt, $"A daily post went out at {post.At:O}, before {postAt:O}"));
            // …and the source added on one replica was answered by another within 10 s.
            Assert.True(followedIn < TimeSpan.FromSeconds(10), $"{survivors[1].Name} answered from the new source {followedIn.TotalSeconds:0.0} s after the change");
            Assert.Empty(api.Violations);

            output.WriteLine($"questions/s, 1 replica: {single.PerSecond:0.0} ({SingleReplicaQuestions} questions in {single.Elapsed.TotalSeconds:0.0} s)");
            output.WriteLine($"questions/s, 3 replicas: {spread.PerSecond:0.0} ({Questions} questions + 100 redelivered in {spread.Elapsed.TotalSeconds:0.0} s)");
            output.WriteLine($"started at {started:HH:mm:ss}, post time {postAt:HH:mm:ss}, ended {DateTimeOffset.UtcNow:HH:mm:ss}");
            output.WriteLine($"following a new library generation: answered from it by another replica {followedIn.TotalMilliseconds:0} ms after the change (Library:FollowInterval 1 s)");
            output.WriteLine($"leader failover: lease taken over {(tookOver - killedAt).TotalMilliseconds:0} ms after SIGKILL (DailyFacts:LeaderLease 3 s)");
            output.WriteLine($"daily posts: {posts.Count} for {Chats} chats, last {(posts.Max(post => post.At) - postAt).TotalSeconds:0.0} s after post time");
        }
        catch
        {
            foreach (var replica in replicas)
                output.WriteLine($"--- {replica.Name} (pid {replica.ProcessId}) ---\n{Tail(replica.Output)}");
            throw;
        }
        finally
        {
            foreach (var replica in replicas)
                replica.Dispose();
        }
    }

    private static Func<ApiCall, bool> IsDailyPost(List<long> groups) =>
        call => call.ChatId is { } chat && groups.Contains(chat) && call.ButtonData.Any(data => data.StartsWith("factmore:", StringComparison.Ordinal));

    private static JsonObject Group(long id) => new() { ["id"] = id, ["type"] = "supergroup", ["title"] = "Replica fans" };

    private static JsonObject Update(long id, JsonObject message) => new() { ["update_id"] = id, ["message"] = message };

    /// <summary>Sends one private question per new user, round robin over the replicas, 16 in flight; waits for every answer.</summary>
    private static async Task<(List<long> Chats, TimeSpan Elapsed, double PerSecond)> AskAllAsync(FakeBotApi api, IReadOnlyList<BotReplica> replicas,
        long firstUser, int count, List<string> questions, Func<long> nextUpdate, int redeliver, CancellationToken cancellationToken)
    {
        var users = Enumerable.Range(0, count).Select(i => firstUser + i).ToList();
        var updates = users.Select((user, i) =>
        {
            var from = Fixtures.User(user, "User" + user, null, "en");
            return Update(nextUpdate(), Fixtures.Message(Fixtures.PrivateChat(from), from, questions[i % questions.Count]));
        }).ToList();
        var deliveries = updates.Select((update, i) => (Replica: replicas[i % replicas.Count], Update: update))
            .Concat(updates.Take(redeliver).Select((update, i) => (Replica: replicas[(i + 1) % replicas.Count], Update: update)))
            .ToList();
        var chats = users.ToHashSet();
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(deliveries, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (delivery, token) => await delivery.Replica.PostAsync(delivery.Update, token));
        await api.WaitForCallsAsync("sendMessage", count, call => call.ChatId is { } chat && chats.Contains(chat), cancellationToken);
        stopwatch.Stop();
        return (users, stopwatch.Elapsed, count / stopwatch.Elapsed.TotalSeconds);
    }

    private static void AssertAnsweredOnce(FakeBotApi api, List<long> chats)
    {
        var wanted = chats.ToHashSet();
        var answers = api.CallsTo("sendMessage").Where(call => call.ChatId is { } chat && wanted.Contains(chat))
            .GroupBy(call => call.ChatId!.Value).ToDictionary(group => group.Key, group => group.Count());
        Assert.Equal(chats.Count, answers.Count);
        Assert.All(answers, pair => Assert.True(pair.Value == 1, $"chat {pair.Key} got {pair.Value} answers"));
    }

    /// <summary>Asks the new source's question every half second; returns how long after the change the answer quoted it.</summary>
    private static async Task<TimeSpan> AskUntilFoundAsync(FakeBotApi api, BotReplica replica, long firstUser, Func<long> nextUpdate, DateTimeOffset changedAt, CancellationToken cancellationToken)
    {
        for (var user = firstUser; ; user++)
        {
            var from = Fixtures.User(user, "User" + user, null, "en");
            await replica.PostAsync(Update(nextUpdate(), Fixtures.Message(Fixtures.PrivateChat(from), from, $"When was the treaty of {NewSourceWord} signed?")), cancellationToken);
            var answer = await api.WaitForCallAsync("sendMessage", call => call.ChatId == user, cancellationToken);
            if (answer.Text?.Contains(NewSourceWord, StringComparison.Ordinal) == true)
                return answer.At - changedAt;
            await Task.Delay(500, cancellationToken);
        }
    }

    private static async Task<int> LeaderProcessIdAsync(string connectionString, CancellationToken cancellationToken)
    {
        while (true)
        {
            var owner = (string?)await ScalarAsync(connectionString, "SELECT owner FROM leases WHERE name = 'daily-facts'", cancellationToken);
            if (owner is not null)
                return int.Parse(owner.Split(':')[1], CultureInfo.InvariantCulture);
            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>Polls the lease until another process holds it; returns when it first did.</summary>
    private static async Task<DateTimeOffset> NewLeaderAsync(string connectionString, int killed, CancellationToken cancellationToken)
    {
        while (true)
        {
            var owner = (string?)await ScalarAsync(connectionString, "SELECT owner FROM leases WHERE name = 'daily-facts'", cancellationToken);
            if (owner is not null && int.Parse(owner.Split(':')[1], CultureInfo.InvariantCulture) != killed)
                return DateTimeOffset.UtcNow;
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>Waits until the library generation in the database was raised; returns when it was.</summary>
    private static async Task<DateTimeOffset> LibraryChangedAsync(string connectionString, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await ScalarAsync(connectionString, "SELECT changed_ms FROM library_generation WHERE id = 1", cancellationToken) is long changed)
                return DateTimeOffset.FromUnixTimeMilliseconds(changed);
            await Task.Delay(100, cancellationToken);
        }
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    private static string Tail(string text) => text.Length <= 6000 ? text : text[^6000..];
}
