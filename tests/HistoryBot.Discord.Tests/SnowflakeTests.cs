using System.Text.Json;
using HistoryBot.Discord.Rest;

namespace HistoryBot.Discord.Tests;

public sealed class SnowflakeTests
{
    [Fact]
    public void A_snowflake_parses_from_its_decimal_string_and_prints_back()
    {
        var snowflake = Snowflake.Parse("175928847299117063");

        Assert.Equal(175928847299117063UL, snowflake.Value);
        Assert.Equal("175928847299117063", snowflake.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("12 34")]
    public void Text_that_is_not_an_id_does_not_parse(string? text)
    {
        Assert.False(Snowflake.TryParse(text, out _));
        if (text is not null)
            Assert.Throws<FormatException>(() => Snowflake.Parse(text));
    }

    [Fact]
    public void Snowflakes_travel_as_json_strings_and_are_read_from_strings_or_numbers()
    {
        var payload = new MessagePayload { MessageReference = new MessageReference(new Snowflake(80351110224678912)) };

        var json = JsonSerializer.Serialize(payload, DiscordJsonContext.Default.MessagePayload);
        var fromNumber = JsonSerializer.Deserialize("""{"id":80351110224678912,"channel_id":"1"}""", DiscordJsonContext.Default.DiscordMessage);

        Assert.Contains("\"message_id\":\"80351110224678912\"", json);
        Assert.Equal(80351110224678912UL, fromNumber!.Id.Value);
    }
}
