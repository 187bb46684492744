namespace HistoryBot.Discord.Rest;

public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
}
