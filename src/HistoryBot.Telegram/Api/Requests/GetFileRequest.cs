namespace HistoryBot.Telegram.Api.Requests;

public sealed record GetFileRequest(string FileId);
