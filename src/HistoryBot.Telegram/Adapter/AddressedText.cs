namespace HistoryBot.Telegram.Adapter;

/// <summary>What a message addressed to the bot says, and whether its sender only quoted or forwarded it.</summary>
internal sealed record AddressedText(string Text, bool IsQuoted);
