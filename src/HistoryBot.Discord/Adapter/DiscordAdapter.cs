using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
using HistoryBot.Discord.Gateway;
using HistoryBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HistoryBot.Discord.Adapter;

/// <summary>
/// The Discord adapter as a hosted service: checks the token, registers the slash commands,
/// runs the shards, and on shutdown lets answers in flight finish before closing the gateway
/// normally. A refused token or shard setting stops the adapter (not the host) with a message
/// saying what to fix.
/// </summary>
internal sealed class DiscordAdapter(
    IOptions<DiscordOptions> options,
    IDiscordRestApi rest,
    IChatBot bot,
    DiscordEventRouter router,
    InFlightTracker inFlight,
    IGatewaySessionStore sessions,
    AdapterStatus status,
    DiscordTimings timings,
    TimeProvider time,
    ILoggerFactory loggers,
    ILeaseStore? leases = null) : IHostedService, IDisposable
{
    public const string StatusName = "discord";

    private readonly ILogger _logger = loggers.CreateLogger<DiscordAdapter>();
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _startup = new();
    private Task _run = Task.CompletedTask;
    private volatile IReadOnlyList<GatewayShard> _shards = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        status.Report(StatusName, false, "starting");
        _run = RunAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Still starting (Discord unreachable, say): nothing to finish, stop trying.
        await _startup.CancelAsync();
        // Answers in flight finish first; events arriving meanwhile are not taken.
        await inFlight.DrainAsync(cancellationToken);
        if (!cancellationToken.IsCancellationRequested)
            await Task.WhenAll(_shards.Select(shard => shard.CloseAsync(cancellationToken)));
        try
        {
            await _run.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("The Discord gateway did not close in time; dropping the connection");
        }
        finally
        {
            await _stopping.CancelAsync();
            await _run;
        }
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _startup.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        using var startup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _startup.Token);
        try
        {
            var settings = options.Value;
            var application = await WithRetryAsync(rest.GetApplicationAsync, "reading the application", startup.Token);
            if (application.Bot is { } self)
                router.BotUser = self.Id;
            var gateway = await WithRetryAsync(rest.GetGatewayBotAsync, "asking for the gateway", startup.Token);
            await RegisterCommandsAsync(application.Id, settings, startup.Token);

            var count = settings.ShardCount ?? Math.Max(1, gateway.Shards);
            var ids = settings.ShardId is { } only ? [only] : Enumerable.Range(0, count).ToArray();
            var url = new Uri(string.IsNullOrWhiteSpace(settings.GatewayUrl) ? gateway.Url : settings.GatewayUrl);
            var identify = new IdentifyLimiter(gateway.SessionStartLimit, time, timings.IdentifyWindow, _logger, leases);
            var shards = ids.Select(id =>
            {
                var shard = new ShardInfo(id, count);
                var name = count == 1 ? StatusName : $"{StatusName}/shard {id}";
                return new GatewayShard(shard, name, url, settings.Token!.Trim(), identify, router, sessions, status, timings, time,
                    loggers.CreateLogger($"{typeof(GatewayShard).FullName}"),
                    settings.MessageContentIntent ? GatewayIntents.HistoryBot | GatewayIntents.MessageContent : GatewayIntents.HistoryBot);
            }).ToList();
            if (count > 1)
                status.Remove(StatusName);
            _shards = shards;
            // StopAsync cancels the startup before it looks at the shards: one of the two sees the other.
            if (_startup.IsCancellationRequested)
                return;
            _logger.LogInformation("Discord: running {Shards} of {Count} shards as application {Application}", shards.Count, count, application.Id);

            // One shard refused (bad token, bad shard settings) means all would be: stop them all.
            using var stopAll = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAll(shards.Select(async shard =>
            {
                try
                {
                    await shard.RunAsync(stopAll.Token);
                }
                catch (DiscordException)
                {
                    await stopAll.CancelAsync();
                    throw;
                }
            }));
        }
        catch (OperationCanceledException) when (startup.IsCancellationRequested)
        {
        }
        catch (DiscordException ex) when (ex.Failure is DiscordFailure.GatewayRejected or DiscordFailure.Unauthorized or DiscordFailure.Forbidden or DiscordFailure.BadRequest)
        {
            _logger.LogCritical("The Discord adapter stopped: {Reason}", ex.Message);
            Report(false, "stopped: " + ex.Message);
        }
        catch (Exception ex)
        {
            _logger.LogCritical(ex, "The Discord adapter stopped after an unexpected error");
            Report(false, "stopped: " + ex.Message);
        }
    }

    private async Task RegisterCommandsAsync(Snowflake application, DiscordOptions settings, CancellationToken cancellationToken)
    {
        var commands = new List<ApplicationCommandRequest>();
        foreach (var info in bot.Commands)
        {
            if (SlashCommands.Build(info) is { } command)
                commands.Add(command);
            else
                _logger.LogWarning("/{Command} cannot be a Discord slash command (its name or argument name is not allowed); it still works in mentions and DMs", info.Name);
        }
        Snowflake? guild = Snowflake.TryParse(settings.CommandGuildId, out var server) ? server : null;
        try
        {
            await rest.OverwriteCommandsAsync(application, guild, commands, cancellationToken);
            _logger.LogInformation("Registered {Count} slash commands {Scope}", commands.Count, guild is null ? "globally (they may take a while to appear)" : $"in server {guild}");
        }
        catch (DiscordException ex) when (ex.Failure != DiscordFailure.Unauthorized)
        {
            // Mentions and DMs work without slash commands, so this is not worth stopping for.
            _logger.LogError("Registering the slash commands failed: {Error}", ex.Message);
        }
    }

    /// <summary>Retries while Discord is unreachable or failing; anything else (a refused token) is for the operator.</summary>
    private async Task<T> WithRetryAsync<T>(Func<CancellationToken, Task<T>> call, string what, CancellationToken cancellationToken)
    {
        var delay = timings.ReconnectDelay;
        while (true)
        {
            try
            {
                return await call(cancellationToken);
            }
            catch (DiscordException ex) when (ex.Failure == DiscordFailure.Unavailable)
            {
                Report(false, $"{what} failed: {ex.Message}");
                _logger.LogWarning("Discord: {What} failed ({Error}); retrying in {Delay} s", what, ex.Message, delay.TotalSeconds);
                await Task.Delay(delay, time, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, timings.MaxReconnectDelay.Ticks));
            }
            catch (DiscordException ex) when (ex.Failure == DiscordFailure.Unauthorized)
            {
                throw new DiscordException(
                    "Discord rejected Discord:Token (401 Unauthorized). Reset the token in the Developer Portal (Bot → Reset Token) and set HISTORYBOT_Discord__Token",
                    DiscordFailure.Unauthorized, ex.Status, ex.ErrorCode, ex);
            }
        }
    }

    private void Report(bool connected, string detail)
    {
        var shards = _shards;
        if (shards.Count == 0 || shards[0].Shard.Count == 1)
            status.Report(StatusName, connected, detail);
        else
            foreach (var shard in shards)
                status.Report($"{StatusName}/shard {shard.Shard.Id}", connected, detail);
    }
}
