using System.Globalization;
using HistoryBot.Core.Administration;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>
/// /addsource: add an uploaded .txt or .md document (on the console: a local path) to the
/// library, then reindex. A bad file is refused with the reason and changes nothing; a file
/// whose reindex fails is taken out again.
/// </summary>
public sealed class AddSourceCommand(ReindexCoordinator coordinator, SourceManager sources, AdminAudit audit, TimeProvider time) : IChatCommand
{
    private const string Usage = "Attach a .txt or .md file (UTF-8, at most 1 MB) to /addsource, optionally with title=\"…\" and lang=en|lt|ro|tl.";
    private const string ConsoleUsage = "On the console give the file's path: /addsource path/to/file.txt title=\"…\" lang=en";

    private static readonly ReindexTexts BaseTexts = new("Adding a source", "Source added", "Source not added",
        UndoneNote: "The uploaded file and its sources.json entry were taken out again; the library is as it was.");

    public CommandInfo Info { get; } = new(
        "addsource",
        ChatRole.Admin,
        "Add a document (.txt or .md) to the library",
        new Dictionary<string, string>
        {
            ["lt"] = "Pridėti dokumentą (.txt ar .md) į biblioteką",
            ["ro"] = "Adăugați un document (.txt sau .md) în bibliotecă",
            ["tl"] = "Magdagdag ng dokumento (.txt o .md) sa aklatan",
        },
        ArgumentName: "file",
        ArgumentDescription: "Attach the file; optional title=\"…\" lang=en|lt|ro|tl (console: the file's path)");

    public async Task<Reply> ExecuteAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        var actor = AdminActor.From(message);
        if (!AdminArguments.TryParse(arguments, out var parsed, out var error))
            return Reply.Error($"I could not read the arguments: {error}. {Usage}");

        var (upload, problem) = await ReadUploadAsync(message, parsed, cancellationToken);
        if (upload is null)
        {
            var named = message.Attachment?.FileName ?? (message.Platform == Platform.Console ? parsed.Words.FirstOrDefault() : null);
            await audit.RecordAsync(actor, named is null ? Info.Name : $"{Info.Name} {Path.GetFileName(named)}", "rejected: " + problem, cancellationToken);
            return ReindexReplies.Rejected(BaseTexts, problem!);
        }

        var action = $"{Info.Name} {upload.FileName}";
        CheckedSource checkedSource;
        try
        {
            checkedSource = sources.Check(upload);
        }
        catch (SourceRejectedException ex)
        {
            await audit.RecordAsync(actor, action, "rejected: " + ex.Message, cancellationToken);
            return ReindexReplies.Rejected(BaseTexts, $"{upload.FileName} cannot be a source: {ex.Message}");
        }

        var start = await coordinator.TryStartAsync(actor, action, () => sources.PrepareAdd(checkedSource), cancellationToken);
        var texts = BaseTexts with { Lead = start.Status == ReindexRequestVerdict.Started ? start.Run?.Change?.Summary : null };
        if (start.Status == ReindexRequestVerdict.Rejected)
            return ReindexReplies.Rejected(texts, $"{checkedSource.FileName} cannot be added: {start.Reason}");
        return ReindexReplies.For(start, texts, time);
    }

    /// <summary>The attachment on a platform; a local path only on the console, whose user is local.</summary>
    private static async Task<(SourceUpload? Upload, string? Problem)> ReadUploadAsync(ChatMessage message, AdminArguments arguments, CancellationToken cancellationToken)
    {
        var words = arguments.Words;
        if (message.Attachment is { } attachment)
        {
            var title = arguments.Title ?? (words.Count > 0 ? string.Join(' ', words) : null);
            if (attachment.Size is { } announced && announced > SourceManager.MaxUploadBytes)
                return (null, $"{attachment.FileName} is {SourceManager.TooLarge(announced)}");
            try
            {
                await using var stream = await attachment.OpenAsync(cancellationToken);
                var bytes = await ReadCappedAsync(stream, cancellationToken);
                return bytes is null
                    ? (null, $"{attachment.FileName} is too large (more than {SourceManager.MaxUploadBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes; at most 1 MB)")
                    : (new SourceUpload(attachment.FileName, bytes, title, arguments.Language), null);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException)
            {
                return (null, $"the file could not be downloaded ({ex.Message})");
            }
        }

        // A path names a file on the bot's machine: only the local console user may do that.
        if (message.Platform != Platform.Console || words.Count == 0)
            return (null, message.Platform == Platform.Console ? $"no file given. {ConsoleUsage}" : $"no file attached. {Usage}");

        var path = ExpandHome(words[0]);
        var info = new FileInfo(path);
        if (!info.Exists)
            return (null, $"there is no file at '{path}' (quote a path that has spaces)");
        if (info.Length > SourceManager.MaxUploadBytes)
            return (null, $"{info.Name} is {SourceManager.TooLarge(info.Length)}");
        try
        {
            var bytes = await File.ReadAllBytesAsync(info.FullName, cancellationToken);
            var title = arguments.Title ?? (words.Count > 1 ? string.Join(' ', words.Skip(1)) : null);
            return (new SourceUpload(info.Name, bytes, title, arguments.Language), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"'{path}' cannot be read ({ex.Message})");
        }
    }

    /// <summary>Reads at most one byte past the limit: a lying or missing size never loads a huge file.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > SourceManager.MaxUploadBytes)
                return null;
        }
        return buffer.ToArray();
    }

    private static string ExpandHome(string path) =>
        path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..])
            : Path.GetFullPath(path);
}
