namespace HistoryBot.Core.Text.Questions;

/// <summary>What kind of answer a question asks for, from its question words in any of the four languages.</summary>
public enum QuestionIntent
{
    /// <summary>No telling question word ("what", "kas", "ano"…): any passage may answer.</summary>
    None,

    /// <summary>A date or a year: "when", "kada", "când", "kailan", "what year".</summary>
    When,

    /// <summary>A person or a body: "who", "cine", "sino".</summary>
    Who,

    /// <summary>A reason: "why", "kodėl", "de ce", "bakit".</summary>
    Why,

    /// <summary>A place: "where", "kur", "unde", "saan".</summary>
    Where,

    /// <summary>A number or amount: "how many", "kiek", "câte", "ilan".</summary>
    HowMany,
}
