namespace HistoryBot.Discord.Rest;

public static class MessageFlags
{
    /// <summary>Only the invoking user sees the message (interaction responses only).</summary>
    public const int Ephemeral = 1 << 6;
}
