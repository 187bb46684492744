namespace HistoryBot.Discord.Rest;

/// <summary>The body of POST /interactions/{id}/{token}/callback.</summary>
public sealed record InteractionResponse(InteractionCallbackType Type, MessagePayload? Data = null);
