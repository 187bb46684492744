using System.Text.Json.Serialization;
using HistoryBot.Discord.Gateway;
using HistoryBot.Discord.Models;
using HistoryBot.Discord.Rest;

namespace HistoryBot.Discord;

/// <summary>Source-generated JSON for every type that crosses the wire: snake_case names, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(IdentifyData))]
[JsonSerializable(typeof(ResumeData))]
[JsonSerializable(typeof(ReadyEvent))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(ApplicationInfo))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommandRequest>))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(ModalResponse))]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(StartThreadRequest))]
[JsonSerializable(typeof(DiscordChannel))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
