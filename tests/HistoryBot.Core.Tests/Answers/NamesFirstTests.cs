namespace HistoryBot.Core.Tests.Answers;

/// <summary>A question that names someone or something is answered first by a passage that holds its names, when one does.</summary>
public sealed class NamesFirstTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private Library Library => fixture.Library;

    [Theory]
    [InlineData("Why did Khrushchev want the USSR in NATO?")]
    [InlineData("why did khrushchev want the ussr in nato")]
    public async Task A_passage_that_misses_a_name_of_the_question_comes_after_one_that_holds_it(string question)
    {
        // Act: "want" meets "desire" in the paragraph on Stalin's post-war course, which never names
        // Khrushchev; typed in lower case, WordNet still knows "khrushchev" only as a name.
        var answer = await Library.Queries.AskAsync(question);

        // Assert
        Assert.Contains("Khrushchev", answer.Best!.Paragraph.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("did the soviets ever make peace with japan?")]
    [InlineData("what did the ussr end with japan in 1956")]
    public async Task A_country_typed_in_lower_case_is_a_name_though_wordnet_knows_it_as_a_common_word(string question)
    {
        // Act: WordNet's "japan" is also lacquer; the lexicon writes it among the countries. Only the Romanian
        // paragraph on the restored relations names Japan ("Japonia"); English ones hold "Soviet" and "peaceful".
        var answer = await Library.Queries.AskAsync(question);

        // Assert: ranked first, whether or not it is sure enough to answer.
        Assert.Contains("Japonia", answer.Results[0].Paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_of_several_words_is_held_when_one_of_its_words_is()
    {
        // Act: the Romanian answer writes "Germania" for "West Germany" and holds no "West".
        var answer = await Library.Queries.AskAsync("When were diplomatic relations with Austria and West Germany restored?");

        // Assert
        Assert.True(answer.IsFound);
        Assert.Contains("Austria", answer.Best!.Paragraph.Text, StringComparison.Ordinal);
        Assert.Contains("Germania", answer.Best.Paragraph.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de ce au respins occidentalii cererea sovietică?")]
    [InlineData("ce motiv au dat occidentalii cand au respins cererea sovieticilor de intrare in NATO")]
    public async Task The_west_is_held_by_a_passage_that_names_the_western_powers_not_by_one_on_china(string question)
    {
        // Act: the Romanian paragraph on China says "a respins cererea URSS" (rejected the USSR's request) and names no
        // Western power; the refusal of 7 May 1954 names "the United States, France and England".
        var answer = await Library.Queries.AskAsync(question);

        // Assert
        Assert.True(answer.IsFound);
        Assert.DoesNotContain("Chineze", answer.Best!.Paragraph.Text, StringComparison.Ordinal);
        Assert.Contains("1954", answer.Best.Paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_west_as_a_group_weighs_less_than_a_proper_name()
    {
        // Act: the Andropov paragraph names no Western power; the paragraph on Stalin's post-war course says "the West" but
        // never names Andropov.
        var answer = await Library.Queries.AskAsync("why did andropov want closer ties with the west");

        // Assert: ranked first, whether or not it is sure enough to answer.
        Assert.Contains("Andropov", answer.Results[0].Paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_of_several_words_is_not_held_by_its_common_word_alone()
    {
        // Act: ¶2 of the second article says "the West" (a common word: a direction), "join" and "NATO", but no Germany; ¶7 says
        // "the West" and "the demilitarization of Germany". (The first article's ¶7 names East Germany, which since session
        // 18 holds no West Germany: see CompassTests.)
        var judgement = Library.JudgeParagraphs("When did West Germany join NATO?", "ussr-left-without-nato.en", 2, 7);

        // Assert: the passage holding the name's proper word comes first, though the other scores higher.
        Assert.True(judgement.Signals[0].RankScore > judgement.Signals[1].RankScore, $"{judgement.Signals[0].RankScore} {judgement.Signals[1].RankScore}");
        Assert.Equal(1, judgement.Order[0]);
    }

    [Fact]
    public async Task A_name_alone_does_not_lift_a_passage_that_holds_nothing_else_of_the_question()
    {
        // Act: only an English paragraph on the West's demands names Moscow; the Romanian one on the
        // restored relations holds the rest of the question but says "URSS".
        var answer = await Library.Queries.AskAsync("Cu ce țări și-a refăcut Moscova relațiile diplomatice în anii '50?");

        // Assert
        Assert.True(answer.IsFound);
        Assert.Equal("ro", answer.Best!.Citation.Language);
        Assert.Contains("relațiilor diplomatice", answer.Best.Paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_name_the_library_is_about_is_not_asked_of_every_passage()
    {
        // Act: the one paragraph on Louis Jocks and Stalin does not repeat "NATO", which a third of the
        // paragraphs name; it must not go after the paragraphs that name NATO and Stalin but not Jocks.
        var answer = await Library.Queries.AskAsync("ano ang sabi ni louis jocks kay stalin tungkol sa nato?");

        // Assert
        Assert.True(answer.IsFound);
        Assert.Contains("Jocks", answer.Best!.Paragraph.Text, StringComparison.Ordinal);
    }
}
