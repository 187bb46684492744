using HistoryBot.Core.Chat;
using HistoryBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HistoryBot.Tests.Hosting;

public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("Chat:QuestionsPerMinute", "0", "Chat:QuestionsPerMinute")]
    [InlineData("Chat:MaxQuestionLength", "5", "Chat:MaxQuestionLength")]
    [InlineData("Storage:DataDirectory", "", "Storage:DataDirectory")]
    public void A_bad_setting_stops_the_start_with_a_message_naming_its_key(string key, string value, string named)
    {
        var builder = BotHost.CreateBuilder(new Dictionary<string, string?> { [key] = value }, quiet: true);

        var failure = Assert.Throws<OptionsValidationException>(() => BotHost.Build(builder));

        Assert.Contains(failure.Failures, message => message.Contains(named));
    }

    [Fact]
    public void Environment_variables_with_the_prefix_override_appsettings()
    {
        Environment.SetEnvironmentVariable("HISTORYBOT_Chat__MaxQuestionLength", "321");
        try
        {
            var builder = BotHost.CreateBuilder(new Dictionary<string, string?>(), quiet: true);

            Assert.Equal("321", builder.Configuration["Chat:MaxQuestionLength"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("HISTORYBOT_Chat__MaxQuestionLength", null);
        }
    }

    [Fact]
    public void Platform_adapters_run_only_when_serving_even_with_tokens_configured()
    {
        var tokens = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = "123456:ABCdefGhIJKlmnoPQRstuVWxyz0123456789",
            ["Discord:Token"] = "discord-token-for-tests",
        };

        using var chat = BotHost.CreateBuilder(tokens, quiet: true).Build();
        using var serve = BotHost.CreateBuilder(tokens, quiet: true, platforms: true).Build();

        Assert.Equal([Platform.Console], Platforms(chat));
        Assert.Equal([Platform.Console, Platform.Telegram, Platform.Discord], Platforms(serve).Order());

        static IEnumerable<Platform> Platforms(Microsoft.Extensions.Hosting.IHost host) =>
            host.Services.GetServices<IChatTransport>().Select(transport => transport.Platform).ToList();
    }
}
