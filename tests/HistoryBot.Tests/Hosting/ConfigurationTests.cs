using HistoryBot.Hosting;
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
}
