namespace HistoryBot.Discord.Rest;

/// <summary>Makes a new message a reply; <see cref="FailIfNotExists"/> false still posts when the question was deleted.</summary>
public sealed record MessageReference(Snowflake MessageId, bool? FailIfNotExists = null);
