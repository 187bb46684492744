namespace HistoryBot.Core.Chat;

/// <summary>
/// A message addressed to the bot, already translated from the platform: the adapter has
/// decided it is for us (command, mention, reply, private chat, or any message where the
/// chat's settings make every message a question), stripped the mention,
/// and worked out the sender's role. <see cref="IsQuoted"/> marks text the sender did not
/// write (a quoted or forwarded message): it is always a question, never a command, so an
/// admin who quotes a member's "/removesource …" does not run it with the admin's role.
/// <see cref="Unaddressed"/> marks a plain message in a chat where every message is a question:
/// nobody addressed it to the bot, so small talk gets no reply (<see cref="ReplyKind.None"/>).
/// </summary>
public sealed record ChatMessage(ChatOrigin Origin, string Text, ChatAttachment? Attachment = null, bool IsQuoted = false, bool Unaddressed = false) : ChatEvent(Origin);
