namespace HistoryBot.Discord.Gateway;

/// <summary>How one gateway connection ended, and whether it got as far as READY or RESUMED.</summary>
internal sealed record ConnectionOutcome(CloseAction Action, string Detail, bool Established, bool InvalidSession = false, bool Stopped = false);
