using System.ComponentModel.DataAnnotations;

namespace HistoryBot.Core.Administration;

/// <summary>How replicas follow the shared library (section "Library").</summary>
public sealed class LibraryOptions
{
    public const string Section = "Library";

    /// <summary>
    /// With PostgreSQL: how often a replica compares the library generation in the database with
    /// the one its own index was built from, and rebuilds when it is behind.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Library:FollowInterval must be between 00:00:01 and 00:10:00.")]
    public TimeSpan FollowInterval { get; init; } = TimeSpan.FromSeconds(5);
}
