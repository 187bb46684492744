using System.Text.Json;

namespace HistoryBot.Discord.Gateway;

/// <summary>A frame from the gateway: {op, d, s, t}; <see cref="S"/> and <see cref="T"/> only for dispatches.</summary>
internal sealed record GatewayPayload(GatewayOpCode Op, JsonElement D = default, int? S = null, string? T = null);
