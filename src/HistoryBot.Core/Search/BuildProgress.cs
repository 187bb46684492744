namespace HistoryBot.Core.Search;

/// <summary>How far a build has come: a stage and, within it, done of total.</summary>
public readonly record struct BuildProgress(string Stage, int Done, int Total);
