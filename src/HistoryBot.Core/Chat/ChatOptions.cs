using System.ComponentModel.DataAnnotations;

namespace HistoryBot.Core.Chat;

/// <summary>Limits of the chat core (section "Chat").</summary>
public sealed class ChatOptions
{
    public const string Section = "Chat";

    /// <summary>Questions one user may ask per minute; the excess gets a short notice.</summary>
    [Range(1, 1000, ErrorMessage = "Chat:QuestionsPerMinute must be between 1 and 1000.")]
    public int QuestionsPerMinute { get; init; } = 6;

    /// <summary>Longer questions get a clear message instead of a search.</summary>
    [Range(20, 4000, ErrorMessage = "Chat:MaxQuestionLength must be between 20 and 4000.")]
    public int MaxQuestionLength { get; init; } = 500;
}
