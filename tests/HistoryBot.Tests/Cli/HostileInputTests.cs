using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HistoryBot.Testing;

namespace HistoryBot.Tests.Cli;

/// <summary>
/// The real executable against hostile input: every question and every source file an
/// attacker or a broken upload could produce ends with an ordinary exit code (0 or 1) and no
/// unhandled exception, and the well-formed sources beside the hostile ones are still indexed.
/// The inputs are generated from a fixed seed, so a failure reproduces.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const int Seed = 20261203;
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Ten_thousand_hostile_questions_through_eval_end_with_exit_0_or_1_and_no_unhandled_exception()
    {
        var sources = TestCorpus.CopySources(_temp.Path);
        var file = _temp.Combine("hostile-questions.jsonl");
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var random = new Random(Seed);
        await File.WriteAllLinesAsync(file, Enumerable.Range(0, 10_000).Select(i => JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = $"h{i}",
            ["lang"] = "en",
            ["kind"] = i % 2 == 0 ? "unanswerable" : "same",
            ["question"] = HostileText.Question(random),
            ["expect"] = new[] { "NATO" },
        }, options)));

        var (exitCode, output, error) = await CliProcess.RunAsync(_temp.Path,
            ["eval", file, "--sources", sources, "--data-dir", _temp.Combine("data")], timeout: TimeSpan.FromMinutes(5));

        Assert.True(exitCode is 0 or 1, $"exit {exitCode}: {error}");
        AssertNoUnhandledException(output + error);
        Assert.Contains("unanswerable", output);
    }

    [Fact]
    public async Task A_thousand_hostile_source_files_through_index_leave_every_well_formed_source_indexed()
    {
        var sources = TestCorpus.CopySources(_temp.Path);
        var random = new Random(Seed);
        for (var i = 0; i < 1_000; i++)
            await File.WriteAllBytesAsync(Path.Combine(sources, $"hostile-{i:D4}.txt"), HostileText.File(random, i));
        var titles = TitlesOf(Path.Combine(sources, "sources.json"));

        var (exitCode, output, error) = await CliProcess.RunAsync(_temp.Path,
            ["index", "--sources", sources, "--data-dir", _temp.Combine("data")], timeout: TimeSpan.FromMinutes(5));

        Assert.True(exitCode is 0 or 1, $"exit {exitCode}: {error}");
        AssertNoUnhandledException(output + error);
        Assert.Equal(0, exitCode);
        foreach (var title in titles)
            Assert.Contains(title, output);
        var (askExit, answer, _) = await CliProcess.RunAsync(_temp.Path,
            ["ask", "When did the USSR ask to join NATO?", "--sources", sources, "--data-dir", _temp.Combine("data")]);
        Assert.Equal(0, askExit);
        Assert.Contains("1954", answer);
    }

    private static List<string> TitlesOf(string sourcesJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(sourcesJson), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var list = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement : document.RootElement.GetProperty("sources");
        return list.EnumerateArray().Select(source => source.GetProperty("title").GetString()!).ToList();
    }

    private static void AssertNoUnhandledException(string text)
    {
        Assert.DoesNotContain("Unhandled exception", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(?m)^\s+at [\w.<>`]+\(", text);
    }
}
