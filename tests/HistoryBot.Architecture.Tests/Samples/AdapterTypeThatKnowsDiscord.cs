using HistoryBot.Discord;

namespace HistoryBot.Architecture.Tests.Samples;

/// <summary>Breaks the adapters' rule on purpose: a Telegram type that reads the Discord adapter's options.</summary>
internal sealed class AdapterTypeThatKnowsDiscord(DiscordOptions options)
{
    public string? Token => options.Token;
}
