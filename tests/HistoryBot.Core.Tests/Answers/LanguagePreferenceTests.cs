using HistoryBot.Core.Answers;
using HistoryBot.Core.Answers.Judging;
using HistoryBot.Core.Corpus;

namespace HistoryBot.Core.Tests.Answers;

/// <summary>
/// The same paragraph in several languages answers equally: the asker's language goes first,
/// and when the asker's language has none, the original goes before a translation.
/// </summary>
public sealed class LanguagePreferenceTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private const string Original = "why-ussr-not-accepted-into-nato.en";
    private const string Lithuanian = "why-ussr-not-accepted-into-nato.lt";
    private const string Tagalog = "why-ussr-not-accepted-into-nato.tl";

    private QueryService Queries => fixture.Library.Queries;

    private static int PositionOf(Answer answer, string source, int paragraph) =>
        answer.Results.ToList().FindIndex(passage => passage.Citation.SourceId.Value == source && passage.Citation.ParagraphNumber == paragraph);

    [Theory]
    [InlineData("When did the USSR ask to join NATO?", Original)]
    [InlineData("Kada SSRS paprašė įstoti į NATO?", Lithuanian)]
    [InlineData("Kailan humiling ang USSR na sumali sa NATO?", Tagalog)]
    public async Task A_question_gets_the_paragraph_in_its_own_language_above_the_same_paragraph_in_the_others(string question, string own)
    {
        // Act
        var answer = await Queries.AskAsync(question);

        // Assert
        Assert.True(answer.IsFound);
        Assert.Equal(own, answer.Best!.Citation.SourceId.Value);
        Assert.Equal(1, answer.Best.Citation.ParagraphNumber);
        foreach (var other in new[] { Original, Lithuanian, Tagalog }.Where(source => source != own))
        {
            var position = PositionOf(answer, other, 1);
            Assert.True(position is -1 or > 0, $"{other} #1 ranked at {position}, above {own}");
        }
    }

    [Fact]
    public async Task A_question_in_a_language_without_the_paragraph_gets_the_original_before_its_translations()
    {
        // Act
        var answer = await Queries.AskAsync("Când a cerut URSS să intre în NATO?");

        // Assert
        Assert.True(answer.IsFound);
        Assert.Equal("ro", answer.QuestionLanguage);
        Assert.Equal("en", answer.Best!.Citation.Language);
        var original = PositionOf(answer, Original, 1);
        Assert.True(original >= 0, "the original paragraph is among the results");
        foreach (var translation in new[] { Lithuanian, Tagalog })
        {
            var position = PositionOf(answer, translation, 1);
            Assert.True(position == -1 || position > original, $"{translation} #1 at {position}, original at {original}");
        }
    }

    [Fact]
    public void Versions_of_one_paragraph_are_reordered_by_language_whatever_their_scores_and_others_keep_their_places()
    {
        // Arrange: a Tagalog translation ranked first, an unrelated paragraph second, the English original third.
        var candidates = new[]
        {
            Candidate(Tagalog, 6, "tl", "Noong Mayo 7, 1954, tumanggi ang Estados Unidos.", translationOf: Original),
            Candidate("ussr-left-without-nato.en", 3, "en", "In early May 1954 they rejected it."),
            Candidate(Original, 6, "en", "On May 7, 1954, the United States refused."),
            Candidate(Lithuanian, 6, "lt", "1954 m. Gegužės 7 d. JAV atsisakė.", translationOf: Original),
        };
        int[] byScore = [0, 1, 2, 3];

        // Act
        var english = AnswerJudge.PreferLanguage(byScore, candidates, "en");
        var tagalog = AnswerJudge.PreferLanguage(byScore, candidates, "tl");
        var romanian = AnswerJudge.PreferLanguage(byScore, candidates, "ro");

        // Assert
        Assert.Equal([2, 1, 0, 3], english);
        Assert.Equal([0, 1, 2, 3], tagalog);
        Assert.Equal([2, 1, 0, 3], romanian);
    }

    [Fact]
    public void Paragraphs_with_other_numbers_or_dates_are_not_taken_for_versions_of_each_other()
    {
        // Arrange
        var candidates = new[]
        {
            Candidate(Tagalog, 6, "tl", "Noong Mayo 7, 1954, tumanggi ang Estados Unidos.", translationOf: Original),
            Candidate(Original, 7, "en", "On May 14, 1955, the Warsaw Pact."),
            Candidate(Original, 6, "en", "In 1960 something else."),
        };

        // Act
        var order = AnswerJudge.PreferLanguage([0, 1, 2], candidates, "en");

        // Assert
        Assert.Equal([0, 1, 2], order);
    }

    private static JudgeCandidate Candidate(string source, int number, string language, string text, string? translationOf = null) =>
        new(new Paragraph(new SourceId(source), source, null, number, language, text), 1.0, translationOf);
}
