using HistoryBot.Core.Chat;
using HistoryBot.Discord.Models;

namespace HistoryBot.Discord.Adapter;

/// <summary>
/// Turns a Discord attachment into a lazily opened <see cref="ChatAttachment"/>. Downloads go
/// through their own HttpClient: the CDN must never see the bot token.
/// </summary>
internal sealed class AttachmentOpener(IHttpClientFactory clients)
{
    public const string ClientName = "HistoryBot.Discord.Cdn";

    public ChatAttachment Open(DiscordAttachment attachment) => new(attachment.Filename, attachment.Size, async cancellationToken =>
    {
        var http = clients.CreateClient(ClientName);
        var response = await http.GetAsync(attachment.Url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            throw new DiscordException($"Downloading the attachment {attachment.Filename} failed with {(int)response.StatusCode}.",
                DiscordException.FailureOf(response.StatusCode), response.StatusCode);
        }
        // The stream owns the response; disposing it frees the connection.
        return await response.Content.ReadAsStreamAsync(cancellationToken);
    });
}
