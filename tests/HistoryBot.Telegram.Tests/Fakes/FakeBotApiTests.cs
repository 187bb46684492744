using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using HistoryBot.Testing;
using Xunit;

namespace HistoryBot.Telegram.Tests.Fakes;

/// <summary>The checks the other tests rely on can fail: the fake and the validator reject bad calls.</summary>
public sealed class FakeBotApiTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(10));
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync(new ManualTimeProvider());

    public async Task DisposeAsync()
    {
        _http.Dispose();
        _timeout.Dispose();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Calls_that_break_api_json_are_answered_400_and_recorded()
    {
        // Arrange: api.json is outside the repo; without it (and off CI) RepoPaths has printed a note.
        if (BotApiSpec.Load() is null)
            return;
        var call = new JsonObject
        {
            ["text"] = "hello",
            ["parse_mod"] = "HTML",
            ["reply_parameters"] = new JsonObject { ["message_idx"] = 1 },
            ["reply_markup"] = new JsonObject { ["inline_keyboard"] = new JsonArray(new JsonArray(new JsonObject { ["text"] = "x", ["callback_data"] = 5 })) },
        };

        // Act
        var status = await PostAsync("sendMessage", call);
        var unknown = await PostAsync("sendMessageNow", new JsonObject());

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(HttpStatusCode.BadRequest, unknown);
        var violations = _api.Violations;
        Assert.Contains("sendMessage.chat_id: required but missing", violations);
        Assert.Contains("sendMessage.parse_mod: not a field of sendMessage", violations);
        Assert.Contains("sendMessage.reply_parameters.message_idx: not a field of ReplyParameters", violations);
        Assert.Contains("sendMessage.reply_parameters.message_id: required but missing", violations);
        Assert.Contains(violations, violation => violation.StartsWith("sendMessage.reply_markup", StringComparison.Ordinal));
        Assert.Contains("sendMessageNow: no such method in Bot API " + BotApiSpec.Load()!.Version, violations);
    }

    [Fact]
    public async Task Invalid_html_and_oversized_button_data_are_answered_400_and_recorded()
    {
        // Arrange
        var call = new JsonObject
        {
            ["chat_id"] = 1,
            ["text"] = "<b>unclosed & <span>",
            ["parse_mode"] = "HTML",
            ["reply_markup"] = new JsonObject { ["inline_keyboard"] = new JsonArray(new JsonArray(new JsonObject { ["text"] = "x", ["callback_data"] = new string('a', 65) })) },
        };

        // Act
        var status = await PostAsync("sendMessage", call);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(_api.Violations, violation => violation.Contains("'&' at 12 is not an entity"));
        Assert.Contains(_api.Violations, violation => violation.Contains("callback_data"));
    }

    [Theory]
    [InlineData("<b>bold</b> and <i>italic</i>, <code>x</code>, <a href=\"https://e.org\">link</a> &amp; &lt;3 &#128512;")]
    [InlineData("<blockquote expandable>quoted <b>words</b></blockquote>")]
    [InlineData("<pre><code class=\"language-csharp\">var x = 1;</code></pre>")]
    public void Valid_telegram_html_passes(string html)
    {
        Assert.Empty(TelegramHtmlValidator.Validate(html));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "not a tag Telegram accepts")]
    [InlineData("<b>bold", "never closed")]
    [InlineData("<b><i>crossed</b></i>", "does not close")]
    [InlineData("Tom & Jerry", "is not an entity")]
    [InlineData("1 < 2", "starts no tag")]
    [InlineData("2 > 1", "outside a tag")]
    [InlineData("&nbsp;", "is not an entity")]
    [InlineData("<code><b>x</b></code>", "inside <code>")]
    [InlineData("<b class=\"x\">x</b>", "attributes")]
    [InlineData("<a>no link</a>", "attributes")]
    [InlineData("<blockquote><blockquote>x</blockquote></blockquote>", "nested")]
    [InlineData("<b> </b>", "empty")]
    public void Invalid_telegram_html_is_caught(string html, string error)
    {
        Assert.Contains(TelegramHtmlValidator.Validate(html), found => found.Contains(error));
    }

    [Fact]
    public void Html_over_4096_characters_is_caught()
    {
        Assert.Contains(TelegramHtmlValidator.Validate(new string('a', 4097)), found => found.Contains("over 4096"));
    }

    private async Task<HttpStatusCode> PostAsync(string method, JsonObject parameters)
    {
        using var content = new StringContent(parameters.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync($"{_api.BaseUrl}/bot{FakeBotApi.Token}/{method}", content, _timeout.Token);
        return response.StatusCode;
    }
}
