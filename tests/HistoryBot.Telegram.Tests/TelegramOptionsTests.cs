using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Telegram.Tests.Hosting;
using HistoryBot.Telegram.Webhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Xunit;

namespace HistoryBot.Telegram.Tests;

public sealed class TelegramOptionsTests : ScenarioTests
{
    [Fact]
    public void Without_a_token_nothing_Telegram_is_registered()
    {
        // Arrange
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:Mode"] = "Webhook" });

        // Act
        builder.AddTelegram();

        // Assert
        Assert.DoesNotContain(builder.Services, service => service.ServiceType == typeof(IHostedService));
        Assert.DoesNotContain(builder.Services, service => service.ServiceType == typeof(ITelegramBotClient));
        Assert.DoesNotContain(builder.Services, service => service.ServiceType == typeof(IChatTransport));
    }

    [Fact]
    public async Task Webhook_mode_without_a_secret_fails_the_start_naming_the_key()
    {
        // Arrange
        using var host = Scenario.BuildBot(settings =>
        {
            settings["Telegram:Mode"] = "Webhook";
            settings["Telegram:WebhookUrl"] = "https://bot.example.com:8443/telegram";
        });

        // Act
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Scenario.Timeout));

        // Assert
        Assert.Contains("Telegram:WebhookSecret is required", failure.Message);
        Assert.Empty(Scenario.Api.Calls);
    }

    [Fact]
    public async Task A_malformed_token_fails_the_start_without_showing_it()
    {
        // Arrange
        using var host = Scenario.BuildBot(settings => settings["Telegram:Token"] = "not-a-token-secret-value");

        // Act
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Scenario.Timeout));

        // Assert
        Assert.Contains("Telegram:Token", failure.Message);
        Assert.Contains("HISTORYBOT_Telegram__Token", failure.Message);
        Assert.DoesNotContain("not-a-token-secret-value", failure.Message);
    }

    [Theory]
    [InlineData("Telegram:WebhookUrl", "http://bot.example.com/hook", "Telegram:WebhookUrl must be the public https://")]
    [InlineData("Telegram:WebhookUrl", "https://bot.example.com:9000/hook", "port 443, 80, 88 or 8443")]
    [InlineData("Telegram:ApiBaseUrl", "api.telegram.org", "Telegram:ApiBaseUrl must be an absolute")]
    [InlineData("Telegram:PollingTimeout", "00:00:00", "Telegram:PollingTimeout")]
    [InlineData("Telegram:MaxAttempts", "0", "Telegram:MaxAttempts")]
    public void Bad_settings_are_reported_by_key(string key, string value, string message)
    {
        // Arrange
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:Token"] = FakeBotApi.Token,
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.com/hook",
            ["Telegram:WebhookSecret"] = new string('s', 32),
            [key] = value,
        }).Build();
        var options = configuration.GetSection("Telegram").Get<TelegramOptions>()!;

        // Act
        var result = new TelegramOptionsValidator().Validate(null, options);

        // Assert
        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage);
    }

    [Fact]
    public void A_webhook_secret_under_32_characters_is_refused_and_the_error_names_the_command_that_makes_one()
    {
        // Arrange
        var options = new TelegramOptions
        {
            Token = FakeBotApi.Token,
            Mode = TelegramMode.Webhook,
            WebhookUrl = "https://bot.example.com/hook",
            WebhookSecret = new string('s', 31),
        };

        // Act
        var result = new TelegramOptionsValidator().Validate(null, options);

        // Assert
        Assert.True(result.Failed);
        Assert.Contains("Telegram:WebhookSecret", result.FailureMessage);
        Assert.Contains("webhook-secret", result.FailureMessage);
        Assert.DoesNotContain(options.WebhookSecret, result.FailureMessage);
    }

    [Fact]
    public void Generated_webhook_secrets_are_accepted_and_never_repeat()
    {
        // Act
        var first = TelegramWebhookSecret.Generate();
        var second = TelegramWebhookSecret.Generate();
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions
        {
            Token = FakeBotApi.Token,
            Mode = TelegramMode.Webhook,
            WebhookUrl = "https://bot.example.com/hook",
            WebhookSecret = first,
        });

        // Assert
        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.True(first.Length >= TelegramWebhookSecret.MinLength);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void The_webhook_path_follows_the_public_address_unless_set()
    {
        Assert.Equal("/telegram/hook", new TelegramOptions { WebhookUrl = "https://bot.example.com/telegram/hook" }.EffectiveWebhookPath);
        Assert.Equal("/telegram/webhook", new TelegramOptions { WebhookUrl = "https://bot.example.com" }.EffectiveWebhookPath);
        Assert.Equal("/hook", new TelegramOptions { WebhookUrl = "https://bot.example.com/x", WebhookPath = "hook" }.EffectiveWebhookPath);
    }
}
