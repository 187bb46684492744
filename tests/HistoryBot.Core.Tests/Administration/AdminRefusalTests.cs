using System.Text;
using HistoryBot.Core.Chat;
using Xunit;

namespace HistoryBot.Core.Tests.Administration;

public sealed class AdminRefusalTests(AdminRefusalFixture fixture) : IClassFixture<AdminRefusalFixture>
{
    private static readonly string[] AdminCommands =
    [
        "reindex",
        "addsource",
        "removesource ussr-left-without-nato.en",
        "restoresource ussr-left-without-nato.en",
        "status",
    ];

    public static TheoryData<string, ChatRole, Platform> NonAdmins()
    {
        var data = new TheoryData<string, ChatRole, Platform>();
        foreach (var command in AdminCommands)
            foreach (var role in new[] { ChatRole.Member, ChatRole.Moderator })
                foreach (var platform in Enum.GetValues<Platform>())
                    data.Add(command, role, platform);
        return data;
    }

    [Theory(Timeout = 20_000)]
    [MemberData(nameof(NonAdmins))]
    public async Task Members_and_moderators_are_refused_every_admin_command_and_nothing_changes_or_is_recorded(string command, ChatRole role, Platform platform)
    {
        // Arrange
        var harness = fixture.Harness;
        var sources = AdminHarness.Snapshot(harness.SourcesDirectory);
        var index = AdminHarness.Snapshot(harness.IndexDirectory);
        var opened = false;
        var upload = AdminHarness.Attachment("notes.txt", Encoding.UTF8.GetBytes("The Geneva summit of 1955 met in July and talked about Germany."), opened: () => opened = true);
        var message = AdminHarness.Message($"/{command}", role, platform, upload, user: "mallory");

        // Act
        var reply = await harness.SendAsync(message);

        // Assert
        var name = command.Split(' ')[0];
        Assert.Equal(ReplyKind.Refusal, reply.Kind);
        Assert.Equal($"Only the bot's admins may use /{name}.", reply.Body.ToPlainText());
        Assert.Null(reply.Updates);
        Assert.False(opened);
        Assert.Null(harness.Coordinator.Running);
        Assert.False(harness.Index.IsBuilding);
        Assert.Equal(1, harness.ServingGeneration());
        Assert.Equal(sources, AdminHarness.Snapshot(harness.SourcesDirectory));
        Assert.Equal(index, AdminHarness.Snapshot(harness.IndexDirectory));
        Assert.Empty(AdminHarness.Snapshot(harness.TrashDirectory));
        Assert.Empty(await harness.AuditAsync());
    }

    [Fact(Timeout = 20_000)]
    public async Task Members_may_list_the_sources()
    {
        // Act
        var reply = await fixture.Harness.SendAsync(AdminHarness.Message("/sources", ChatRole.Member, Platform.Discord, user: "mallory"));

        // Assert
        Assert.Equal(ReplyKind.Info, reply.Kind);
        Assert.Equal("Sources (5)", reply.Title);
        Assert.Contains("ussr-left-without-nato.en", reply.Body.ToPlainText());
        Assert.Contains("18 paragraphs", reply.Body.ToPlainText());
    }
}
