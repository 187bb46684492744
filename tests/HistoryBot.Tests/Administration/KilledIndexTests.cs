using System.Diagnostics;
using System.Text;
using System.Text.Json;
using HistoryBot.Testing;
using HistoryBot.Tests.Cli;
using Xunit;

namespace HistoryBot.Tests.Administration;

/// <summary>
/// The real executable, killed with SIGKILL in the middle of `index`: the next process must
/// serve the previous generation, clean the half-written file, and leave sources.json intact.
/// </summary>
public sealed class KilledIndexTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact(Timeout = 240_000)]
    public async Task A_reindex_killed_mid_build_leaves_ask_answering_from_the_previous_generation()
    {
        // Arrange: generation 1 from the committed sources, then a large synthetic library on top,
        // so the second build runs long enough to be killed in the middle.
        using var temp = new TempDirectory();
        var sources = TestCorpus.CopySources(temp.Path);
        var data = temp.Combine("data");
        var index = Path.Combine(data, "index");
        var storage = new[] { "--sources", sources, "--data-dir", data };

        var first = await RunAsync(temp.Path, ["index", .. storage]);
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        WriteSyntheticSources(sources, files: 12, paragraphsPerFile: 800);
        var catalog = await File.ReadAllBytesAsync(Path.Combine(sources, "sources.json"));
        var firstGeneration = await File.ReadAllTextAsync(Path.Combine(index, "CURRENT"));
        string? halfBuilt = null;

        // Act: kill -9 as soon as the new generation's engine files are being written.
        using (var building = Start(temp.Path, ["index", .. storage]))
        {
            using var timeout = new CancellationTokenSource(Patience);
            while (!building.HasExited)
            {
                halfBuilt = Directory.EnumerateDirectories(index, "gen-000002-*.building")
                    .FirstOrDefault(folder => Directory.Exists(Path.Combine(folder, "lucene")) && Directory.EnumerateFiles(Path.Combine(folder, "lucene")).Any());
                if (halfBuilt is not null)
                    break;
                await Task.Delay(5, timeout.Token);
            }
            Assert.False(building.HasExited, "The build ended before it could be killed; the synthetic library is too small for this machine.");
            building.Kill();
            await building.WaitForExitAsync(timeout.Token);
        }
        var pointerAfterKill = await File.ReadAllTextAsync(Path.Combine(index, "CURRENT"));
        var leftoverAfterKill = halfBuilt is not null && Directory.Exists(halfBuilt);

        var answered = await RunAsync(temp.Path, ["ask", "When did the USSR ask to join NATO?", "--json", .. storage]);
        var synthetic = await RunAsync(temp.Path, ["ask", "zanzibarquux", "--json", .. storage]);

        // Assert: killed mid-build, the pointer never moved…
        Assert.Equal(firstGeneration, pointerAfterKill);
        Assert.True(leftoverAfterKill, "The kill did not land mid-build (no half-written generation).");
        // …so ask answers from generation 1, which knows nothing of the synthetic library…
        Assert.True(answered.ExitCode == 0, answered.Output + answered.Error);
        using (var json = JsonDocument.Parse(answered.Output))
        {
            Assert.Equal("found", json.RootElement.GetProperty("status").GetString());
            Assert.Contains(json.RootElement.GetProperty("best").GetProperty("source").GetString(),
                new[] { "why-ussr-not-accepted-into-nato.en", "ussr-left-without-nato.en", "why-ussr-not-accepted-into-nato.lt",
                    "why-ussr-not-accepted-into-nato.tl", "khrushchev-thaw-foreign-policy.ro" });
        }
        Assert.True(synthetic.ExitCode == 1, synthetic.Output + synthetic.Error);
        using (var json = JsonDocument.Parse(synthetic.Output))
            Assert.Equal("not_found", json.RootElement.GetProperty("status").GetString());
        // …the leftover is cleaned on start, and sources.json is whole…
        Assert.Equal([firstGeneration], Directory.EnumerateDirectories(index).Select(Path.GetFileName));
        Assert.Equal(catalog, await File.ReadAllBytesAsync(Path.Combine(sources, "sources.json")));
        JsonDocument.Parse(catalog).Dispose();
        // …and the next build works.
        var rebuilt = await RunAsync(temp.Path, ["index", .. storage]);
        Assert.True(rebuilt.ExitCode == 0, rebuilt.Output + rebuilt.Error);
        Assert.NotEqual(firstGeneration, await File.ReadAllTextAsync(Path.Combine(index, "CURRENT")));
        var found = await RunAsync(temp.Path, ["ask", "zanzibarquux record 3-17", "--json", .. storage]);
        Assert.True(found.ExitCode == 0, found.Output + found.Error);
    }

    [Fact(Timeout = 240_000)]
    public async Task Two_processes_building_at_once_on_one_data_directory_both_succeed_and_leave_a_consistent_current()
    {
        // Arrange: a library large enough that the two builds overlap.
        using var temp = new TempDirectory();
        var sources = TestCorpus.CopySources(temp.Path);
        WriteSyntheticSources(sources, files: 1, paragraphsPerFile: 600);
        var data = temp.Combine("data");
        var index = Path.Combine(data, "index");
        var storage = new[] { "--sources", sources, "--data-dir", data };

        // Act: two `index` processes at the same moment, then a third process asks.
        // Two cold processes on a busy CI machine: a hang guard, not a speed test.
        var builds = await Task.WhenAll(RunAsync(temp.Path, ["index", .. storage], TimeSpan.FromSeconds(150)), RunAsync(temp.Path, ["index", .. storage], TimeSpan.FromSeconds(150)));
        var current = (await File.ReadAllTextAsync(Path.Combine(index, "CURRENT"))).Trim();
        var answered = await RunAsync(temp.Path, ["ask", "When did the USSR ask to join NATO?", "--json", .. storage]);

        // Assert: both builds succeeded with their own generation numbers…
        Assert.All(builds, build => Assert.True(build.ExitCode == 0, build.Output + build.Error));
        // …CURRENT names the later of the two, finished and still there, and it answers…
        Assert.Matches("^gen-000002-[0-9a-f]{8}$", current);
        Assert.True(File.Exists(Path.Combine(index, current, "generation.json")));
        Assert.True(answered.ExitCode == 0, answered.Output + answered.Error);
        // …and no half-built folder is left behind.
        Assert.Empty(Directory.EnumerateDirectories(index, "*.building"));
        var generations = Directory.EnumerateDirectories(index, "gen-*").Select(Path.GetFileName).ToList();
        Assert.Equal(2, generations.Count);
        Assert.Equal(2, generations.Select(name => name![..10]).Distinct().Count());
    }

    /// <summary>Thousands of distinct paragraphs, written in well under a second.</summary>
    private static void WriteSyntheticSources(string directory, int files, int paragraphsPerFile)
    {
        string[] words = ["treaty", "alliance", "moscow", "council", "conference", "security", "europe", "soviet", "proposal", "diplomat",
            "minister", "negotiation", "pact", "western", "military", "defence", "germany", "policy", "summit", "delegation", "memorandum"];
        var random = new Random(1954);
        for (var file = 0; file < files; file++)
        {
            using var writer = new StreamWriter(Path.Combine(directory, $"synthetic-{file:D2}.en.txt"), append: false, new UTF8Encoding(false));
            writer.Write($"Synthetic chronicle {file}\n\n");
            for (var paragraph = 0; paragraph < paragraphsPerFile; paragraph++)
            {
                for (var word = 0; word < 50; word++)
                {
                    writer.Write(words[random.Next(words.Length)]);
                    writer.Write(random.Next(4) == 0 ? "s " : " ");
                }
                writer.Write($"zanzibarquux record {file}-{paragraph}.\n\n");
            }
        }
    }

    private static readonly Dictionary<string, string?> Plain = new() { ["NO_COLOR"] = "1" };

    private static Process Start(string workingDirectory, IEnumerable<string> arguments) =>
        CliProcess.Start(workingDirectory, arguments, Plain);

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, IEnumerable<string> arguments, TimeSpan? patience = null) =>
        CliProcess.RunAsync(workingDirectory, arguments, Plain, patience ?? Patience);
}
