using System.Text;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Search;

/// <summary>
/// Turns analyzed words into index terms that are safe for FTS5: only letters and digits,
/// so that no user text can ever become query syntax.
/// </summary>
public static class IndexTerms
{
    public static string? Clean(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(c);
        }
        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>A term as an FTS5 string literal: it can only ever match itself.</summary>
    public static string Quote(string term) => "\"" + term.Replace("\"", "\"\"") + "\"";

    public static string? PrefixOf(string folded) => Clean(TextAnalyzer.Prefix(folded));
}
