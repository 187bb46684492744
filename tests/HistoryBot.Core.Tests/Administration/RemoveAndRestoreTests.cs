using HistoryBot.Core.Chat;
using HistoryBot.Core.Corpus;
using Xunit;

namespace HistoryBot.Core.Tests.Administration;

public sealed class RemoveAndRestoreTests
{
    private const string Id = "ussr-left-without-nato.en";
    private const string File = "ussr-left-without-nato.en.txt";

    [Fact(Timeout = 30_000)]
    public async Task Removing_a_source_moves_it_to_the_trash_and_restoring_puts_it_back_as_it_was()
    {
        // Arrange
        using var harness = await AdminHarness.StartAsync();
        var before = AdminHarness.Snapshot(harness.SourcesDirectory);
        var entriesBefore = SourceCatalog.Read(harness.SourcesDirectory).Sources;

        // Act: remove
        var removed = await harness.RunToEndAsync(AdminHarness.Message($"/removesource {Id}"));

        // Assert: in the trash under a timestamped name, gone from the folder, the catalog and the index.
        const string trashName = "20260331-080000-" + File;
        Assert.Equal("Source removed", removed.Title);
        Assert.StartsWith($"Moved {File} (id {Id}) to the trash as {trashName}. Put it back with /restoresource {Id}.", removed.Body.ToPlainText());
        Assert.False(System.IO.File.Exists(Path.Combine(harness.SourcesDirectory, File)));
        Assert.Equal(before[File], AdminHarness.Snapshot(harness.TrashDirectory)[trashName]);
        Assert.DoesNotContain(SourceCatalog.Read(harness.SourcesDirectory).Sources, entry => entry.Id == Id);
        Assert.DoesNotContain(await harness.Queries.SourcesAsync(), source => source.Id.Value == Id);
        Assert.Equal(2, harness.ServingGeneration());

        // Act: restore, by id, an hour later
        harness.Time.Advance(TimeSpan.FromHours(1));
        var restored = await harness.RunToEndAsync(AdminHarness.Message($"/restoresource {Id}", platform: Platform.Discord, user: "bob"));

        // Assert: the same bytes, the same entry in the same place, indexed again, the trash empty.
        Assert.Equal("Source restored", restored.Title);
        Assert.StartsWith($"Put {File} (id {Id}) back from the trash.", restored.Body.ToPlainText());
        var after = AdminHarness.Snapshot(harness.SourcesDirectory);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before.Keys.Where(name => name != SourceCatalog.FileName), name => Assert.Equal(before[name], after[name]));
        Assert.Equal(entriesBefore, SourceCatalog.Read(harness.SourcesDirectory).Sources);
        Assert.Empty(AdminHarness.Snapshot(harness.TrashDirectory));
        var source = Assert.Single(await harness.Queries.SourcesAsync(), source => source.Id.Value == Id);
        Assert.Equal("External enemy number 1: how the USSR was left without NATO", source.Title);
        Assert.Equal(3, harness.ServingGeneration());
        Assert.Equal(["bob: restoresource " + trashName, "alice: removesource " + Id],
            (await harness.AuditAsync()).Select(entry => $"{entry.UserName}: {entry.Action}"));
    }

    [Fact]
    public void A_remove_whose_sources_json_cannot_be_written_changes_nothing_and_leaves_no_temporary_file()
    {
        // Arrange: a sources folder so deep that sources.json can be read but no temporary file
        // can be created beside it (the path would pass PATH_MAX): a write that fails for root too.
        using var temp = new HistoryBot.Testing.TempDirectory();
        var sources = DeepFolder(temp.Path, 4096 - 46);
        System.IO.File.WriteAllText(Path.Combine(sources, "a.txt"), "The Warsaw Pact was signed in 1955.");
        SourceCatalog.Write(temp.Path, new SourceCatalogFile { Sources = [new SourceEntry { Id = "a", File = "a.txt", Title = "A", Language = "en" }] });
        System.IO.File.Copy(Path.Combine(temp.Path, SourceCatalog.FileName), Path.Combine(sources, SourceCatalog.FileName));
        var data = Path.Combine(temp.Path, "data");
        var manager = new HistoryBot.Core.Administration.SourceManager(
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { SourcesDirectory = sources, DataDirectory = data }),
            new CorpusLoader(new HistoryBot.Core.Text.LanguageDetector()), TimeProvider.System);
        var before = AdminHarness.Snapshot(sources);
        var change = manager.PrepareRemove("a");

        // Act
        Assert.ThrowsAny<IOException>(change.Apply);

        // Assert: the document, its entry and the trash as they were; nothing half-done left behind.
        Assert.Equal(before, AdminHarness.Snapshot(sources));
        Assert.Empty(Directory.Exists(manager.TrashDirectory) ? Directory.GetFiles(manager.TrashDirectory) : []);
        Assert.Equal(["a"], manager.KnownIds());
    }

    /// <summary>A folder under <paramref name="root"/> whose full path is exactly <paramref name="length"/> characters.</summary>
    private static string DeepFolder(string root, int length)
    {
        var path = root;
        while (length - path.Length - 1 > 200)
            path = Path.Combine(path, new string('d', 200));
        path = Path.Combine(path, new string('e', length - path.Length - 1));
        Directory.CreateDirectory(path);
        Assert.Equal(length, path.Length);
        return path;
    }

    [Fact(Timeout = 30_000)]
    public async Task Removing_an_unknown_id_lists_the_known_ones_and_changes_nothing()
    {
        // Arrange
        using var harness = await AdminHarness.StartAsync();
        var sources = AdminHarness.Snapshot(harness.SourcesDirectory);

        // Act
        var reply = await harness.SendAsync(AdminHarness.Message("/removesource ussr-joins-nato"));

        // Assert
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Equal("Not done: there is no source with the id 'ussr-joins-nato'. Known ids: why-ussr-not-accepted-into-nato.en, "
            + "why-ussr-not-accepted-into-nato.lt, why-ussr-not-accepted-into-nato.tl, ussr-left-without-nato.en, khrushchev-thaw-foreign-policy.ro. "
            + "Nothing was changed.", reply.Body.ToPlainText());
        Assert.Null(reply.Updates);
        Assert.Equal(sources, AdminHarness.Snapshot(harness.SourcesDirectory));
        Assert.Empty(AdminHarness.Snapshot(harness.TrashDirectory));
        Assert.Equal(1, harness.ServingGeneration());
    }

    [Fact(Timeout = 30_000)]
    public async Task When_removing_leaves_nothing_to_index_the_file_comes_back_and_the_previous_generation_keeps_serving()
    {
        // Arrange: a library of one document.
        using var harness = await AdminHarness.StartAsync(sources =>
        {
            var catalog = SourceCatalog.Read(sources);
            foreach (var entry in catalog.Sources.Where(entry => entry.Id != Id))
                System.IO.File.Delete(Path.Combine(sources, entry.File));
            SourceCatalog.Write(sources, catalog with { Sources = catalog.Sources.Where(entry => entry.Id == Id).ToList() });
        });
        var sources = AdminHarness.Snapshot(harness.SourcesDirectory);

        // Act
        var report = await harness.RunToEndAsync(AdminHarness.Message($"/removesource {Id}"));

        // Assert
        Assert.Equal(ReplyKind.Error, report.Kind);
        Assert.Equal("Source not removed", report.Title);
        Assert.Equal("Reason: No paragraphs to index: the sources folder has no documents.\n"
            + "The previous index keeps serving (generation 1).\n"
            + "The file was put back from the trash and its sources.json entry restored; the library is as it was.", report.Body.ToPlainText());
        Assert.Equal(sources, AdminHarness.Snapshot(harness.SourcesDirectory));
        Assert.Empty(AdminHarness.Snapshot(harness.TrashDirectory));
        Assert.Equal(1, harness.ServingGeneration());
        Assert.True((await harness.Queries.AskAsync("When did Stalin meet the French ambassador?")).IsFound);
    }

    [Fact(Timeout = 30_000)]
    public async Task Restoring_without_a_name_lists_the_trash_and_an_unknown_name_is_refused()
    {
        // Arrange
        using var harness = await AdminHarness.StartAsync();
        var empty = await harness.SendAsync(AdminHarness.Message("/restoresource"));
        await harness.RunToEndAsync(AdminHarness.Message($"/removesource {Id}"));
        var sources = AdminHarness.Snapshot(harness.SourcesDirectory);

        // Act
        var list = await harness.SendAsync(AdminHarness.Message("/restoresource"));
        var unknown = await harness.SendAsync(AdminHarness.Message("/restoresource 20250101-000000-missing.txt"));

        // Assert
        Assert.Equal("The trash is empty: no source was removed.", empty.Body.ToPlainText());
        Assert.Equal("Trash (1)", list.Title);
        Assert.Equal($"Newest first:\n• 20260331-080000-{File} — id {Id}, “External enemy number 1: how the USSR was left without NATO”, "
            + "removed 2026-03-31 08:00 UTC\nPut one back with /restoresource <name or id>.", list.Body.ToPlainText());
        Assert.Equal(ReplyKind.Error, unknown.Kind);
        Assert.Equal($"Not done: nothing in the trash is called '20250101-000000-missing.txt'. In the trash: 20260331-080000-{File}. Nothing was changed.",
            unknown.Body.ToPlainText());
        Assert.Equal(sources, AdminHarness.Snapshot(harness.SourcesDirectory));
    }

    [Fact(Timeout = 30_000)]
    public async Task Restoring_is_refused_while_a_source_with_the_same_id_is_back_in_the_library()
    {
        // Arrange: removed, then the same file dropped in again by hand.
        using var harness = await AdminHarness.StartAsync();
        var original = await System.IO.File.ReadAllBytesAsync(Path.Combine(harness.SourcesDirectory, File));
        await harness.RunToEndAsync(AdminHarness.Message($"/removesource {Id}"));
        await System.IO.File.WriteAllBytesAsync(Path.Combine(harness.SourcesDirectory, File), original);
        var trash = AdminHarness.Snapshot(harness.TrashDirectory);

        // Act
        var reply = await harness.SendAsync(AdminHarness.Message($"/restoresource {Id}"));

        // Assert
        Assert.Equal($"Not done: a source with the id '{Id}' ({File}) is in the library again; remove it first. Nothing was changed.", reply.Body.ToPlainText());
        Assert.Equal(trash, AdminHarness.Snapshot(harness.TrashDirectory));
    }
}
