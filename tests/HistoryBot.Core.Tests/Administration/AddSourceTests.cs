using System.Text;
using HistoryBot.Core.Administration;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Corpus;
using HistoryBot.Testing;
using Xunit;

namespace HistoryBot.Core.Tests.Administration;

public sealed class AddSourceTests
{
    private const string Geneva = "Geneva notes\n\nThe Zanzibarquux memorandum was drafted in Geneva in the summer of 1955, after the summit.\n";

    [Fact(Timeout = 30_000)]
    public async Task An_uploaded_document_is_written_into_the_sources_folder_listed_in_sources_json_and_indexed()
    {
        // Arrange
        using var harness = await AdminHarness.StartAsync();
        var bytes = Encoding.UTF8.GetBytes(Geneva);
        var message = AdminHarness.Message("/addsource title=\"Notes from Geneva\" lang=en", attachment: AdminHarness.Attachment("geneva-notes.txt", bytes));

        // Act
        var reply = await harness.SendAsync(message);
        var report = (await AdminHarness.UpdatesOf(reply))[^1];

        // Assert
        Assert.Equal("Adding a source", reply.Title);
        Assert.StartsWith("Added “Notes from Geneva” as geneva-notes.txt (id geneva-notes, English, 1 paragraph).\nReindex started…", reply.Body.ToPlainText());
        Assert.Equal("Source added", report.Title);
        Assert.Contains("Generation 2 is serving now", report.Body.ToPlainText());
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(harness.SourcesDirectory, "geneva-notes.txt")));
        var entry = SourceCatalog.Read(harness.SourcesDirectory).Sources[^1];
        Assert.Equal(new SourceEntry { Id = "geneva-notes", File = "geneva-notes.txt", Title = "Notes from Geneva", Language = "en" }, entry);
        Assert.Empty(Directory.EnumerateFiles(harness.SourcesDirectory, "*.tmp"));
        var answer = await harness.Queries.AskAsync("zanzibarquux memorandum");
        Assert.True(answer.IsFound);
        Assert.Equal("Notes from Geneva", answer.Best!.Citation.SourceTitle);
        var audit = Assert.Single(await harness.AuditAsync());
        Assert.Equal(("alice", Platform.Telegram, "addsource geneva-notes.txt"), (audit.UserName, audit.Platform, audit.Action));
        Assert.StartsWith("ok: generation 2, 6 sources", audit.Result);
    }

    [Fact(Timeout = 30_000)]
    public async Task On_the_console_a_quoted_path_with_title_and_language_adds_the_file()
    {
        // Arrange: a path with a space, outside the sources folder, and phone-style quotes.
        using var harness = await AdminHarness.StartAsync();
        var folder = harness.Temp.Combine("my uploads");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "zeneva.txt");
        await File.WriteAllTextAsync(path, Geneva);
        var message = AdminHarness.Message($"/addsource \"{path}\" title=„Ženevos užrašai“ lang=lt", platform: Platform.Console);

        // Act
        var report = await harness.RunToEndAsync(message);

        // Assert
        Assert.Equal("Source added", report.Title);
        var entry = SourceCatalog.Read(harness.SourcesDirectory).Sources[^1];
        Assert.Equal(("zeneva", "zeneva.txt", "Ženevos užrašai", "lt"), (entry.Id, entry.File, entry.Title, entry.Language));
        Assert.True(File.Exists(path));
        Assert.Contains(await harness.Queries.SourcesAsync(), source => source.Id.Value == "zeneva" && source.Language == "lt");
    }

    [Theory(Timeout = 30_000)]
    [InlineData(Platform.Telegram)]
    [InlineData(Platform.Discord)]
    public async Task A_path_sent_from_a_chat_platform_is_never_read(Platform platform)
    {
        // Arrange: the file exists on the bot's machine, but only the local console user may name it.
        using var harness = await AdminHarness.StartAsync();
        var path = harness.Temp.Combine("secret.txt");
        await File.WriteAllTextAsync(path, Geneva);
        var sources = AdminHarness.Snapshot(harness.SourcesDirectory);

        // Act
        var reply = await harness.SendAsync(AdminHarness.Message($"/addsource {path}", platform: platform));

        // Assert
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.StartsWith("Not done: no file attached. Attach a .txt or .md file", reply.Body.ToPlainText());
        Assert.Equal(sources, AdminHarness.Snapshot(harness.SourcesDirectory));
        Assert.Equal(1, harness.ServingGeneration());
    }

    public static TheoryData<string, string, string, string> Rejections() => new()
    {
        { "notes.pdf", "text", "", "notes.pdf cannot be a source: only .txt and .md files can be sources, not 'notes.pdf'" },
        { "big.txt", "over-1-MB", "", "big.txt is too large (1,048,577 bytes; at most 1,048,576 bytes, 1 MB)" },
        { "empty.txt", "empty", "", "empty.txt cannot be a source: empty file" },
        { "blank.md", "white-space", "", "blank.md cannot be a source: empty file (only white space)" },
        { "scan.txt", "binary", "", "scan.txt cannot be a source: binary file (contains NUL bytes)" },
        { "latin.txt", "latin-1", "", "latin.txt cannot be a source: not UTF-8 text" },
        { "headings.md", "headings-only", "", "headings.md cannot be a source: no paragraphs of text (only headings or page furniture)" },
        { "copy.txt", "existing-source-with-crlf", "", "copy.txt cannot be added: the same text is already in the library as 'why-ussr-not-accepted-into-nato.en'" },
        { "ussr-left-without-nato.en.txt", "text", "", "ussr-left-without-nato.en.txt cannot be added: a source with the id 'ussr-left-without-nato.en' (ussr-left-without-nato.en.txt) is already in the library; rename the file or remove that source first" },
        { "notes.txt", "text", "lang=xx", "notes.txt cannot be a source: unknown language 'xx'; use one of en, lt, tl, ro" },
    };

    [Theory(Timeout = 30_000)]
    [MemberData(nameof(Rejections))]
    public async Task An_unusable_upload_is_refused_with_its_reason_and_changes_nothing(string fileName, string content, string arguments, string expected)
    {
        // Arrange
        using var harness = await AdminHarness.StartAsync();
        var bytes = Content(content);
        var sources = AdminHarness.Snapshot(harness.SourcesDirectory);
        var index = AdminHarness.Snapshot(harness.IndexDirectory);

        // Act
        var reply = await harness.SendAsync(AdminHarness.Message($"/addsource {arguments}", attachment: AdminHarness.Attachment(fileName, bytes)));

        // Assert
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Equal("Source not added", reply.Title);
        Assert.Equal($"Not done: {expected}. Nothing was changed.", reply.Body.ToPlainText());
        Assert.Null(reply.Updates);
        Assert.Null(harness.Coordinator.Running);
        Assert.Equal(sources, AdminHarness.Snapshot(harness.SourcesDirectory));
        Assert.Equal(index, AdminHarness.Snapshot(harness.IndexDirectory));
        var audit = Assert.Single(await harness.AuditAsync());
        Assert.Equal($"addsource {fileName}", audit.Action);
        Assert.StartsWith("rejected: ", audit.Result);
    }

    [Fact(Timeout = 30_000)]
    public async Task An_attachment_announced_as_larger_than_1_MB_is_refused_without_downloading_it()
    {
        // Arrange
        using var harness = await AdminHarness.StartAsync();
        var opened = false;
        var attachment = AdminHarness.Attachment("huge.txt", Encoding.UTF8.GetBytes(Geneva), size: 5_000_000, opened: () => opened = true);

        // Act
        var reply = await harness.SendAsync(AdminHarness.Message("/addsource", attachment: attachment));

        // Assert
        Assert.Equal("Not done: huge.txt is too large (5,000,000 bytes; at most 1,048,576 bytes, 1 MB). Nothing was changed.", reply.Body.ToPlainText());
        Assert.False(opened);
    }

    [Fact(Timeout = 30_000)]
    public async Task An_attachment_larger_than_it_claimed_is_refused_after_reading_just_past_the_limit()
    {
        // Arrange: no size announced, and 3 MB behind it.
        using var harness = await AdminHarness.StartAsync();
        var attachment = AdminHarness.Attachment("sneaky.txt", Content("over-1-MB").Concat(new byte[2_000_000]).ToArray(), size: null);
        var sources = AdminHarness.Snapshot(harness.SourcesDirectory);

        // Act
        var reply = await harness.SendAsync(AdminHarness.Message("/addsource", attachment: attachment));

        // Assert
        Assert.Equal("Not done: sneaky.txt is too large (more than 1,048,576 bytes; at most 1 MB). Nothing was changed.", reply.Body.ToPlainText());
        Assert.Equal(sources, AdminHarness.Snapshot(harness.SourcesDirectory));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_file_name_with_folders_and_odd_characters_lands_inside_the_sources_folder_only()
    {
        // Arrange
        using var harness = await AdminHarness.StartAsync();
        var attachment = AdminHarness.Attachment("../../.Geneva notes (1955).TXT", Encoding.UTF8.GetBytes(Geneva));

        // Act
        var report = await harness.RunToEndAsync(AdminHarness.Message("/addsource", attachment: attachment));

        // Assert
        Assert.Equal("Source added", report.Title);
        Assert.True(File.Exists(Path.Combine(harness.SourcesDirectory, "Geneva-notes-1955.txt")));
        Assert.Equal(["data", "sources"], Directory.EnumerateFileSystemEntries(harness.Temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact(Timeout = 30_000)]
    public async Task When_the_reindex_after_an_upload_fails_the_file_and_its_entry_are_taken_out_again()
    {
        // Arrange
        using var harness = await AdminHarness.StartAsync();
        harness.Facts.FailWith = "Writing the index failed: the disk is full.";
        var sources = AdminHarness.Snapshot(harness.SourcesDirectory);
        var attachment = AdminHarness.Attachment("geneva.txt", Encoding.UTF8.GetBytes(Geneva));

        // Act
        var report = await harness.RunToEndAsync(AdminHarness.Message("/addsource", attachment: attachment));

        // Assert
        Assert.Equal(ReplyKind.Error, report.Kind);
        Assert.Equal("Source not added", report.Title);
        Assert.Equal("Reason: Writing the index failed: the disk is full.\n"
            + "The previous index keeps serving (generation 1).\n"
            + "The uploaded file and its sources.json entry were taken out again; the library is as it was.", report.Body.ToPlainText());
        Assert.Equal(sources, AdminHarness.Snapshot(harness.SourcesDirectory));
        Assert.Equal(1, harness.ServingGeneration());
        Assert.DoesNotContain(await harness.Queries.SourcesAsync(), source => source.Id.Value == "geneva");
        var audit = Assert.Single(await harness.AuditAsync());
        Assert.Equal("failed: Writing the index failed: the disk is full.; change undone", audit.Result);
    }

    [Fact(Timeout = 30_000)]
    public async Task Temporary_files_left_by_a_killed_write_are_cleaned_before_the_next_change()
    {
        // Arrange
        using var harness = await AdminHarness.StartAsync();
        var leftovers = new[] { "sources.json.0f3c.tmp", ".geneva.txt.77aa.tmp" };
        foreach (var name in leftovers)
            await File.WriteAllTextAsync(Path.Combine(harness.SourcesDirectory, name), "{\"sour");
        var attachment = AdminHarness.Attachment("geneva.txt", Encoding.UTF8.GetBytes(Geneva));

        // Act
        var report = await harness.RunToEndAsync(AdminHarness.Message("/addsource", attachment: attachment));

        // Assert
        Assert.Equal("Source added", report.Title);
        Assert.All(leftovers, name => Assert.False(File.Exists(Path.Combine(harness.SourcesDirectory, name))));
        Assert.Equal(6, SourceCatalog.Read(harness.SourcesDirectory).Sources.Count);
    }

    private static byte[] Content(string kind) => kind switch
    {
        "text" => Encoding.UTF8.GetBytes(Geneva),
        "over-1-MB" => Encoding.UTF8.GetBytes(new string('a', (int)SourceManager.MaxUploadBytes - 5) + " ok.\n\n"),
        "empty" => [],
        "white-space" => Encoding.UTF8.GetBytes("  \n\n\t \n"),
        "binary" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],
        "latin-1" => Encoding.Latin1.GetBytes("Le sommet de Genève réunit les délégués en été 1955."),
        "headings-only" => Encoding.UTF8.GetBytes("# Geneva\n\n## The summit\n\n## Aftermath\n"),
        "existing-source-with-crlf" => Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(RepoPaths.Sources, "why-ussr-not-accepted-into-nato.en.txt"))
            .Replace("\r\n", "\n").Replace("\n", "\r\n")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
