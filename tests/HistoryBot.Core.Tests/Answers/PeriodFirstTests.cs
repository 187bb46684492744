namespace HistoryBot.Core.Tests.Answers;

/// <summary>A question that names its period is not answered first by a passage dated only outside it when another is dated inside.</summary>
public sealed class PeriodFirstTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private Library Library => fixture.Library;

    [Fact]
    public async Task A_passage_dated_only_outside_the_asked_period_comes_after_one_dated_inside()
    {
        // Act: the 1954 request holds "attempt", "USSR", "NATO" and more; the 1980s attempt holds the period.
        var answer = await Library.Queries.AskAsync("Who tried to get the USSR into NATO in the 1980s?");

        // Assert
        Assert.Contains("In the early 80s", answer.Best!.Paragraph.Text, StringComparison.Ordinal);
        var candidates = answer.Decision!.Candidates.ToList();
        Assert.Equal(1, candidates[0].Signals.PeriodFit);
        var firstOutside = candidates.FindIndex(candidate => candidate.Signals.PeriodFit < 0);
        Assert.True(firstOutside < 0 || candidates.Skip(firstOutside).All(candidate => candidate.Signals.PeriodFit < 0),
            "every passage dated only outside the period comes after the rest");
    }
}
