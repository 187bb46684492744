using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Bench;

/// <summary>
/// Just enough of the Bot API on 127.0.0.1 for the end-to-end benchmark: hands out scripted
/// updates by long polling, notes when each was served and when its sendMessage arrived.
/// </summary>
internal sealed class FakeTelegramServer : IAsyncDisposable
{
    public const string Token = "123456789:BENCHabcdefghijklmnopqrstuvwxyz0123";

    private readonly WebApplication _app;
    private readonly Channel<JsonObject> _updates = Channel.CreateUnbounded<JsonObject>();
    private readonly ConcurrentDictionary<long, long> _servedAt = new();
    private readonly ConcurrentDictionary<long, TaskCompletionSource<long>> _answered = new();
    private int _messageId;

    private FakeTelegramServer(WebApplication app) => _app = app;

    public string BaseUrl => _app.Urls.First();

    public static async Task<FakeTelegramServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        var app = builder.Build();
        var server = new FakeTelegramServer(app);
        app.UseRouting();
        app.MapPost("/bot{token}/{method}", (string token, string method, HttpContext context) => server.HandleAsync(token, method, context));
        await app.StartAsync(cancellationToken);
        return server;
    }

    /// <summary>Sends a private-chat question and returns the milliseconds from serving it to its answer arriving.</summary>
    public async Task<double> AskAsync(long chatId, string question, CancellationToken cancellationToken)
    {
        var answered = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _answered[chatId] = answered;
        var id = chatId;
        await _updates.Writer.WriteAsync(new JsonObject
        {
            ["update_id"] = id,
            ["message"] = new JsonObject
            {
                ["message_id"] = id,
                ["date"] = 1_700_000_000,
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Bench" },
                ["from"] = new JsonObject { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "Bench", ["language_code"] = "en" },
                ["text"] = question,
            },
        }, cancellationToken);
        var arrived = await answered.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return Stopwatch.GetElapsedTime(_servedAt[chatId], arrived).TotalMilliseconds;
    }

    public async ValueTask DisposeAsync()
    {
        _updates.Writer.TryComplete();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(string token, string method, HttpContext context)
    {
        if (token != Token)
            return Results.Json(new JsonObject { ["ok"] = false, ["error_code"] = 401, ["description"] = "Unauthorized" }, statusCode: 401);
        // Methods without parameters (getMe) come without a body.
        var body = context.Request.ContentLength is 0 || (context.Request.ContentLength is null && !context.Request.Headers.TransferEncoding.Any())
            ? []
            : await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject ?? [];
        return method switch
        {
            "getMe" => Ok(new JsonObject { ["id"] = 123456789, ["is_bot"] = true, ["first_name"] = "Bench", ["username"] = "BenchBot" }),
            "getUpdates" => Ok(await NextUpdatesAsync(body, context.RequestAborted)),
            "sendMessage" => Ok(Sent(body)),
            _ => Ok(true),
        };
    }

    private async Task<JsonArray> NextUpdatesAsync(JsonObject request, CancellationToken cancellationToken)
    {
        // Short waits keep shutdown quick; the adapter simply polls again.
        var wait = TimeSpan.FromSeconds(Math.Min(1, request["timeout"]?.GetValue<int>() ?? 0));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(wait);
        try
        {
            var update = await _updates.Reader.ReadAsync(timeout.Token);
            _servedAt[update["update_id"]!.GetValue<long>()] = Stopwatch.GetTimestamp();
            return [update];
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
        {
            return [];
        }
    }

    private JsonObject Sent(JsonObject request)
    {
        var now = Stopwatch.GetTimestamp();
        var chatId = request["chat_id"]!.GetValue<JsonElement>().ValueKind == JsonValueKind.Number
            ? request["chat_id"]!.GetValue<long>()
            : long.Parse(request["chat_id"]!.GetValue<string>());
        if (_answered.TryRemove(chatId, out var answered))
            answered.TrySetResult(now);
        return new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _messageId),
            ["date"] = 1_700_000_000,
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Bench" },
            ["from"] = new JsonObject { ["id"] = 123456789, ["is_bot"] = true, ["first_name"] = "Bench", ["username"] = "BenchBot" },
            ["text"] = request["text"]?.DeepClone(),
        };
    }

    private static IResult Ok(JsonNode? result) => Results.Json(new JsonObject { ["ok"] = true, ["result"] = result });

    private static IResult Ok(bool result) => Results.Json(new JsonObject { ["ok"] = true, ["result"] = result });
}
