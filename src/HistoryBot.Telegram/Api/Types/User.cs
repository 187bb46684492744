using System.Text.Json.Serialization;

namespace HistoryBot.Telegram.Api.Types;

public sealed record User(
    long Id,
    bool IsBot,
    string FirstName,
    string? LastName = null,
    string? Username = null,
    string? LanguageCode = null,
    bool? CanReadAllGroupMessages = null)
{
    /// <summary>How the bot names the user: @username, else the full name.</summary>
    [JsonIgnore]
    public string DisplayName => Username is { Length: > 0 } ? "@" + Username : string.Join(' ', new[] { FirstName, LastName }.Where(part => !string.IsNullOrEmpty(part)));
}
