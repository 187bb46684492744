namespace HistoryBot.Discord.State;

/// <summary>
/// Ids of the interactions and messages already answered, so a replayed event (after a resume,
/// or a restart that resumed the session) is answered once. Shared by every replica.
/// </summary>
internal interface IHandledEventStore
{
    /// <summary>Claims <paramref name="id"/>; false when it was claimed before (answer nothing).</summary>
    Task<bool> TryClaimAsync(Snowflake id, CancellationToken cancellationToken = default);

    /// <summary>Gives a claim back when answering failed before anything was sent, so a replay may try again.</summary>
    Task ReleaseAsync(Snowflake id, CancellationToken cancellationToken = default);
}
