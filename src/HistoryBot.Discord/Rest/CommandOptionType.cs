namespace HistoryBot.Discord.Rest;

/// <summary>The option types we register (Discord has more).</summary>
public enum CommandOptionType
{
    String = 3,
    Attachment = 11,
}
