namespace HistoryBot.Core.State;

/// <summary>
/// A process refuses to start something that only one process may run (the Telegram poller of a
/// token) because another one holds its lease. The message says who and what to do; the
/// executable prints it without a stack trace and exits with the configuration error's code.
/// </summary>
public sealed class LeaseHeldException(string message) : Exception(message);
