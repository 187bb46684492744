using HistoryBot.Core.Chat;
using Xunit;

namespace HistoryBot.Core.Tests.Administration;

public sealed class AdminStatusTests
{
    [Fact(Timeout = 30_000)]
    public async Task Status_shows_the_adapters_the_running_reindex_and_the_last_admin_actions()
    {
        // Arrange: two adapters, one finished reindex, one held mid-build.
        using var harness = await AdminHarness.StartAsync();
        harness.Adapters.Report("Telegram", connected: true);
        harness.Adapters.Report("Discord", connected: false, "gateway closed 4004");
        await harness.RunToEndAsync(AdminHarness.Message("/reindex", platform: Platform.Discord, user: "carol"));
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        harness.Facts.Hold();
        var running = await harness.SendAsync(AdminHarness.Message("/reindex", platform: Platform.Telegram, user: "alice"));
        await harness.Facts.Entered.WaitAsync(AdminHarness.Patience);

        // Act
        var status = await harness.SendAsync(AdminHarness.Message("/status", platform: Platform.Console, user: "root"));

        // Assert
        var lines = status.Body.ToPlainText().Split('\n');
        Assert.Equal("Status", status.Title);
        Assert.Contains("Running: reindex, started by alice (Telegram) at 2026-03-31 08:02 UTC. Reindexing… facts, 0 ms so far. Questions are answered from the current index meanwhile.", lines);
        Assert.Contains("Adapters:", lines);
        Assert.Contains("• Discord: not connected (gateway closed 4004) since 2026-03-31 08:00 UTC", lines);
        Assert.Contains("• Telegram: connected since 2026-03-31 08:00 UTC", lines);
        Assert.Contains("Last admin actions:", lines);
        Assert.Contains("• 2026-03-31 08:00 UTC carol (Discord, chat Discord-chat): reindex → ok: generation 2, 5 sources, 49 paragraphs, 0 skipped", lines);

        harness.Facts.Release();
        await AdminHarness.UpdatesOf(running);
    }

    [Fact(Timeout = 30_000)]
    public async Task Status_says_plainly_when_no_adapter_runs_and_no_admin_acted_yet()
    {
        // Arrange
        using var harness = await AdminHarness.StartAsync();

        // Act
        var status = await harness.SendAsync(AdminHarness.Message("/status", platform: Platform.Console));

        // Assert
        var lines = status.Body.ToPlainText().Split('\n');
        Assert.Contains("Adapters: none running (no platform token configured; console only)", lines);
        Assert.Contains("Last admin actions: none yet", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("Running:", StringComparison.Ordinal));
    }
}
