using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Synonyms;

namespace HistoryBot.Core.Tests.Search;

/// <summary>A word that makes a known phrase with a neighbouring content word takes the phrase's synonyms, not its own.</summary>
public sealed class PhraseSenseTests : IDisposable
{
    private static readonly Dictionary<string, Synonym[]> Known = new(StringComparer.Ordinal)
    {
        ["soviet union"] = [new Synonym("ussr", 0.8)],
        ["union"] = [new Synonym("organization", 0.6)],
        ["kind of"] = [new Synonym("rather", 0.8)],
        ["kind"] = [new Synonym("type", 0.8)],
        ["back out"] = [new Synonym("withdraw", 0.8)],
        ["back"] = [new Synonym("support", 0.8)],
        ["come"] = [new Synonym("arrive", 0.8)],
        ["come in"] = [new Synonym("enter", 0.8)],
        ["turn down"] = [new Synonym("reject", 0.8)],
        ["turn"] = [new Synonym("rotate", 0.8)],
    };

    private readonly Library _library = new(synonymSources: [new FixedEnglishSynonyms(Known)]);

    public void Dispose() => _library.Dispose();

    [Fact]
    public async Task A_word_inside_a_known_phrase_gets_no_synonyms_of_its_own_sense()
    {
        // Arrange
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        // Act
        var query = _library.Searcher.Parse("Why did the Soviet Union want to join?", "en", lease.Generation);

        // Assert: "union" alone would be a labour union ("organization"); "soviet" carries the phrase's synonym.
        var union = query.Terms.Single(term => term.Folded == "union");
        Assert.DoesNotContain(union.Synonyms, synonym => synonym.Stems.Contains("organ"));
        var soviet = query.Terms.Single(term => term.Folded == "soviet");
        Assert.Contains(soviet.Synonyms, synonym => synonym.Language == Language.English && synonym.Stems.SequenceEqual(["ussr"]));
    }

    [Fact]
    public async Task A_word_alone_or_beside_a_function_word_keeps_its_own_synonyms()
    {
        // Arrange
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        // Act
        var alone = _library.Searcher.Parse("Which union did they want to join?", "en", lease.Generation);
        var kindOf = _library.Searcher.Parse("What kind of plane was shot down?", "en", lease.Generation);

        // Assert: "kind of" is a known phrase ("rather"), but "of" is a function word.
        Assert.Contains(alone.Terms.Single(term => term.Folded == "union").Synonyms, synonym => synonym.Stems.Contains("organ"));
        Assert.Contains(kindOf.Terms.Single(term => term.Folded == "kind").Synonyms, synonym => synonym.Stems.Contains("type"));
    }

    [Fact]
    public async Task A_verb_with_its_particle_is_one_verb()
    {
        // Arrange
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        // Act
        var query = _library.Searcher.Parse("Why did the Soviets back out of the deal?", "en", lease.Generation);
        var comeIn = _library.Searcher.Parse("Did the request come in 1954?", "en", lease.Generation);

        // Assert: "back out" is "withdraw"; "back" alone would be "support", the other sense.
        var back = query.Terms.Single(term => term.Folded == "back");
        Assert.DoesNotContain(back.Synonyms, synonym => synonym.Stems.Contains("support"));
        Assert.Contains(back.Synonyms, synonym => synonym.Stems.SequenceEqual(["withdraw"]));
        // "in" mostly begins a phrase of time or place: "come" keeps its own sense.
        Assert.Contains(comeIn.Terms.Single(term => term.Folded == "come").Synonyms, synonym => synonym.Stems.SequenceEqual(["arriv"]));
    }

    [Fact]
    public async Task A_verb_split_from_its_particle_at_the_end_of_the_question_is_one_verb()
    {
        // Arrange
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        // Act
        var split = _library.Searcher.Parse("Why did the West turn the Soviets down?", "en", lease.Generation);
        var inside = _library.Searcher.Parse("Did the Soviets back the plan out of fear?", "en", lease.Generation);

        // Assert: "turn … down" is "reject"; "out" inside the question begins a phrase ("out of fear"), so "back" is "support".
        Assert.Contains(split.Terms.Single(term => term.Folded == "turn").Synonyms, synonym => synonym.Stems.SequenceEqual(["reject"]));
        Assert.Contains(inside.Terms.Single(term => term.Folded == "back").Synonyms, synonym => synonym.Stems.Contains("support"));
    }
}
