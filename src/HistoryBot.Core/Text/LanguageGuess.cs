namespace HistoryBot.Core.Text;

/// <summary>The detected language of a text, or <see cref="Language.Unknown"/> when unsure.</summary>
public readonly record struct LanguageGuess(string Language, double Score)
{
    public bool IsKnown => Language != Text.Language.Unknown;
}
