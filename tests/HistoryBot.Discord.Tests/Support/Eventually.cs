namespace HistoryBot.Discord.Tests.Support;

/// <summary>Waits for a condition another thread makes true (a timer registered, a request seen), polling briefly.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, CancellationToken cancellationToken, string? what = null)
    {
        while (!condition())
        {
            if (cancellationToken.IsCancellationRequested)
                throw new TimeoutException($"Timed out waiting for {what ?? "a condition"}.");
            await Task.Delay(5, CancellationToken.None);
        }
    }
}
