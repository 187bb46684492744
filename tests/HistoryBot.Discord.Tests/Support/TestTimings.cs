namespace HistoryBot.Discord.Tests.Support;

/// <summary>Protocol waits shrunk for tests; the heartbeat jitter is fixed so heartbeat times are known.</summary>
internal static class TestTimings
{
    public static DiscordTimings Fast { get; } = new()
    {
        HeartbeatJitter = () => 0.5,
        ReconnectDelay = TimeSpan.FromMilliseconds(10),
        MaxReconnectDelay = TimeSpan.FromMilliseconds(50),
        InvalidSessionMinDelay = TimeSpan.FromMilliseconds(10),
        InvalidSessionMaxDelay = TimeSpan.FromMilliseconds(20),
        IdentifyWindow = TimeSpan.FromMilliseconds(20),
        RestRetryDelay = TimeSpan.FromMilliseconds(10),
        InteractionAnswerBudget = TimeSpan.FromSeconds(2),
    };
}
