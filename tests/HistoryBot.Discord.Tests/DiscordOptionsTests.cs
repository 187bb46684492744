using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
using HistoryBot.Discord.Adapter;
using HistoryBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;

namespace HistoryBot.Discord.Tests;

public sealed class DiscordOptionsTests
{
    private static IHost Build(Dictionary<string, string?> settings, TempDirectory temp)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(new Mock<IChatBot>().Object);
        builder.Services.AddSingleton<IStateDatabase>(new SqliteStateDatabase(temp.Combine("state.db")));
        builder.Services.AddSingleton(new AdapterStatus(TimeProvider.System));
        builder.AddDiscord();
        return builder.Build();
    }

    [Fact]
    public void Without_a_token_nothing_of_discord_is_registered()
    {
        using var temp = new TempDirectory();

        using var host = Build(new() { ["Discord:AdminUserIds:0"] = "123" }, temp);

        Assert.Empty(host.Services.GetServices<IHostedService>());
        Assert.Empty(host.Services.GetServices<IChatTransport>());
    }

    [Fact]
    public void With_a_token_the_adapter_and_the_transport_are_registered()
    {
        using var temp = new TempDirectory();

        using var host = Build(new() { ["Discord:Token"] = "abc.def" }, temp);

        Assert.IsType<DiscordAdapter>(Assert.Single(host.Services.GetServices<IHostedService>()));
        Assert.Equal(Platform.Discord, Assert.Single(host.Services.GetServices<IChatTransport>()).Platform);
        Assert.Equal(DiscordOptions.DefaultApiBaseUrl, host.Services.GetRequiredService<IOptions<DiscordOptions>>().Value.ApiBaseUrl);
    }

    [Fact]
    public void Admin_ids_may_come_as_one_comma_separated_environment_value()
    {
        using var temp = new TempDirectory();

        using var host = Build(new() { ["Discord:Token"] = "abc.def", ["Discord:AdminUserIds"] = "111, 222" }, temp);

        var admins = host.Services.GetRequiredService<IOptions<DiscordOptions>>().Value.AdminIds();
        Assert.Equal([new Snowflake(111), new Snowflake(222)], admins.OrderBy(admin => admin.Value));
    }

    [Theory]
    [InlineData("Discord:Token", "Bot abc.def", "Discord:Token starts with 'Bot '")]
    [InlineData("Discord:AdminUserIds:0", "alice", "Discord:AdminUserIds contains 'alice'")]
    [InlineData("Discord:ShardId", "1", "Discord:ShardId needs Discord:ShardCount")]
    [InlineData("Discord:ApiBaseUrl", "discord.com/api", "Discord:ApiBaseUrl must be an absolute")]
    [InlineData("Discord:GatewayUrl", "https://gateway.discord.gg", "Discord:GatewayUrl must be an absolute ws(s) URL")]
    [InlineData("Discord:CommandGuildId", "my server", "Discord:CommandGuildId 'my server'")]
    public async Task A_bad_setting_stops_the_start_with_a_message_naming_the_key(string key, string value, string expected)
    {
        using var temp = new TempDirectory();
        var settings = new Dictionary<string, string?> { ["Discord:Token"] = "abc.def", [key] = value };
        using var host = Build(settings, temp);
        using var timeout = Support.TestTimeout.Start();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(timeout.Token));

        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain("abc.def", error.Message);
    }

    [Fact]
    public void A_shard_id_beyond_the_shard_count_is_refused()
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { Token = "t", ShardId = 2, ShardCount = 2 });

        Assert.True(result.Failed);
        Assert.Contains("Discord:ShardId must be between 0 and Discord:ShardCount - 1 (1)", result.FailureMessage);
    }
}
