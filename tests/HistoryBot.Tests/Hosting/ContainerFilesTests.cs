using HistoryBot.Testing;

namespace HistoryBot.Tests.Hosting;

public sealed class ContainerFilesTests
{
    [Theory]
    [InlineData("**/bin/")]
    [InlineData("**/obj/")]
    [InlineData("data/")]
    [InlineData(".env")]
    [InlineData(".git/")]
    public void The_docker_build_context_leaves_out_build_output_data_and_secrets(string pattern)
    {
        var path = Path.Combine(RepoPaths.Root, ".dockerignore");
        Assert.True(File.Exists(path), ".dockerignore is missing");

        var patterns = File.ReadAllLines(path).Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#'));

        Assert.Contains(pattern, patterns);
    }

    [Fact]
    public void What_the_Dockerfile_copies_is_not_ignored()
    {
        var ignored = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".dockerignore")).Select(line => line.Trim()).ToHashSet();
        var copied = File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", "HistoryBot", "Dockerfile"))
            .Where(line => line.StartsWith("COPY ", StringComparison.Ordinal) && !line.Contains("--from", StringComparison.Ordinal))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1]);

        Assert.All(copied, source => Assert.DoesNotContain(source, ignored));
    }

    [Fact]
    public void The_README_gives_the_container_users_uid_and_the_chown_command()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

        Assert.Contains("uid 1654", readme);
        Assert.Contains("chown -R 1654:1654 index/sources", readme);
    }
}
