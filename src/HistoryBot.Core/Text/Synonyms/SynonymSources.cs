using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HistoryBot.Core.Text.Synonyms;

/// <summary>
/// Every registered <see cref="ISynonymSource"/> as one, asked afresh for each question word: the
/// synonyms of a word from all of them, each text once (folded) with its highest weight, capped
/// at <see cref="MaxWeight"/>, the word itself left out, best first. A source that throws is
/// logged and skipped for that word; the question is still answered.
/// </summary>
public sealed class SynonymSources(IEnumerable<ISynonymSource> sources, ILogger<SynonymSources>? logger = null)
{
    /// <summary>A synonym never counts as much as the word itself.</summary>
    public const double MaxWeight = 0.95;

    private readonly ISynonymSource[] _sources = sources.ToArray();
    private readonly ILogger _logger = logger ?? NullLogger<SynonymSources>.Instance;

    /// <summary>No sources: questions match by their own words, translations and typos only.</summary>
    public static SynonymSources None { get; } = new([]);

    /// <summary>The sources' names, in the order they are asked.</summary>
    public IReadOnlyList<string> Names => _sources.Select(source => source.Name).ToList();

    /// <summary>Reads the entries of sources kept in a store (<see cref="IStoredSynonymSource"/>) before their first use; cheap after that.</summary>
    public async Task EnsureLoadedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var source in _sources.OfType<IStoredSynonymSource>())
            await source.EnsureLoadedAsync(cancellationToken);
    }

    /// <summary>Whether some source knows <paramref name="phrase"/> (two words) as one expression (<see cref="ISynonymSource.KnowsPhrase"/>).</summary>
    public bool KnowsPhrase(string phrase, string language)
    {
        var key = TextFolding.Fold(phrase).Trim();
        if (!key.Contains(' '))
            return false;
        foreach (var source in _sources)
        {
            try
            {
                if (source.KnowsPhrase(key, language))
                    return true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogWarning(ex, "Synonym source {Source} failed for a {Language} phrase; it is skipped for this phrase", source.Name, language);
            }
        }
        return false;
    }

    /// <summary>Synonyms of <paramref name="phrase"/> (a word or two) in a question in <paramref name="language"/>.</summary>
    public IReadOnlyList<Synonym> For(string phrase, string language)
    {
        var key = TextFolding.Fold(phrase).Trim();
        if (key.Length == 0 || _sources.Length == 0)
            return [];
        // Most words have no synonyms in most languages: no table until a source finds one.
        Dictionary<string, Synonym>? best = null;
        foreach (var source in _sources)
        {
            IReadOnlyList<Synonym> found;
            try
            {
                found = source.For(key, language);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogWarning(ex, "Synonym source {Source} failed for a {Language} word; it is skipped for this word", source.Name, language);
                continue;
            }
            foreach (var synonym in found)
            {
                var text = TextFolding.Fold(synonym.Text ?? "").Trim();
                if (text.Length == 0 || text == key || !(synonym.Weight > 0))
                    continue;
                var weight = Math.Min(MaxWeight, synonym.Weight);
                best ??= new Dictionary<string, Synonym>(StringComparer.Ordinal);
                var known = best.TryGetValue(text, out var existing);
                if (!known || existing.Weight < weight)
                {
                    best[text] = new Synonym(text, weight, source.Name)
                    {
                        CommonWord = synonym.CommonWord,
                        Pertains = synonym.Pertains,
                        IsWrittenForm = known ? Synonym.EitherForm(existing.IsWrittenForm, synonym.IsWrittenForm) : synonym.IsWrittenForm,
                    };
                }
                else
                {
                    best[text] = existing with { IsWrittenForm = Synonym.EitherForm(existing.IsWrittenForm, synonym.IsWrittenForm) };
                }
            }
        }
        if (best is null)
            return [];
        return best.Values
            .OrderByDescending(synonym => synonym.Weight)
            .ThenBy(synonym => synonym.Text, StringComparer.Ordinal)
            .ToList();
    }
}
