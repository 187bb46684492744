using HistoryBot.Core.Administration;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Chat.Commands;
using HistoryBot.Core.Gaps;
using HistoryBot.Core.State;
using HistoryBot.Core.Text;
using HistoryBot.Discord.Tests.Support;
using HistoryBot.Testing;
using Microsoft.Extensions.Options;

namespace HistoryBot.Discord.Tests.Adapter;

/// <summary>/gaps through the Discord adapter with the real command: the invoker's permissions decide, the report is private.</summary>
public sealed class GapsCommandTests : IDisposable
{
    private static readonly TextAnalyzer Analyzer = new();

    private readonly TempDirectory _temp = new();
    private readonly SqlGapStore _gaps;
    private readonly ChatBot _bot;

    public GapsCommandTests()
    {
        var database = new SqliteStateDatabase(_temp.Combine("state.db"));
        _gaps = new SqlGapStore(database, TimeProvider.System);
        var report = new GapReport(_gaps, new SqlFeedbackStore(database, TimeProvider.System), Analyzer);
        var command = new GapsCommand(report, _gaps, new AdminAudit(new SqlAuditLog(database), TimeProvider.System), new GapDigestSignal(), Options.Create(new RetentionOptions()), TimeProvider.System);
        _bot = new ChatBot([command], []);
    }

    public void Dispose() => _temp.Dispose();

    private static string CallbackPath(Snowflake interaction) => $"/interactions/{interaction}/{Events.TokenOf(interaction)}/callback";

    [Fact]
    public async Task Members_are_refused_and_moderators_get_their_channels_gaps_privately_and_can_turn_on_the_weekly_digest()
    {
        using var timeout = TestTimeout.Start();
        // Arrange
        await _gaps.RecordUnansweredAsync(Platform.Discord, new ChatId(Events.Channel.ToString()), "How tall is Mount Everest?", "en");
        await _gaps.RecordUnansweredAsync(Platform.Discord, new ChatId("1"), "What is the boiling point of water?", "en");
        await using var running = await Running.StartAsync(timeout.Token, _bot);
        var member = new Snowflake(1_000_000_000_000_021);
        var moderator = new Snowflake(1_000_000_000_000_022);
        var weekly = new Snowflake(1_000_000_000_000_023);

        // Act
        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(member, "gaps"));
        var refusal = await running.Discord.WaitForRequestAsync("POST", CallbackPath(member), timeout.Token);
        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(moderator, "gaps", "period", "7d", permissions: Events.ModeratorPermissions));
        var report = await running.Discord.WaitForRequestAsync("POST", CallbackPath(moderator), timeout.Token);
        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(weekly, "gaps", "period", "weekly here", permissions: Events.ModeratorPermissions));
        await running.Discord.WaitForRequestAsync("POST", CallbackPath(weekly), timeout.Token);

        // Assert
        Assert.Equal(64, (int)refusal.Json["data"]!["flags"]!);
        Assert.Contains("Only moderators (chat administrators) may use /gaps", (string?)refusal.Json["data"]!["embeds"]![0]!["description"]);
        Assert.Equal(64, (int)report.Json["data"]!["flags"]!);
        var embed = report.Json["data"]!["embeds"]![0]!;
        Assert.Equal("Coverage gaps, last 7 days (this chat)", (string?)embed["title"]);
        Assert.Contains("Mount Everest", (string?)embed["description"]);
        Assert.DoesNotContain("boiling", (string?)embed["description"]);
        var digest = await _gaps.GetDigestAsync(Platform.Discord, new ChatId(Events.Channel.ToString()));
        Assert.NotNull(digest);
        Assert.False(digest.AllChats);
    }
}
