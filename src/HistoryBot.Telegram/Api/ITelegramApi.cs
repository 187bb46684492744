using HistoryBot.Telegram.Api.Requests;
using HistoryBot.Telegram.Api.Types;

namespace HistoryBot.Telegram.Api;

/// <summary>
/// The Bot API methods the bot uses. Failures throw <see cref="TelegramApiException"/> after the
/// client's retries (429 waits retry_after; 5xx and network errors back off).
/// </summary>
public interface ITelegramApi
{
    Task<User> GetMeAsync(CancellationToken cancellationToken = default);

    /// <summary>Long polling: waits up to <see cref="GetUpdatesRequest.Timeout"/> seconds for updates.</summary>
    Task<IReadOnlyList<Update>> GetUpdatesAsync(GetUpdatesRequest request, CancellationToken cancellationToken = default);

    Task SetWebhookAsync(SetWebhookRequest request, CancellationToken cancellationToken = default);

    Task DeleteWebhookAsync(DeleteWebhookRequest request, CancellationToken cancellationToken = default);

    Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default);

    Task EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken = default);

    Task AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken = default);

    Task SetMyCommandsAsync(SetMyCommandsRequest request, CancellationToken cancellationToken = default);

    Task<ChatMember> GetChatMemberAsync(GetChatMemberRequest request, CancellationToken cancellationToken = default);

    Task SendChatActionAsync(SendChatActionRequest request, CancellationToken cancellationToken = default);

    Task<TelegramFile> GetFileAsync(GetFileRequest request, CancellationToken cancellationToken = default);

    /// <summary>The content of a file found with <see cref="GetFileAsync"/>, read into memory (bots may download up to 20 MB).</summary>
    Task<Stream> DownloadFileAsync(string filePath, CancellationToken cancellationToken = default);
}
