using HistoryBot.Core.Chat.Commands;

namespace HistoryBot.Core.Tests.Chat;

/// <summary>What counts as worded as a question when nobody addressed the message to the bot.</summary>
public sealed class SmallTalkTests
{
    [Theory]
    [InlineData("When did the USSR apply to join NATO")]
    [InlineData("wen did the soviets aply to jion nato")]
    [InlineData("Kada SSRS paprašė priimti į NATO")]
    [InlineData("Bakit tinanggihan ang USSR")]
    [InlineData("De ce a fost respinsă URSS")]
    [InlineData("NATO 1954?")]
    [InlineData("what did Khrushchev do in Hungary")]
    [InlineData("did the USSR really want to join NATO")]
    [InlineData("Ar SSRS norėjo įstoti į NATO")]
    [InlineData("Cum a răspuns NATO")]
    [InlineData("Ano ang sagot ng NATO")]
    public void A_question_word_or_a_question_mark_makes_a_question(string text) =>
        Assert.True(AskCommand.IsWordedAsQuestion(text));

    [Theory]
    [InlineData("ok thanks")]
    [InlineData("see you tomorrow")]
    [InlineData("lol")]
    [InlineData("ačiū, iki rytojaus")]
    [InlineData("thanks, what a day")]
    [InlineData("good point about Khrushchev")]
    public void Small_talk_is_not_a_question(string text) =>
        Assert.False(AskCommand.IsWordedAsQuestion(text));
}
