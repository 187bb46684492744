namespace HistoryBot.Core.Chat;

/// <summary>
/// A reply's request for a short optional text from the presser: <see cref="Data"/> goes back
/// with the text as a <see cref="ChatAction"/>; <see cref="Prompt"/> says what is asked;
/// <see cref="FollowUp"/> is the notice of platforms that take it as the user's next message.
/// </summary>
public sealed record ReasonRequest(string Data, string Title, string Prompt, string FollowUp, int MaxLength);
