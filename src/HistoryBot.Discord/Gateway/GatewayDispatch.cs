using System.Text.Json;

namespace HistoryBot.Discord.Gateway;

/// <summary>A dispatch (op 0) handed on to the adapter; <see cref="Data"/> is detached from the frame's buffer.</summary>
internal sealed record GatewayDispatch(ShardInfo Shard, string Event, int Sequence, JsonElement Data);
