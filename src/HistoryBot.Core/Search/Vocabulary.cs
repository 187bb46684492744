using System.Collections.Frozen;

namespace HistoryBot.Core.Search;

/// <summary>The terms of one posting table with their document frequencies, held in memory.</summary>
internal sealed class Vocabulary
{
    private readonly FrozenDictionary<string, int> _documentFrequency;
    private readonly Dictionary<int, string[]> _byLength;

    public Vocabulary(IEnumerable<KeyValuePair<string, int>> terms)
    {
        _documentFrequency = terms.ToFrozenDictionary(StringComparer.Ordinal);
        _byLength = _documentFrequency.Keys.GroupBy(term => term.Length).ToDictionary(group => group.Key, group => group.ToArray());
    }

    public int Count => _documentFrequency.Count;

    public int DocumentFrequency(string term) => _documentFrequency.GetValueOrDefault(term);

    /// <summary>Known terms within the typo allowance of <paramref name="word"/>, closest first.</summary>
    public List<(string Term, int Distance)> Similar(string word, int maxResults)
    {
        var limit = EditDistance.AllowedTypos(word.Length);
        var found = new List<(string Term, int Distance)>();
        if (limit == 0)
            return found;
        for (var length = word.Length - limit; length <= word.Length + limit; length++)
        {
            if (!_byLength.TryGetValue(length, out var terms))
                continue;
            foreach (var term in terms)
            {
                // Typos rarely hit the first letter; requiring it keeps noise and time down.
                if (term[0] != word[0])
                    continue;
                var distance = EditDistance.Bounded(word, term, limit);
                if (distance <= limit && distance > 0)
                    found.Add((term, distance));
            }
        }
        return found
            .OrderBy(match => match.Distance)
            .ThenByDescending(match => DocumentFrequency(match.Term))
            .Take(maxResults)
            .ToList();
    }
}
