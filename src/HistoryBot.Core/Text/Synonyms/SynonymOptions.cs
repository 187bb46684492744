using System.ComponentModel.DataAnnotations;

namespace HistoryBot.Core.Text.Synonyms;

/// <summary>The admins' synonyms (section "Synonyms").</summary>
public sealed class SynonymOptions
{
    public const string Section = "Synonyms";

    /// <summary>
    /// How often a process checks whether another process sharing the state store changed the
    /// admins' synonyms (one small query; the pairs are read again only when they changed).
    /// Changes made in this process apply to the next question at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Synonyms:RefreshInterval must be between 00:00:01 and 01:00:00.")]
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(5);
}
