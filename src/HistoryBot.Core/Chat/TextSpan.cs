namespace HistoryBot.Core.Chat;

/// <summary>A run of text in one style. Renderers escape the text for their platform.</summary>
public sealed record TextSpan(string Text, TextStyle Style = TextStyle.Plain);
