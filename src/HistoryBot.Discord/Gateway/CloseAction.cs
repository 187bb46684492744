namespace HistoryBot.Discord.Gateway;

/// <summary>What to do after the gateway closed the connection.</summary>
internal enum CloseAction
{
    /// <summary>Reconnect and resume the session.</summary>
    Resume,

    /// <summary>Reconnect with a new session (Identify).</summary>
    Reidentify,

    /// <summary>Do not reconnect: only a configuration change can help.</summary>
    Stop,
}
