using System.Text;
using HistoryBot.Core.Chat;
using Xunit;

namespace HistoryBot.Core.Tests.Administration;

public sealed class ReindexTests
{
    private const string Question = "When did the USSR ask to join NATO?";

    [Fact(Timeout = 30_000)]
    public async Task Reindex_answers_at_once_and_ends_with_a_report_of_sources_languages_facts_duration_and_skipped_files()
    {
        // Arrange: one binary and one empty file among the good ones.
        using var harness = await AdminHarness.StartAsync();
        await File.WriteAllBytesAsync(Path.Combine(harness.SourcesDirectory, "scan.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A]);
        await File.WriteAllBytesAsync(Path.Combine(harness.SourcesDirectory, "empty.md"), []);

        // Act
        var reply = await harness.SendAsync(AdminHarness.Message("/reindex"));
        var updates = await AdminHarness.UpdatesOf(reply);

        // Assert
        Assert.Equal(ReplyKind.Info, reply.Kind);
        Assert.Equal("Reindex", reply.Title);
        Assert.StartsWith("Reindex started…", reply.Body.ToPlainText());
        Assert.True(reply.Private);

        var report = updates[^1];
        var text = report.Body.ToPlainText();
        Assert.Equal(ReplyKind.Info, report.Kind);
        Assert.Equal("Reindex finished", report.Title);
        var stats = await harness.Queries.StatsAsync();
        Assert.Equal(2, stats.Generation);
        Assert.Contains("Generation 2 is serving now; the reindex took ", text);
        Assert.Contains($"5 sources, {stats.ParagraphCount} paragraphs: English {stats.ParagraphsByLanguage["en"]}, "
            + $"Lithuanian {stats.ParagraphsByLanguage["lt"]}, Romanian {stats.ParagraphsByLanguage["ro"]}, Tagalog {stats.ParagraphsByLanguage["tl"]}", text);
        Assert.Contains("Facts: 7", text);
        Assert.Contains("• External enemy number 1: how the USSR was left without NATO — English, 18 paragraphs, id ussr-left-without-nato.en", text);
        Assert.Contains("Skipped files (2):", text);
        Assert.Contains("• empty.md — empty file", text);
        Assert.Contains("• scan.txt — binary file (contains NUL bytes)", text);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_second_request_while_a_reindex_runs_is_told_at_once_who_started_it_and_when()
    {
        // Arrange: alice's reindex is held mid-build.
        using var harness = await AdminHarness.StartAsync();
        harness.Facts.Hold();
        var first = await harness.SendAsync(AdminHarness.Message("/reindex", platform: Platform.Telegram, user: "alice"));
        await harness.Facts.Entered.WaitAsync(AdminHarness.Patience);
        harness.Time.Advance(TimeSpan.FromMinutes(3));
        var sources = AdminHarness.Snapshot(harness.SourcesDirectory);
        var upload = AdminHarness.Attachment("geneva.txt", Encoding.UTF8.GetBytes("The Geneva summit of 1955 met in July and talked about Germany."));

        // Act: bob asks twice while alice's build is still held, so neither reply can have waited for it.
        var second = await harness.SendAsync(AdminHarness.Message("/reindex", platform: Platform.Discord, user: "bob"));
        var add = await harness.SendAsync(AdminHarness.Message("/addsource", platform: Platform.Discord, attachment: upload, user: "bob"));

        // Assert
        Assert.NotNull(first.Updates);
        Assert.Null(second.Updates);
        Assert.Equal("A reindex is already running: alice (Telegram) started it at 2026-03-31 08:00 UTC (3 min ago). Nothing was changed; try again when it has finished.",
            second.Body.ToPlainText());
        Assert.Contains("alice (Telegram) started it at 2026-03-31 08:00 UTC", add.Body.ToPlainText());
        Assert.Equal(sources, AdminHarness.Snapshot(harness.SourcesDirectory));
        Assert.Equal("alice", harness.Coordinator.Running?.StartedBy.UserName);

        harness.Facts.Release();
        var report = (await AdminHarness.UpdatesOf(first))[^1];
        Assert.Equal("Reindex finished", report.Title);
        Assert.Equal(2, harness.ServingGeneration());
        var audit = await harness.AuditAsync();
        Assert.Equal(["alice: reindex", "bob: addsource geneva.txt", "bob: reindex"], audit.Select(entry => $"{entry.UserName}: {entry.Action}").Order());
        Assert.All(audit.Where(entry => entry.UserName == "bob"), entry => Assert.StartsWith("busy: a reindex started by alice (Telegram)", entry.Result));
    }

    [Fact(Timeout = 30_000)]
    public async Task The_reindex_runs_to_completion_when_nobody_reads_its_updates()
    {
        // Arrange
        using var harness = await AdminHarness.StartAsync();
        harness.Facts.Hold();

        // Act: the reply's updates are never enumerated, like on a platform that cannot edit.
        var reply = await harness.SendAsync(AdminHarness.Message("/reindex"));
        var run = harness.Coordinator.Running;
        harness.Facts.Release();

        // Assert
        Assert.NotNull(reply.Updates);
        Assert.NotNull(run);
        var outcome = await run.Completion.WaitAsync(AdminHarness.Patience);
        Assert.True(outcome.Succeeded, outcome.Failure);
        Assert.Equal(2, harness.ServingGeneration());
        Assert.Matches("^gen-000002-[0-9a-f]{8}$", File.ReadAllText(Path.Combine(harness.IndexDirectory, "CURRENT")));
        Assert.Null(harness.Coordinator.Running);
    }

    [Fact(Timeout = 30_000)]
    public async Task Progress_replies_come_at_most_once_a_second_and_only_when_the_build_moved_on()
    {
        // Arrange
        using var harness = await AdminHarness.StartAsync();
        harness.Facts.Hold();
        var reply = await harness.SendAsync(AdminHarness.Message("/reindex"));
        await using var updates = reply.Updates!.GetAsyncEnumerator();
        await harness.Facts.Entered.WaitAsync(AdminHarness.Patience);

        // Act + Assert: nothing before a second has passed.
        var next = updates.MoveNextAsync().AsTask();
        await WaitForTimerAsync(harness);
        Assert.False(next.IsCompleted);

        // A second later: where the build is (held in the facts part).
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await next.WaitAsync(AdminHarness.Patience));
        Assert.StartsWith("Reindexing… facts, 1.0 s so far.", updates.Current.Body.ToPlainText());

        // Another second without progress: no repeated reply, the stream waits for the next tick.
        next = updates.MoveNextAsync().AsTask();
        await WaitForTimerAsync(harness);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await WaitForTimerAsync(harness);
        Assert.False(next.IsCompleted);

        // The build finishes: the report, then the end of the stream.
        harness.Facts.Release();
        Assert.True(await next.WaitAsync(AdminHarness.Patience));
        Assert.Equal("Reindex finished", updates.Current.Title);
        Assert.False(await updates.MoveNextAsync().AsTask().WaitAsync(AdminHarness.Patience));
    }

    [Fact(Timeout = 30_000)]
    public async Task Questions_are_answered_from_the_previous_generation_while_a_reindex_runs()
    {
        // Arrange: a new document whose word only the next generation knows.
        using var harness = await AdminHarness.StartAsync();
        await File.WriteAllTextAsync(Path.Combine(harness.SourcesDirectory, "geneva.en.txt"),
            "Geneva notes\n\nThe Zanzibarquux memorandum was drafted in Geneva in the summer of 1955.\n");
        harness.Facts.Hold();
        var reply = await harness.SendAsync(AdminHarness.Message("/reindex"));
        await harness.Facts.Entered.WaitAsync(AdminHarness.Patience);

        // Act
        var during = await harness.Queries.AskAsync(Question).WaitAsync(AdminHarness.Patience);
        var newWordDuring = await harness.Queries.AskAsync("zanzibarquux memorandum").WaitAsync(AdminHarness.Patience);
        var statsDuring = await harness.Queries.StatsAsync();
        harness.Facts.Release();
        await AdminHarness.UpdatesOf(reply);
        var newWordAfter = await harness.Queries.AskAsync("zanzibarquux memorandum").WaitAsync(AdminHarness.Patience);

        // Assert
        Assert.True(during.IsFound);
        Assert.False(newWordDuring.IsFound);
        Assert.Equal(1, statsDuring.Generation);
        Assert.True(statsDuring.IsBuilding);
        Assert.True(newWordAfter.IsFound);
        Assert.Equal("geneva.en", newWordAfter.Best!.Citation.SourceId.Value);
        Assert.Equal(2, harness.ServingGeneration());
    }

    [Fact(Timeout = 30_000)]
    public async Task A_build_without_any_usable_paragraph_is_not_swapped_in_and_the_admin_is_told_why()
    {
        // Arrange: every document gone or unusable.
        using var harness = await AdminHarness.StartAsync();
        foreach (var file in Directory.EnumerateFiles(harness.SourcesDirectory, "*.txt"))
            File.Delete(file);
        await File.WriteAllBytesAsync(Path.Combine(harness.SourcesDirectory, "scan.txt"), [0x25, 0x50, 0x44, 0x46, 0x00, 0x01]);

        // Act
        var report = await harness.RunToEndAsync(AdminHarness.Message("/reindex"));

        // Assert
        var text = report.Body.ToPlainText();
        Assert.Equal(ReplyKind.Error, report.Kind);
        Assert.Equal("Reindex failed", report.Title);
        Assert.StartsWith("Reason: No paragraphs to index: every document was skipped (", text);
        Assert.Contains("scan.txt: binary file (contains NUL bytes)", text);
        Assert.EndsWith("The previous index keeps serving (generation 1).", text);
        Assert.Equal(1, harness.ServingGeneration());
        Assert.True((await harness.Queries.AskAsync(Question)).IsFound);
        var generations = Directory.EnumerateDirectories(harness.IndexDirectory).Select(Path.GetFileName).ToList();
        Assert.Matches("^gen-000001-[0-9a-f]{8}$", Assert.Single(generations));
        var audit = Assert.Single(await harness.AuditAsync());
        Assert.StartsWith("failed: No paragraphs to index", audit.Result);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_source_that_vanishes_mid_build_fails_validation_and_the_previous_generation_keeps_serving()
    {
        // Arrange
        using var harness = await AdminHarness.StartAsync();
        harness.Facts.DuringBuild = () => File.Delete(Path.Combine(harness.SourcesDirectory, "ussr-left-without-nato.en.txt"));

        // Act
        var report = await harness.RunToEndAsync(AdminHarness.Message("/reindex"));

        // Assert
        Assert.Equal(ReplyKind.Error, report.Kind);
        Assert.Equal("Reason: Source files vanished during the build: ussr-left-without-nato.en.txt.\nThe previous index keeps serving (generation 1).",
            report.Body.ToPlainText());
        Assert.Equal(1, harness.ServingGeneration());
        var sources = await harness.Queries.SourcesAsync();
        Assert.Contains(sources, source => source.Id.Value == "ussr-left-without-nato.en");
    }

    [Fact(Timeout = 30_000)]
    public async Task Every_finished_reindex_is_recorded_with_who_where_what_when_and_the_result()
    {
        // Arrange
        using var harness = await AdminHarness.StartAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        // Act
        await harness.RunToEndAsync(AdminHarness.Message("/reindex", platform: Platform.Discord, user: "carol"));

        // Assert
        var entry = Assert.Single(await harness.AuditAsync());
        Assert.Equal(AdminHarness.Start.AddMinutes(5), entry.At);
        Assert.Equal(Platform.Discord, entry.Platform);
        Assert.Equal("Discord-chat", entry.ChatId.Value);
        Assert.Equal("carol-id", entry.UserId.Value);
        Assert.Equal("carol", entry.UserName);
        Assert.Equal("reindex", entry.Action);
        Assert.Equal("ok: generation 2, 5 sources, 49 paragraphs, 0 skipped", entry.Result);
    }

    private static async Task WaitForTimerAsync(AdminHarness harness)
    {
        using var timeout = new CancellationTokenSource(AdminHarness.Patience);
        while (harness.Time.PendingTimers == 0)
            await Task.Delay(5, timeout.Token);
    }
}
