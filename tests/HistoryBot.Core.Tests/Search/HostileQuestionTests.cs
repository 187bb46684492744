using HistoryBot.Core.Search;

namespace HistoryBot.Core.Tests.Search;

/// <summary>User text only ever becomes terms of the engine's query: no syntax, no error, whatever it holds.</summary>
public sealed class HostileQuestionTests : IDisposable
{
    private readonly Library _library = new();

    public void Dispose() => _library.Dispose();

    public static TheoryData<string> Hostile => new()
    {
        "\"Warsaw Pact\"~3 signed*",
        "Warsaw~ Pact~0.5 sig?ed",
        "Warsaw AND Pact OR signed NOT who",
        "text_en:warsaw folded:pact body:* source:x",
        "Warsaw\\ Pact \\\\ \\\"",
        "+Warsaw -Pact (signed) [1954 TO 1955] {a TO b} ^2 /regex/ && || !",
        "Warsaw\ud800 Pact\udc00 signed",
        "W\u0301arsaw P\u0308act si\u0301gned",
        "Warsaw Pact " + new string('a', 65_536),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Query_syntax_and_broken_text_in_a_question_are_plain_words(string question)
    {
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        var query = _library.Searcher.Parse(question, null, lease.Generation);
        var hits = _library.Searcher.Search(lease.Generation, query, 5);

        Assert.All(query.Terms.SelectMany(term => term.Forms), form => Assert.True(form.Text.All(char.IsLetterOrDigit), form.Text));
        Assert.Contains(hits, hit => hit.Paragraph.Paragraph.Text.Contains("Warsaw Pact", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_question_word_says_how_it_matched_the_hit()
    {
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        var query = _library.Searcher.Parse("Who signd the Warsaw Pact zzqqxy?", "en", lease.Generation);
        var best = _library.Searcher.Search(lease.Generation, query, 1)[0];

        var how = query.Terms.Select(term => term.Folded).Zip(best.Signals!.TermMatches).ToDictionary(pair => pair.First, pair => pair.Second);
        Assert.Equal(MatchKind.Stem, how["warsaw"]);
        Assert.Equal(MatchKind.Typo, how["signd"]);
        Assert.Equal(MatchKind.None, how["zzqqxy"]);
        Assert.True(best.Signals.EngineScore > 0);
    }
}
