using HistoryBot.Core.State;

namespace HistoryBot.Core.Facts;

/// <summary>Wakes the <see cref="DailyFactScheduler"/> when a subscription changes in this process, so a new time applies at once.</summary>
public sealed class FactScheduleSignal : ChangeSignal;
