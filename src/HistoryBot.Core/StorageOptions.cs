using System.ComponentModel.DataAnnotations;

namespace HistoryBot.Core;

/// <summary>Where the bot keeps its sources, index generations and state (section "Storage").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Generated files: index generations, state database, trash. Git-ignored.</summary>
    [Required(ErrorMessage = "Storage:DataDirectory is required (a folder for the index and state, e.g. 'data').")]
    public string DataDirectory { get; init; } = "data";

    /// <summary>The library: one file per document plus sources.json.</summary>
    [Required(ErrorMessage = "Storage:SourcesDirectory is required (the folder with the documents, e.g. 'index/sources').")]
    public string SourcesDirectory { get; init; } = "index/sources";

    /// <summary>
    /// When set, all state (questions behind buttons, handled ids, subscriptions, posts, audit,
    /// Telegram and Discord state) lives in this PostgreSQL database, shared by every replica,
    /// and no state.db is created. A secret: read from the environment, never logged.
    /// </summary>
    public string? PostgresConnectionString { get; init; }

    public string IndexDirectory => Path.Combine(DataDirectory, "index");
}
