using HistoryBot.Core.Chat;
using HistoryBot.Core.Chat.Commands;
using HistoryBot.Core.State;
using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Synonyms;
using HistoryBot.Discord.Tests.Support;
using HistoryBot.Testing;
using Microsoft.Extensions.Options;

namespace HistoryBot.Discord.Tests.Adapter;

/// <summary>/synonyms through the Discord adapter with the real command: a slash command for admins only, refused to members and moderators on every path.</summary>
public sealed class SynonymsCommandTests : IDisposable
{
    private const string Mention = "<@200000000000000002>";

    private readonly TempDirectory _temp = new();
    private readonly SqlAdminSynonymStore _store;
    private readonly ChatBot _bot;

    public SynonymsCommandTests()
    {
        var database = new SqliteStateDatabase(_temp.Combine("state.db"));
        _store = new SqlAdminSynonymStore(database, TimeProvider.System);
        var analyzer = new TextAnalyzer();
        var command = new SynonymsCommand(_store, new AdminSynonyms(_store, analyzer), analyzer, new SqlAuditLog(database),
            Options.Create(new RetentionOptions()), TimeProvider.System);
        _bot = new ChatBot([command], []);
    }

    public void Dispose() => _temp.Dispose();

    private static string CallbackPath(Snowflake interaction) => $"/interactions/{interaction}/{Events.TokenOf(interaction)}/callback";

    [Fact]
    public async Task Members_and_moderators_are_refused_by_slash_command_and_by_mention_and_the_bot_admin_adds_a_pair_privately()
    {
        using var timeout = TestTimeout.Start();
        // Arrange
        await using var running = await Running.StartAsync(timeout.Token, _bot);
        var registered = await running.Discord.WaitForRequestAsync("PUT", $"/applications/{running.Discord.ApplicationId}/commands", timeout.Token);
        var member = new Snowflake(1_000_000_000_000_031);
        var moderator = new Snowflake(1_000_000_000_000_032);
        var mention = new Snowflake(1_000_000_000_000_033);
        var admin = new Snowflake(1_000_000_000_000_034);

        // Act
        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(member, "synonyms", "change", "add en Kremlin USSR"));
        var memberReply = await running.Discord.WaitForRequestAsync("POST", CallbackPath(member), timeout.Token);
        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(moderator, "synonyms", "change", "add en Kremlin USSR", permissions: Events.ModeratorPermissions));
        var moderatorReply = await running.Discord.WaitForRequestAsync("POST", CallbackPath(moderator), timeout.Token);
        await running.DispatchAsync("MESSAGE_CREATE", Events.Message(mention, $"{Mention} /synonyms add en Kremlin USSR", mentionBot: true));
        var mentionReply = await running.Discord.WaitForRequestAsync("POST", $"/channels/{Events.Channel}/messages", timeout.Token);
        var activeAfterRefusals = await _store.ActiveAsync();
        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(admin, "synonyms", "change", "add en Kremlin USSR", user: Events.Admin));
        var adminReply = await running.Discord.WaitForRequestAsync("POST", CallbackPath(admin), timeout.Token);

        // Assert
        var synonyms = registered.Body!.AsArray().Single(command => (string?)command!["name"] == "synonyms")!;
        Assert.Equal("change", (string?)synonyms["options"]![0]!["name"]);
        Assert.Equal("0", (string?)synonyms["default_member_permissions"]);
        Assert.Equal(64, (int)memberReply.Json["data"]!["flags"]!);
        Assert.Contains("Only the bot's admins may use /synonyms.", (string?)memberReply.Json["data"]!["embeds"]![0]!["description"]);
        Assert.Contains("Only the bot's admins may use /synonyms.", (string?)moderatorReply.Json["data"]!["embeds"]![0]!["description"]);
        Assert.Contains("Only the bot's admins may use /synonyms.", (string?)mentionReply.Json["embeds"]![0]!["description"]);
        Assert.Empty(activeAfterRefusals);
        Assert.Equal(64, (int)adminReply.Json["data"]!["flags"]!);
        Assert.Contains("Added #1: “Kremlin” = “USSR” (English).", (string?)adminReply.Json["data"]!["embeds"]![0]!["description"]);
        Assert.Single(await _store.ActiveAsync());
    }
}
