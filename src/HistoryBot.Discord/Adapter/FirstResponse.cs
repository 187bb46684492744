namespace HistoryBot.Discord.Adapter;

/// <summary>
/// Where an interaction's first response stands: not yet sent, on its way (outcome unknown if
/// it fails now), or sent. Decides whether a failed interaction may be answered on a replay.
/// </summary>
internal sealed class FirstResponse
{
    public bool Sending { get; private set; }

    public bool Sent { get; private set; }

    public async Task SendAsync(Func<Task> respond)
    {
        Sending = true;
        await respond();
        Sent = true;
    }
}
