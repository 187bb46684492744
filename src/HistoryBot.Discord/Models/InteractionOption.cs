using System.Text.Json;

namespace HistoryBot.Discord.Models;

/// <summary>One filled-in option of a slash command; for an attachment the value is the attachment's id.</summary>
public sealed record InteractionOption(string Name, int Type, JsonElement? Value = null);
