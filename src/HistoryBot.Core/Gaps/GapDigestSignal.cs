using HistoryBot.Core.State;

namespace HistoryBot.Core.Gaps;

/// <summary>Wakes the <see cref="GapDigestScheduler"/> when a chat turns its weekly digest on here.</summary>
public sealed class GapDigestSignal : ChangeSignal;
