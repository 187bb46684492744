using System.Security.Cryptography;
using System.Text;

namespace HistoryBot.Core.Facts;

/// <summary>
/// Picks facts: the day's event for "on this day", the next one of a chat's rotation, or one at
/// random. A rotation goes through every fact once per cycle, the chat's language first, then
/// the others, in an order that is fixed for a cycle and new for the next.
/// </summary>
public static class FactChooser
{
    /// <summary>Every fact in the order a chat's cycle posts them.</summary>
    public static IReadOnlyList<Fact> RotationOrder(FactSet facts, string language, ChannelKey channel, int cycle) =>
        facts.All
            .OrderBy(fact => fact.Language == language ? 0 : 1)
            .ThenBy(fact => OrderKey(channel, cycle, fact.Id))
            .ThenBy(fact => fact.Id.Value, StringComparer.Ordinal)
            .ToList();

    /// <summary>The next fact of the cycle not posted yet, or null when the cycle is complete.</summary>
    public static Fact? NextInRotation(FactSet facts, string language, IReadOnlySet<FactId> posted, ChannelKey channel, int cycle) =>
        RotationOrder(facts, language, channel, cycle).FirstOrDefault(fact => !posted.Contains(fact.Id));

    /// <summary>How many facts of the current set a cycle has still to post.</summary>
    public static int LeftInCycle(FactSet facts, IReadOnlySet<FactId> posted) => facts.All.Count(fact => !posted.Contains(fact.Id));

    /// <summary>
    /// The event of a day of the year for a chat: in its language when one exists, one not yet
    /// posted this cycle before one that was; null when no source has an event that day.
    /// </summary>
    public static Fact? OnThisDay(FactSet facts, int month, int day, string language, IReadOnlySet<FactId> posted, ChannelKey channel, int cycle) =>
        facts.OnThisDay(month, day)
            .OrderBy(fact => fact.Language == language ? 0 : 1)
            .ThenBy(fact => posted.Contains(fact.Id) ? 1 : 0)
            .ThenBy(fact => OrderKey(channel, cycle, fact.Id))
            .FirstOrDefault();

    /// <summary>One of the day's events at random, in the language when one exists.</summary>
    public static Fact? OnThisDay(FactSet facts, int month, int day, string? language, Random random) =>
        Pick(Prefer(facts.OnThisDay(month, day), language), random);

    /// <summary>A fact at random, in the language when one exists.</summary>
    public static Fact? Random(FactSet facts, string? language, Random random) => Pick(Prefer(facts.All, language), random);

    /// <summary>The first day after the given one (wrapping into next year) that has an event, in the language when one does.</summary>
    public static (int Month, int Day)? NextEventDay(FactSet facts, int month, int day, string? language)
    {
        var days = facts.EventDays();
        var inLanguage = days.Where(d => facts.OnThisDay(d.Month, d.Day).Any(fact => fact.Language == language)).ToList();
        var candidates = inLanguage.Count > 0 ? inLanguage : days;
        if (candidates.Count == 0)
            return null;
        return candidates.FirstOrDefault(d => (d.Month, d.Day).CompareTo((month, day)) > 0) is var next && next != default
            ? next
            : candidates[0];
    }

    private static List<Fact> Prefer(IReadOnlyList<Fact> facts, string? language)
    {
        var preferred = facts.Where(fact => fact.Language == language).ToList();
        return preferred.Count > 0 ? preferred : facts.ToList();
    }

    private static Fact? Pick(List<Fact> facts, Random random) => facts.Count == 0 ? null : facts[random.Next(facts.Count)];

    private static ulong OrderKey(ChannelKey channel, int cycle, FactId id) =>
        BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"{channel}\n{cycle}\n{id.Value}")));
}
