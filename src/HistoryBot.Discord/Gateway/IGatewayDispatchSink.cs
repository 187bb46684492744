namespace HistoryBot.Discord.Gateway;

/// <summary>
/// Receives dispatches from the shards. <see cref="Accept"/> must return quickly: it runs on the
/// shard's read loop, which also processes heartbeat ACKs.
/// </summary>
internal interface IGatewayDispatchSink
{
    void Accept(GatewayDispatch dispatch);
}
