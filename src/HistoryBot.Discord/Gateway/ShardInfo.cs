namespace HistoryBot.Discord.Gateway;

/// <summary>Shard <see cref="Id"/> of <see cref="Count"/>; guild events go to shard (guild_id &gt;&gt; 22) % count, DMs to shard 0.</summary>
internal readonly record struct ShardInfo(int Id, int Count)
{
    public override string ToString() => $"{Id}/{Count}";
}
