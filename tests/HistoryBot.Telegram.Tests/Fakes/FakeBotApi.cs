using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HistoryBot.Telegram.Tests.Fakes;

/// <summary>
/// A Bot API server on 127.0.0.1 (real HTTP, Kestrel on port 0) for the adapter under test:
/// serves scripted updates by long polling like Telegram (an update stays until a higher offset
/// confirms it), answers the methods the bot uses, and checks every call against api.json and
/// the formatting rules. A call that breaks a rule is answered 400 and recorded in
/// <see cref="Violations"/>, which every test checks at its end.
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456789:TEST-fake_token_abcdefghijklmnopqrstu";
    public const long BotId = 123456789;
    public const string BotUsername = "HistoryTestBot";

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly BotApiSpec? _spec = BotApiSpec.Load();
    private readonly Lock _gate = new();
    private readonly List<ApiCall> _calls = [];
    private readonly List<string> _violations = [];
    private readonly List<JsonObject> _pending = [];
    private readonly List<Func<ApiCall, FakeResponse?>> _scripts = [];
    private readonly Dictionary<(long Chat, long User), string> _members = [];
    private readonly Dictionary<(long Chat, int Message), JsonObject> _messages = [];
    private readonly Dictionary<string, byte[]> _files = [];
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _callSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _updateSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextUpdateId = 1000;
    private int _nextMessageId = 500;
    private int _nextSequence;

    private FakeBotApi(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    public string BaseUrl => _app.Urls.First();

    public static JsonObject BotUser => new()
    {
        ["id"] = BotId,
        ["is_bot"] = true,
        ["first_name"] = "History Bot",
        ["username"] = BotUsername,
        ["can_join_groups"] = true,
        ["can_read_all_group_messages"] = false,
        ["supports_inline_queries"] = false,
    };

    /// <summary>True when api.json was found and calls are checked against it.</summary>
    public bool ChecksSpec => _spec is not null;

    public IReadOnlyList<ApiCall> Calls
    {
        get
        {
            lock (_gate)
                return _calls.ToList();
        }
    }

    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_gate)
                return _violations.ToList();
        }
    }

    public static async Task<FakeBotApi> StartAsync(TimeProvider clock)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var fake = new FakeBotApi(app, clock);
        app.UseRouting();
        app.Map("/{**path}", fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    public IReadOnlyList<ApiCall> CallsTo(string method) => Calls.Where(call => call.Method == method).ToList();

    /// <summary>Queues an update (its update_id is assigned unless given) after checking it against types.Update.</summary>
    public long EnqueueUpdate(JsonObject update)
    {
        lock (_gate)
        {
            if (update["update_id"] is null)
                update["update_id"] = ++_nextUpdateId;
            else
                _nextUpdateId = Math.Max(_nextUpdateId, update["update_id"]!.GetValue<long>());
            if (_spec?.CheckType("Update", update) is { Count: > 0 } errors)
                throw new InvalidOperationException("The test's update is not a valid Update: " + string.Join("; ", errors));
            _pending.Add(update);
            _pending.Sort((a, b) => a["update_id"]!.GetValue<long>().CompareTo(b["update_id"]!.GetValue<long>()));
            Signal(ref _updateSignal);
            return update["update_id"]!.GetValue<long>();
        }
    }

    /// <summary>Delivers an update again, as Telegram does when the confirming offset never arrived.</summary>
    public void Redeliver(JsonObject update) => EnqueueUpdate(update.DeepClone().AsObject());

    /// <summary>Answers calls for which <paramref name="responder"/> returns a response, until it is removed.</summary>
    public IDisposable Script(Func<ApiCall, FakeResponse?> responder)
    {
        lock (_gate)
            _scripts.Add(responder);
        return new Removal(() =>
        {
            lock (_gate)
                _scripts.Remove(responder);
        });
    }

    /// <summary>Answers the next <paramref name="times"/> calls of a method with <paramref name="response"/>.</summary>
    public void FailNext(string method, FakeResponse response, int times = 1, Func<ApiCall, bool>? when = null)
    {
        var left = times;
        Script(call =>
        {
            if (call.Method != method || (when is not null && !when(call)))
                return null;
            return Interlocked.Decrement(ref left) >= 0 ? response : null;
        });
    }

    public void SetMemberStatus(long chatId, long userId, string status)
    {
        lock (_gate)
            _members[(chatId, userId)] = status;
    }

    public string AddFile(byte[] content)
    {
        lock (_gate)
        {
            var id = "file-" + (_files.Count + 1).ToString(CultureInfo.InvariantCulture);
            _files[id] = content;
            return id;
        }
    }

    /// <summary>A message the bot sent, as Telegram would include it in a callback query or a reply.</summary>
    public JsonObject SentMessage(long chatId, int messageId)
    {
        lock (_gate)
            return _messages[(chatId, messageId)].DeepClone().AsObject();
    }

    /// <summary>The newest message the bot sent to (or edited in) a chat.</summary>
    public JsonObject LastSentMessage(long chatId)
    {
        lock (_gate)
            return _messages.Where(pair => pair.Key.Chat == chatId).MaxBy(pair => pair.Key.Message).Value.DeepClone().AsObject();
    }

    public async Task<ApiCall> WaitForCallAsync(string method, Func<ApiCall, bool>? match = null, CancellationToken cancellationToken = default) =>
        (await WaitForCallsAsync(method, 1, match, cancellationToken))[0];

    /// <summary>Waits until at least <paramref name="count"/> matching calls arrived; returns them all.</summary>
    public async Task<IReadOnlyList<ApiCall>> WaitForCallsAsync(string method, int count, Func<ApiCall, bool>? match = null, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                var found = _calls.Where(call => call.Method == method && (match is null || match(call))).ToList();
                if (found.Count >= count)
                    return found;
                signal = _callSignal.Task;
            }
            try
            {
                await signal.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Waited in vain for {count} call(s) to {method}; calls so far: {string.Join(", ", Calls.Select(call => call.Method))}; violations: {string.Join("; ", Violations)}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var file = FilePath().Match(path);
        if (file.Success)
        {
            await ServeFileAsync(context, file);
            return;
        }
        var route = MethodPath().Match(path);
        if (!route.Success || route.Groups["token"].Value != Token)
        {
            await WriteAsync(context, FakeResponse.Error(route.Success ? 401 : 404, route.Success ? "Unauthorized" : "Not Found"));
            return;
        }

        JsonObject parameters;
        try
        {
            parameters = await ReadParametersAsync(context.Request);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            await WriteAsync(context, Violation($"{route.Groups["method"].Value}: body is not a JSON object ({ex.Message})"));
            return;
        }

        var method = route.Groups["method"].Value;
        ApiCall call;
        FakeResponse? scripted = null;
        List<string> errors;
        lock (_gate)
        {
            call = new ApiCall(++_nextSequence, method, parameters, _clock.GetUtcNow());
            errors = [.. _spec?.CheckCall(method, parameters) ?? [], .. BotApiRules.Check(method, parameters)];
            if (_spec is null && !KnownMethods.Contains(method))
                errors.Add($"{method}: unknown method");
            _violations.AddRange(errors);
            if (errors.Count == 0)
            {
                foreach (var script in _scripts.ToList())
                {
                    if ((scripted = script(call)) is not null)
                        break;
                }
            }
        }
        // A call is seen by the test once its effects exist (a sent message is stored), as a real
        // server's reply means the message exists: a test that waits for "sendMessage" may read it at once.
        object? answered = null;
        try
        {
            if (errors.Count == 0 && scripted is null && method != "getUpdates")
                answered = Answer(call);
        }
        finally
        {
            lock (_gate)
            {
                _calls.Add(call);
                Signal(ref _callSignal);
            }
        }
        if (errors.Count > 0)
        {
            await WriteAsync(context, FakeResponse.Error(400, "Bad Request: fake Bot API: " + string.Join("; ", errors)));
            return;
        }
        if (scripted is not null)
        {
            await WriteAsync(context, scripted);
            return;
        }
        var result = method == "getUpdates" ? await GetUpdatesAsync(parameters, context.RequestAborted) : answered;
        if (result is FakeResponse failure)
        {
            await WriteAsync(context, failure);
            return;
        }
        await WriteAsync(context, new FakeResponse(200, new JsonObject { ["ok"] = true, ["result"] = (JsonNode?)result }));
    }

    private static readonly HashSet<string> KnownMethods =
    [
        "getMe", "getUpdates", "setWebhook", "deleteWebhook", "sendMessage", "editMessageText", "answerCallbackQuery",
        "setMyCommands", "getChatMember", "sendChatAction", "getFile",
    ];

    [GeneratedRegex("^/bot(?<token>[^/]+)/(?<method>[A-Za-z]+)$")]
    private static partial Regex MethodPath();

    [GeneratedRegex("^/file/bot(?<token>[^/]+)/(?<path>.+)$")]
    private static partial Regex FilePath();

    private object? Answer(ApiCall call)
    {
        var p = call.Parameters;
        switch (call.Method)
        {
            case "getMe":
                return BotUser;
            case "setWebhook":
            case "deleteWebhook":
            case "answerCallbackQuery":
            case "setMyCommands":
            case "sendChatAction":
                return JsonValue.Create(true);
            case "sendMessage":
                return StoreMessage(p["chat_id"]!.GetValue<long>(), null, p);
            case "editMessageText":
                return EditMessage(p);
            case "getChatMember":
                return Member(p["chat_id"]!.GetValue<long>(), p["user_id"]!.GetValue<long>());
            case "getFile":
                var id = p["file_id"]!.GetValue<string>();
                lock (_gate)
                {
                    if (!_files.TryGetValue(id, out var content))
                        return FakeResponse.Error(400, "Bad Request: invalid file_id");
                    return new JsonObject { ["file_id"] = id, ["file_unique_id"] = "u" + id, ["file_size"] = content.Length, ["file_path"] = $"documents/{id}.txt" };
                }
            default:
                return FakeResponse.Error(404, "Not Found: method not found");
        }
    }

    /// <summary>Unconfirmed updates from the offset on; waits (real time) up to the timeout when there are none.</summary>
    private async Task<object?> GetUpdatesAsync(JsonObject p, CancellationToken aborted)
    {
        var offset = p["offset"]?.GetValue<long>();
        var limit = p["limit"]?.GetValue<int>() ?? 100;
        var timeout = TimeSpan.FromSeconds(p["timeout"]?.GetValue<int>() ?? 0);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted, _stopping.Token);
        wait.CancelAfter(timeout);
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                if (offset is not null)
                    _pending.RemoveAll(update => update["update_id"]!.GetValue<long>() < offset);
                var ready = _pending.Take(limit).Select(update => (JsonNode)update.DeepClone()).ToArray();
                if (ready.Length > 0 || wait.IsCancellationRequested)
                    return new JsonArray(ready);
                signal = _updateSignal.Task;
            }
            try
            {
                await signal.WaitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private JsonObject StoreMessage(long chatId, int? messageId, JsonObject p)
    {
        lock (_gate)
        {
            var chat = chatId > 0
                ? new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "User" }
                : new JsonObject { ["id"] = chatId, ["type"] = "supergroup", ["title"] = "Group" };
            var message = new JsonObject
            {
                ["message_id"] = messageId ?? ++_nextMessageId,
                ["from"] = BotUser,
                ["date"] = _clock.GetUtcNow().ToUnixTimeSeconds(),
                ["chat"] = chat,
                ["text"] = VisibleText(p),
            };
            if (p["reply_markup"] is JsonObject markup)
                message["reply_markup"] = markup.DeepClone();
            if (_spec?.CheckType("Message", message) is { Count: > 0 } errors)
                throw new InvalidOperationException("The fake built an invalid Message: " + string.Join("; ", errors));
            _messages[(chatId, message["message_id"]!.GetValue<int>())] = message;
            return message;
        }
    }

    private object EditMessage(JsonObject p)
    {
        var chatId = p["chat_id"]!.GetValue<long>();
        var messageId = p["message_id"]!.GetValue<int>();
        lock (_gate)
        {
            if (!_messages.TryGetValue((chatId, messageId), out var existing))
                return FakeResponse.Error(400, "Bad Request: message to edit not found");
            if (existing["text"]!.GetValue<string>() == VisibleText(p) && JsonNode.DeepEquals(existing["reply_markup"], p["reply_markup"]))
                return FakeResponse.Error(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same");
        }
        return StoreMessage(chatId, messageId, p);
    }

    private JsonObject Member(long chatId, long userId)
    {
        string status;
        lock (_gate)
            status = _members.GetValueOrDefault((chatId, userId), "member");
        var member = new JsonObject
        {
            ["status"] = status,
            ["user"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "User" },
        };
        switch (status)
        {
            case "creator":
                member["is_anonymous"] = false;
                break;
            case "administrator":
                foreach (var right in new[]
                {
                    "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
                    "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories",
                })
                {
                    member[right] = right == "can_manage_chat";
                }
                break;
            case "kicked":
                member["until_date"] = 0;
                break;
        }
        return member;
    }

    private async Task ServeFileAsync(HttpContext context, Match file)
    {
        byte[]? content = null;
        lock (_gate)
        {
            var name = Path.GetFileNameWithoutExtension(file.Groups["path"].Value);
            if (file.Groups["token"].Value == Token)
                _files.TryGetValue(name, out content);
        }
        if (content is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await context.Response.Body.WriteAsync(content);
    }

    private static async Task<JsonObject> ReadParametersAsync(HttpRequest request)
    {
        if (request.ContentLength is null or 0 && !request.Headers.TransferEncoding.Any())
            return new JsonObject();
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            throw new InvalidOperationException($"content type {request.ContentType} (the bot sends JSON)");
        return (await JsonNode.ParseAsync(request.Body))?.AsObject() ?? throw new InvalidOperationException("empty body");
    }

    private static string VisibleText(JsonObject p)
    {
        var text = p["text"]?.GetValue<string>() ?? "";
        return string.Equals(p["parse_mode"]?.GetValue<string>(), "HTML", StringComparison.OrdinalIgnoreCase) ? WebUtility.HtmlDecode(TagPattern().Replace(text, "")) : text;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();

    private FakeResponse Violation(string error)
    {
        lock (_gate)
            _violations.Add(error);
        return FakeResponse.Error(400, "Bad Request: fake Bot API: " + error);
    }

    private static async Task WriteAsync(HttpContext context, FakeResponse response)
    {
        if (response.StatusCode == 0)
        {
            context.Abort();
            return;
        }
        context.Response.StatusCode = response.StatusCode;
        context.Response.ContentType = "application/json";
        try
        {
            await context.Response.WriteAsync(response.Body.ToJsonString(), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The bot gave up on the request (a cancelled typing indicator, shutdown).
        }
    }

    private static void Signal(ref TaskCompletionSource signal)
    {
        var previous = signal;
        signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        previous.TrySetResult();
    }

    private sealed class Removal(Action remove) : IDisposable
    {
        public void Dispose() => remove();
    }
}
