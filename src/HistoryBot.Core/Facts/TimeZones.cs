using System.Diagnostics.CodeAnalysis;

namespace HistoryBot.Core.Facts;

/// <summary>Finds IANA time zones by name as moderators type them ("Europe/Vilnius", "europe/vilnius", "UTC").</summary>
public static class TimeZones
{
    /// <summary>Shown when a zone is unknown: a few real ones, so the format is clear.</summary>
    public const string Examples = "Europe/Vilnius, Europe/Bucharest, Asia/Manila, Europe/London, America/New_York or UTC";

    private static readonly Lazy<Dictionary<string, string>> IdsIgnoringCase = new(() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Select(zone => zone.Id)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(id => id, StringComparer.OrdinalIgnoreCase));

    public static bool TryFind(string? name, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        var text = name?.Trim() ?? "";
        // Zone ids are file names under the system's zoneinfo folder: accept nothing that could walk out of it.
        if (text.Length is 0 or > 64 || text.Contains("..", StringComparison.Ordinal) || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+'))
            return false;
        if (text.Equals("UTC", StringComparison.OrdinalIgnoreCase) || text.Equals("GMT", StringComparison.OrdinalIgnoreCase) || text.Equals("Etc/UTC", StringComparison.OrdinalIgnoreCase))
        {
            zone = TimeZoneInfo.Utc;
            return true;
        }
        if (!IdsIgnoringCase.Value.TryGetValue(text, out var id))
            return false;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return zone.HasIanaId;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>The zone of a stored id; a zone that vanished from the system (tzdata changed) reads as null.</summary>
    public static TimeZoneInfo? Find(string id) => TryFind(id, out var zone) ? zone : null;
}
