namespace HistoryBot.Core.Facts;

/// <summary>The facts of one index generation, immutable, with the look-ups the choosers need.</summary>
public sealed class FactSet
{
    private readonly Dictionary<FactId, Fact> _byId;
    private readonly ILookup<(int Month, int Day), Fact> _byDay;

    public FactSet(IReadOnlyList<Fact> facts, long generation = 0)
    {
        All = facts;
        Generation = generation;
        _byId = facts.ToDictionary(fact => fact.Id);
        _byDay = facts.Where(fact => fact.Date?.Precision == DatePrecision.Day)
            .ToLookup(fact => (fact.Date!.Month!.Value, fact.Date.Day!.Value));
        CountByLanguage = facts.GroupBy(fact => fact.Language).ToDictionary(group => group.Key, group => group.Count());
    }

    /// <summary>The index generation the facts were read from (0 when built in memory).</summary>
    public long Generation { get; }

    public IReadOnlyList<Fact> All { get; }

    public int Count => All.Count;

    public IReadOnlyDictionary<string, int> CountByLanguage { get; }

    public Fact? Find(FactId id) => _byId.GetValueOrDefault(id);

    /// <summary>Events that happened on this day of the year, in any year and language.</summary>
    public IReadOnlyList<Fact> OnThisDay(int month, int day) => _byDay[(month, day)].ToList();

    /// <summary>The days of the year that have an event, in calendar order.</summary>
    public IReadOnlyList<(int Month, int Day)> EventDays() => _byDay.Select(group => group.Key).Order().ToList();
}
