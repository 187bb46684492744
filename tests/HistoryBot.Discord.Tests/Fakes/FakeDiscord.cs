using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using HistoryBot.Discord.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Discord.Tests.Fakes;

/// <summary>
/// Discord on 127.0.0.1: the REST API under /api/v10, the gateway at /gateway and /resume,
/// and a CDN at /cdn. REST handlers are scripted per test (defaults answer like Discord).
/// Every request body is checked against the official OpenAPI spec; violations fail the test
/// when the fake is disposed.
/// </summary>
internal sealed class FakeDiscord : IAsyncDisposable
{
    public const string Token = "MTAw.fake-bot-token.dont-log-me";
    public static readonly Snowflake ApplicationIdValue = new(100000000000000001);

    private readonly WebApplication _app;
    private readonly OpenApiSpec? _spec = OpenApiSpec.Shared;
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly List<(string Method, Regex Path, Func<RecordedRequest, Task<FakeResponse>> Handler)> _handlers = [];
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<string> _timeline = [];
    private readonly List<string> _violations = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _order;
    private int _messageIds = 1;

    private FakeDiscord(WebApplication app) => _app = app;

    public Snowflake ApplicationId => ApplicationIdValue;

    public Snowflake BotUserId { get; } = new(200000000000000002);

    public string BaseUrl { get; private set; } = "";

    public string ApiBaseUrl => BaseUrl + "/api/v10";

    public string GatewayUrl => BaseUrl.Replace("http://", "ws://") + "/gateway";

    public string ResumeUrl => BaseUrl.Replace("http://", "ws://") + "/resume";

    public string CdnUrl => BaseUrl + "/cdn";

    public int HeartbeatInterval { get; set; } = 45_000;

    public bool SendHello { get; set; } = true;

    public bool AutoAckHeartbeats { get; set; } = true;

    public int RecommendedShards { get; set; } = 1;

    public int MaxConcurrency { get; set; } = 1;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
                return [.. _requests];
        }
    }

    public IReadOnlyList<string> Timeline
    {
        get
        {
            lock (_lock)
                return [.. _timeline];
        }
    }

    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_lock)
                return [.. _violations];
        }
    }

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.UseWebSockets();
        app.Map("/gateway", context => fake.AcceptGatewayAsync(context, "/gateway"));
        app.Map("/resume", context => fake.AcceptGatewayAsync(context, "/resume"));
        app.Map("/cdn/{**file}", fake.ServeCdnAsync);
        app.Map("/api/v10/{**route}", fake.ServeRestAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Urls.Single().TrimEnd('/');
        return fake;
    }

    /// <summary>Scripts <paramref name="method"/> on paths matching <paramref name="pathPattern"/> (a regex over the path after /api/v10); newer scripts win.</summary>
    public void On(string method, string pathPattern, Func<RecordedRequest, FakeResponse> handler) =>
        OnAsync(method, pathPattern, request => Task.FromResult(handler(request)));

    /// <summary>As <see cref="On"/>, for a handler that waits (a server slow to answer) without holding a thread while it does.</summary>
    public void OnAsync(string method, string pathPattern, Func<RecordedRequest, Task<FakeResponse>> handler)
    {
        lock (_lock)
            _handlers.Insert(0, (method, new Regex("^" + pathPattern + "$"), handler));
    }

    public Task<FakeGatewayConnection> NextConnectionAsync(CancellationToken cancellationToken) =>
        _connections.Reader.ReadAsync(cancellationToken).AsTask();

    /// <summary>Waits for the first request (in arrival order) that matches.</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_requests.FirstOrDefault(match) is { } found)
                    return found;
                changed = _changed.Task;
            }
            await changed.WaitAsync(cancellationToken);
        }
    }

    public Task<RecordedRequest> WaitForRequestAsync(string method, string pathPattern, CancellationToken cancellationToken)
    {
        var regex = new Regex("^" + pathPattern + "$");
        return WaitForRequestAsync(request => request.Method == method && regex.IsMatch(request.Path), cancellationToken);
    }

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string pathPattern)
    {
        var regex = new Regex("^" + pathPattern + "$");
        return Requests.Where(request => request.Method == method && regex.IsMatch(request.Path)).ToList();
    }

    public void Record(string entry)
    {
        lock (_lock)
            _timeline.Add(entry);
    }

    public void Violation(string problem)
    {
        lock (_lock)
            _violations.Add(problem);
    }

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
            await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        var violations = Violations;
        if (violations.Count > 0)
            throw new Xunit.Sdk.XunitException("The Discord client sent requests the spec does not allow:\n" + string.Join("\n", violations));
    }

    private async Task AcceptGatewayAsync(HttpContext context, string path)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        var query = context.Request.QueryString.Value ?? "";
        if (query != "?v=10&encoding=json")
            Violation($"gateway connection with query '{query}', expected ?v=10&encoding=json");
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, path, query, this);
        Record($"GATEWAY connect {path}");
        if (SendHello)
            await connection.SendHelloAsync(HeartbeatInterval);
        var run = connection.RunAsync(context.RequestAborted);
        await _connections.Writer.WriteAsync(connection);
        await run;
    }

    private async Task ServeCdnAsync(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        Record($"CDN GET {context.Request.Path}");
        if (authorization.Length > 0)
            Violation($"the CDN download {context.Request.Path} carried an Authorization header");
        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync("Title: An uploaded source\n\nIt has one paragraph.");
    }

    private async Task ServeRestAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value!["/api/v10".Length..];
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        JsonNode? body = null;
        if (text.Length > 0)
        {
            try
            {
                body = JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                Violation($"{request.Method} {path}: the body is not JSON");
            }
        }

        RecordedRequest recorded;
        lock (_lock)
        {
            recorded = new RecordedRequest(++_order, request.Method, path, request.QueryString.Value ?? "",
                request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
                request.Headers.UserAgent.ToString(), request.ContentType, body);
            _requests.Add(recorded);
            _timeline.Add($"REST {request.Method} {path}");
        }

        if (_spec is not null)
        {
            foreach (var problem in _spec.ValidateRequest(request.Method, path, body))
                Violation(problem);
        }
        if (body is not null && !(request.ContentType ?? "").StartsWith("application/json", StringComparison.Ordinal))
            Violation($"{request.Method} {path}: Content-Type {request.ContentType}");
        if (!recorded.UserAgent!.StartsWith("DiscordBot (", StringComparison.Ordinal))
            Violation($"{request.Method} {path}: User-Agent '{recorded.UserAgent}' is not 'DiscordBot (url, version)'");

        var response = recorded.Authorization == $"Bot {Token}"
            ? await HandleAsync(recorded)
            : FakeResponse.Error(401, 0, "401: Unauthorized");
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;
        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body.ToJsonString());
        }

        lock (_lock)
        {
            // Signalled after the response is written, so a waiter sees the whole exchange done.
            _changed.TrySetResult();
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private async Task<FakeResponse> HandleAsync(RecordedRequest request)
    {
        Func<RecordedRequest, Task<FakeResponse>>? scripted;
        lock (_lock)
            scripted = _handlers.FirstOrDefault(handler => handler.Method == request.Method && handler.Path.IsMatch(request.Path)).Handler;
        return scripted is null ? Default(request) : await scripted(request);
    }

    private FakeResponse Default(RecordedRequest request)
    {
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return (request.Method, segments) switch
        {
            ("GET", ["applications", "@me"]) => FakeResponse.Ok(new JsonObject
            {
                ["id"] = ApplicationId.ToString(),
                ["name"] = "HistoryBot",
                ["bot"] = new JsonObject { ["id"] = BotUserId.ToString(), ["username"] = "HistoryBot", ["bot"] = true },
            }),
            ("GET", ["gateway", "bot"]) => FakeResponse.Ok(new JsonObject
            {
                ["url"] = GatewayUrl,
                ["shards"] = RecommendedShards,
                ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 14_400_000, ["max_concurrency"] = MaxConcurrency },
            }),
            ("PUT", ["applications", _, .., "commands"]) => FakeResponse.Ok(request.Body?.DeepClone()),
            ("POST", ["interactions", _, _, "callback"]) => FakeResponse.NoContent,
            ("DELETE", ["webhooks", ..]) => FakeResponse.NoContent,
            ("POST" or "PATCH", ["webhooks", _, _, ..]) => FakeResponse.Ok(Message(request, "300000000000000003")),
            // Start Thread from Message: a public thread (type 11) whose id is the message's.
            ("POST", ["channels", var parent, "messages", var message, "threads"]) => FakeResponse.Created(new JsonObject
            {
                ["id"] = message,
                ["type"] = 11,
                ["guild_id"] = "500000000000000005",
                ["parent_id"] = parent,
                ["name"] = (string?)request.Body?["name"] ?? "",
                ["owner_id"] = BotUserId.ToString(),
                ["flags"] = 0,
                ["thread_metadata"] = new JsonObject { ["archived"] = false, ["auto_archive_duration"] = 1440, ["archive_timestamp"] = "2026-03-31T08:00:00+00:00", ["locked"] = false },
                ["message_count"] = 0,
                ["member_count"] = 1,
                ["total_message_sent"] = 0,
            }),
            ("POST" or "PATCH", ["channels", var channel, "messages", ..]) => FakeResponse.Ok(Message(request, channel)),
            _ => FakeResponse.Error(404, 0, "404: Not Found"),
        };
    }

    private JsonObject Message(RecordedRequest request, string channel)
    {
        var segments = request.Path.Split('/');
        var id = request.Method == "PATCH" && segments[^1] != "@original"
            ? segments[^1]
            : (400000000000000000 + Interlocked.Increment(ref _messageIds)).ToString();
        return new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channel,
            ["content"] = (string?)request.Body?["content"] ?? "",
            ["author"] = new JsonObject { ["id"] = BotUserId.ToString(), ["username"] = "HistoryBot", ["bot"] = true },
        };
    }
}
