using HistoryBot.Telegram;

namespace HistoryBot.Architecture.Tests.Samples;

/// <summary>Breaks the core's rule on purpose: a core type that reads the Telegram adapter's options.</summary>
internal sealed class CoreTypeThatKnowsTelegram(TelegramOptions options)
{
    public string? Token => options.Token;
}
