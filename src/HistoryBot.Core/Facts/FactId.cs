using HistoryBot.Core.Text;

namespace HistoryBot.Core.Facts;

/// <summary>
/// A fact's stable id: ten base-32 characters derived from where the sentence is and what it
/// says, so it survives a reindex of unchanged sources and fits in button data.
/// </summary>
public readonly record struct FactId(string Value)
{
    public static FactId For(string sourceId, int paragraphNumber, string sentence) =>
        new(ShortKey.Of($"{sourceId}\n{paragraphNumber}\n{sentence}"));

    /// <summary>True for text that could be an id (a button's payload is user input).</summary>
    public static bool IsWellFormed(string text) => ShortKey.IsWellFormed(text);

    public override string ToString() => Value;
}
