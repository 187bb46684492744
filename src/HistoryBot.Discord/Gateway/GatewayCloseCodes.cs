namespace HistoryBot.Discord.Gateway;

/// <summary>The gateway's close codes and what each one asks of us.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Sent by us to drop a connection but keep the session resumable (1000/1001 would end it).</summary>
    public const int ReconnectClose = 4900;

    public static CloseAction ActionFor(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => CloseAction.Stop,
        4007 or 4009 => CloseAction.Reidentify,
        // 4000–4003, 4005, 4008, anything else and a drop without a code: the session may live on.
        _ => CloseAction.Resume,
    };

    /// <summary>A message an operator can act on, for the codes that stop the adapter.</summary>
    public static string Explain(int code) => code switch
    {
        4004 => "authentication failed (4004): Discord rejected Discord:Token. Reset the token in the Developer Portal (Bot → Reset Token) and set HISTORYBOT_Discord__Token",
        4010 => "invalid shard (4010): check Discord:ShardId and Discord:ShardCount",
        4011 => "sharding required (4011): the bot is in too many servers for one shard; set Discord:ShardCount or leave it empty to use Discord's recommendation",
        4012 => "invalid API version (4012): Discord:GatewayUrl must point at a gateway that speaks v10",
        4013 => "invalid intents (4013)",
        4014 => "disallowed intents (4014): Message Content Intent is not enabled for this bot in the Developer Portal (Bot page); enable it, or set Discord:MessageContentIntent to false",
        4007 => "invalid sequence on resume (4007)",
        4009 => "session timed out (4009)",
        _ => $"closed with code {code}",
    };
}
