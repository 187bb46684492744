namespace HistoryBot.Core.Chat;

[Flags]
public enum TextStyle
{
    Plain = 0,
    Bold = 1,
    Italic = 2,
    Code = 4,
}
